import * as v from 'valibot';
import { parse } from 'yaml';
import type { Locale } from '$lib/i18n';
import { citationSchema, localizedSchema, parseOrThrow } from './validate';

const files = import.meta.glob('/lessons/*/{glossary,timeline}.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const glossarySchema = v.array(
	v.strictObject({
		id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
		term: localizedSchema,
		definition: localizedSchema,
		citation: v.optional(citationSchema)
	})
);
export type GlossaryEntry = v.InferOutput<typeof glossarySchema>[number] & { module: string };

const timelineSchema = v.array(
	v.strictObject({
		date: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')),
		label: localizedSchema,
		citation: citationSchema
	})
);
export type TimelineEntry = v.InferOutput<typeof timelineSchema>[number];

function read<S extends v.GenericSchema>(module: string, name: string, schema: S): v.InferOutput<S> | [] {
	const text = files[`/lessons/${module}/${name}.yaml`];
	if (text === undefined) return [];
	const file = `lessons/${module}/${name}.yaml`;
	let data: unknown;
	try {
		data = parse(text);
	} catch (error) {
		throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
	}
	return parseOrThrow(schema, data, file);
}

export function glossaryOf(module: string): GlossaryEntry[] {
	return (read(module, 'glossary', glossarySchema) as v.InferOutput<typeof glossarySchema>).map((e) => ({ ...e, module }));
}

export function timelineOf(module: string): TimelineEntry[] {
	const entries = read(module, 'timeline', timelineSchema) as TimelineEntry[];
	return [...entries].sort((a, b) => a.date.localeCompare(b.date));
}

/** Sorts glossary entries alphabetically in the page language (accents folded as a reader expects). */
export function sortGlossary(entries: GlossaryEntry[], lang: Locale): GlossaryEntry[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	return [...entries].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}
