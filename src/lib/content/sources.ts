import * as v from 'valibot';
import type { SourceIndex } from '$lib/export/sources';
import type { Locale } from '$lib/i18n';
import { contentFile } from './files';
import { foldSpace } from './text';
import { parseOrThrow, readYaml } from './validate';

// The catalog and the raw texts, byte-for-byte as received (files.ts; never shipped as JavaScript,
// since only server load functions, scripts and tests import this module).
const CATALOG = 'sources/catalog.yaml';

const furnitureKinds = [
	'contact',
	'comments',
	'teaser',
	'caption',
	'page',
	'pull-quote',
	'feed',
	'subscription',
	'compiler'
] as const;
export type FurnitureKind = (typeof furnitureKinds)[number];

const sourceSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by -')),
	/** The short attribution a citation marker shows ("Rome Statute", "TRT"), in each language. */
	short: v.strictObject({ fr: v.pipe(v.string(), v.nonEmpty()), en: v.pipe(v.string(), v.nonEmpty()) }),
	file: v.string(),
	kind: v.picklist(['press', 'ngo', 'official', 'primary', 'compilation']),
	title: v.string(),
	publisher: v.string(),
	date: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')),
	language: v.picklist(['fr', 'en']),
	url: v.nullable(v.pipe(v.string(), v.url())),
	split: v.picklist(['lines', 'blocks']),
	furniture: v.array(
		v.strictObject({
			lines: v.pipe(v.tuple([v.number(), v.number()]), v.check(([a, b]) => a <= b, 'range is reversed')),
			kind: v.picklist(furnitureKinds)
		})
	)
});
export type SourceMeta = v.InferOutput<typeof sourceSchema>;

export interface Paragraph {
	/** 1-based number, also the anchor: #p{n} */
	n: number;
	text: string;
}
export interface FurnitureBlock {
	/** anchor: #f{n} */
	n: number;
	kind: FurnitureKind;
	text: string;
}
export interface Source extends SourceMeta {
	kindGroup: 'document' | 'primary';
	paragraphs: Paragraph[];
	furnitureBlocks: FurnitureBlock[];
}

const separator = /^\s*(={5,}|-{5,})\s*$/;

/** Cuts article lines into paragraphs; `lines` keeps one paragraph a line, `blocks` joins wrapped lines. */
function splitParagraphs(lines: string[], mode: SourceMeta['split']): string[] {
	if (mode === 'lines') return lines.map((l) => l.trim()).filter(Boolean);
	const paragraphs: string[] = [];
	let current: string[] = [];
	const flush = () => {
		if (current.length) paragraphs.push(current.join('\n'));
		current = [];
	};
	for (const line of lines) {
		if (line.trim() === '' || separator.test(line)) {
			flush();
			continue;
		}
		// An indented line opens a paragraph; two trailing spaces (a Markdown hard break) close one.
		if (/^\s/.test(line)) flush();
		current.push(line.trim());
		if (/ {2,}$/.test(line)) flush();
	}
	flush();
	return paragraphs;
}

function buildSource(meta: SourceMeta): Source {
	const raw = contentFile(`sources/${meta.file}`);
	if (raw === undefined) throw new Error(`${CATALOG}: ${meta.id}: file "${meta.file}" not found in sources/`);
	const lines = raw.split(/\r?\n/);
	const furnitureOf = (lineNo: number) =>
		meta.furniture.find(({ lines: [a, b] }) => lineNo >= a && lineNo <= b);

	const paragraphs: string[] = [];
	const furnitureBlocks: FurnitureBlock[] = [];
	let run: string[] = [];
	const flushRun = () => {
		paragraphs.push(...splitParagraphs(run, meta.split));
		run = [];
	};
	let lastRange: SourceMeta['furniture'][number] | undefined;
	lines.forEach((line, i) => {
		const range = furnitureOf(i + 1);
		if (!range) {
			run.push(line);
			lastRange = undefined;
			return;
		}
		flushRun();
		if (range !== lastRange) {
			furnitureBlocks.push({ n: furnitureBlocks.length + 1, kind: range.kind, text: '' });
			lastRange = range;
		}
		const block = furnitureBlocks[furnitureBlocks.length - 1];
		block.text = block.text ? `${block.text}\n${line}` : line;
	});
	flushRun();
	return {
		...meta,
		kindGroup: meta.file.startsWith('documents/') ? 'document' : 'primary',
		paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
		furnitureBlocks: furnitureBlocks.map((b) => ({ ...b, text: b.text.trim() }))
	};
}

function loadCatalog(): Source[] {
	const parsed = parseOrThrow(
		v.strictObject({ sources: v.array(sourceSchema) }),
		readYaml(contentFile(CATALOG) ?? '', CATALOG),
		CATALOG
	);
	const ids = new Set<string>();
	for (const s of parsed.sources) {
		if (ids.has(s.id)) throw new Error(`${CATALOG}: duplicate id "${s.id}"`);
		ids.add(s.id);
	}
	return parsed.sources.map(buildSource);
}

export const sources: Source[] = loadCatalog();
const byId = new Map(sources.map((s) => [s.id, s]));

export function getSource(id: string): Source | undefined {
	return byId.get(id);
}

/** The paragraph that holds `quote` verbatim (white space aside), or undefined. Furniture never counts. */
export function findQuote(source: Source, quote: string): Paragraph | undefined {
	const needle = foldSpace(quote);
	if (!needle) return undefined;
	return source.paragraphs.find((p) => foldSpace(p.text).includes(needle));
}

/** What a page needs to show a source in a list or an attribution (no text). */
export interface SourceSummary {
	id: string;
	title: string;
	publisher: string;
	date: string;
	kind: SourceMeta['kind'];
	language: Locale;
	url: string | null;
}
export function sourceSummary(source: Source): SourceSummary {
	const { id, title, publisher, date, kind, language, url } = source;
	return { id, title, publisher, date, kind, language, url };
}

/** What the exports (GIFT, Moodle XML, SCORM) say of every source, by id: no text. */
export function sourceIndex(): SourceIndex {
	return Object.fromEntries(sources.map(({ id, title, publisher, date, language, url }) => [id, { title, publisher, date, language, url }]));
}
