import * as v from 'valibot';
import type { Locale } from '$lib/i18n';
import { contentFile, moduleFolders } from './files';
import { citationSchema, localizedSchema, parseOrThrow, readYaml } from './validate';

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
	const file = `lessons/${module}/${name}.yaml`;
	const text = contentFile(file);
	return text === undefined ? [] : parseOrThrow(schema, readYaml(text, file), file);
}

// Each module's glossary and timeline, read and validated once, when this module loads.
const glossaries = new Map(
	moduleFolders().map(({ slug }) => [
		slug,
		(read(slug, 'glossary', glossarySchema) as v.InferOutput<typeof glossarySchema>).map((e): GlossaryEntry => ({ ...e, module: slug }))
	])
);
const timelines = new Map(
	moduleFolders().map(({ slug }) => [
		slug,
		[...(read(slug, 'timeline', timelineSchema) as TimelineEntry[])].sort((a, b) => a.date.localeCompare(b.date))
	])
);

/** A module's glossary entries, in the file's order (empty when it has none). */
export function glossaryOf(module: string): GlossaryEntry[] {
	return glossaries.get(module) ?? [];
}

/** A module's timeline, by date (empty when it has none). */
export function timelineOf(module: string): TimelineEntry[] {
	return timelines.get(module) ?? [];
}

/** Sorts glossary entries alphabetically in the page language (accents folded as a reader expects). */
export function sortGlossary(entries: GlossaryEntry[], lang: Locale): GlossaryEntry[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	return [...entries].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}
