// What an island fetches before it starts (a quiz's questions or keys, a step's keys, the
// navigator's view): one JSON file, or undefined when it cannot be had (offline and not cached,
// not found, not JSON). The caller says so in the page's words and keeps what the learner saved;
// the console says why, for whoever looks.
export async function fetchJson<T>(url: string): Promise<T | undefined> {
	try {
		const response = await fetch(url);
		if (!response.ok) {
			console.error(`${url}: ${response.status} ${response.statusText}`);
			return undefined;
		}
		return (await response.json()) as T;
	} catch (error) {
		console.error(`${url} could not be loaded`, error);
		return undefined;
	}
}
