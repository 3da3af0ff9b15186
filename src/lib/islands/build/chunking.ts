// Chunking by island (docs/decisions/0009-fewer-larger-chunks.md): which chunk each module of the
// client build goes to, decided from the islands that load it, and from nothing else.
//
// Why not the bundler's own count (`minShareCount`): it counts every entry of the client build,
// and most of them are never loaded here: SvelteKit's pages (csr = false, see ../README.md) and each
// lesson step's compiled file count as "sharing" whatever they import, so that the lessons'
// diagrams and the quiz's grading code went into the one chunk every island loaded (66 KB before
// compression, most of it unused by the home page). Here a module is counted once per island whose
// first load needs it (its static imports; what an island imports later, `import()`, is not counted),
// and modules needed by the same islands share a chunk. A chunk so small that its request costs
// more than its bytes is merged into the chunk of the fewest islands that load it anyway (a set of
// islands that contains its own), so each island page still asks for a few files.
//
// Paraglide compiles one module per message, re-exported by one index module (`m.quiz_check()`
// imports the whole index): a module reached through such a re-export-only module counts for an
// importer only if the importer names one of its exports, so each island counts the messages it
// uses, not all of them.

/** What the bundler tells of a module (Rolldown's ModuleInfo, the fields read here). */
export interface ModuleFacts {
	code: string | null;
	importedIds: readonly string[];
	exports?: readonly string[];
}
export type GetModuleInfo = (id: string) => ModuleFacts | null;

export interface IslandChunkingOptions {
	/** the entry module of each island (its name as the key) */
	islands: Record<string, string>;
	/** a group of modules smaller than this (bytes of source) is merged into a larger one loaded by the same islands */
	minSize: number;
}

/** The chunk of every module the islands load first: its name, by module id (absent: left to the bundler). */
export function islandChunks(getModuleInfo: GetModuleInfo, { islands, minSize }: IslandChunkingOptions): Map<string, string> {
	const users = islandsByModule(getModuleInfo, islands);
	const all = Object.keys(islands).length;

	// Modules needed by the same islands (two or more: one island's own modules stay in its entry).
	const groups = new Map<string, { islands: Set<string>; size: number; modules: string[] }>();
	for (const [id, names] of users) {
		if (names.size < 2) continue;
		const key = [...names].sort().join('+');
		const group = groups.get(key) ?? { islands: names, size: 0, modules: [] };
		group.size += getModuleInfo(id)?.code?.length ?? 0;
		group.modules.push(id);
		groups.set(key, group);
	}

	// The smallest group first: into the group of the fewest islands that contains all of its own
	// (the pages of those extra islands pay for its bytes; its own pages save a request).
	for (;;) {
		const small = [...groups].filter(([, g]) => g.size < minSize).sort(([a, g], [b, h]) => g.size - h.size || a.localeCompare(b));
		let merged = false;
		for (const [key, group] of small) {
			const into = [...groups]
				.filter(([k, g]) => k !== key && [...group.islands].every((n) => g.islands.has(n)))
				.sort(([a, g], [b, h]) => g.islands.size - h.islands.size || h.size - g.size || a.localeCompare(b))[0];
			if (!into) continue;
			into[1].size += group.size;
			into[1].modules.push(...group.modules);
			groups.delete(key);
			merged = true;
			break;
		}
		if (!merged) break;
	}

	const chunks = new Map<string, string>();
	for (const [key, group] of groups) {
		const name = group.islands.size === all ? 'islands-common' : `islands-${key}`;
		for (const id of group.modules) chunks.set(id, name);
	}
	return chunks;
}

/** For each module an island loads first (static imports), the islands that load it. */
export function islandsByModule(getModuleInfo: GetModuleInfo, islands: Record<string, string>): Map<string, Set<string>> {
	const users = new Map<string, Set<string>>();
	const words = new Map<string, Set<string>>();
	const wordsOf = (id: string) => {
		let known = words.get(id);
		if (!known) words.set(id, (known = new Set(getModuleInfo(id)?.code?.match(/[A-Za-z_$][\w$]*/g) ?? [])));
		return known;
	};
	for (const [name, entry] of Object.entries(islands)) {
		const seen = new Set<string>();
		const visit = (id: string) => {
			if (seen.has(id)) return;
			seen.add(id);
			const set = users.get(id) ?? new Set();
			set.add(name);
			users.set(id, set);
			for (const imported of getModuleInfo(id)?.importedIds ?? []) {
				if (isReexportOnly(getModuleInfo(imported)?.code)) throughReexports(imported, wordsOf(id), new Set());
				else visit(imported);
			}
		};
		// Only the modules whose exports the importer names (`m.quiz_check` names quiz_check).
		const throughReexports = (id: string, named: Set<string>, passed: Set<string>) => {
			if (passed.has(id)) return;
			passed.add(id);
			for (const imported of getModuleInfo(id)?.importedIds ?? []) {
				const info = getModuleInfo(imported);
				if (isReexportOnly(info?.code)) throughReexports(imported, named, passed);
				else if ((info?.exports ?? []).some((e) => named.has(e))) visit(imported);
			}
		};
		visit(entry);
	}
	return users;
}

const REEXPORT = /^export\s+(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s+from\s+(['"])[^'"]+\1;?$/;

/** A module made of re-exports only (`export * from './a.js'`, `export { b } from './b.js'`). */
export function isReexportOnly(code: string | null | undefined): boolean {
	if (!code) return false;
	const statements = code
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/^\s*\/\/.*$/gm, '')
		.split(/[\n;]/)
		.map((line) => line.trim())
		.filter(Boolean);
	return statements.length > 0 && statements.every((line) => REEXPORT.test(line));
}
