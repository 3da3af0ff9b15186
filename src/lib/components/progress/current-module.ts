// The module the learner was last working on: the latest of a finished quiz (modules[slug].lastAt),
// an answered question or check (items[id].lastAt, with its module) and a quiz left in progress
// (its updatedAt). The progress page leads with it; the others follow in their order.
import type { Progress } from '$lib/storage/progress-schema';

export function lastActivity(progress: Progress, attemptsUpdatedAt: Record<string, string | undefined>): Map<string, number> {
	const latest = new Map<string, number>();
	const note = (slug: string, iso: string | null | undefined) => {
		const t = iso ? Date.parse(iso) : NaN;
		if (Number.isFinite(t) && t > (latest.get(slug) ?? -Infinity)) latest.set(slug, t);
	};
	for (const [slug, entry] of Object.entries(progress.modules)) note(slug, entry.lastAt);
	for (const item of Object.values(progress.items)) note(item.module, item.lastAt);
	for (const [slug, at] of Object.entries(attemptsUpdatedAt)) note(slug, at);
	return latest;
}

/** The modules in their order, the one worked on last moved first (none worked on: unchanged). */
export function currentFirst<T extends { slug: string }>(modules: T[], latest: Map<string, number>): { ordered: T[]; current: string | null } {
	let current: string | null = null;
	let best = -Infinity;
	for (const mod of modules) {
		const t = latest.get(mod.slug);
		if (t !== undefined && t > best) {
			best = t;
			current = mod.slug;
		}
	}
	if (!current) return { ordered: modules, current };
	return { ordered: [...modules.filter((mod) => mod.slug === current), ...modules.filter((mod) => mod.slug !== current)], current };
}
