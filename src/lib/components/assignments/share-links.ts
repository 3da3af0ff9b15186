// "Share to Google Classroom" and "Share to Microsoft Teams" as plain links: the services' own
// share pages, opened with the assignment's address (and its title) in the query. Nothing is loaded
// from Google or Microsoft until the teacher follows one (no platform.js, no launcher.js): only then
// does that service receive the link, which carries the assignment after its `#`.
//   Google Classroom: https://classroom.google.com/share?url=<link>&title=<title>
//   Microsoft Teams:  https://teams.microsoft.com/share?href=<link>&msgText=<text>

export function classroomShareUrl(link: string, title: string): string {
	const query = new URLSearchParams({ url: link, title });
	return `https://classroom.google.com/share?${query}`;
}

export function teamsShareUrl(link: string, text: string): string {
	const query = new URLSearchParams({ href: link, msgText: text });
	return `https://teams.microsoft.com/share?${query}`;
}
