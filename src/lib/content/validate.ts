import * as v from 'valibot';

/**
 * Parses `value` with a valibot schema, or throws an Error naming the file and each problem with
 * its path (`questions.3.answer: …`), so that a malformed content file fails the build legibly.
 */
export function parseOrThrow<const S extends v.GenericSchema>(
	schema: S,
	value: unknown,
	file: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, value);
	if (result.success) return result.output;
	const problems = result.issues.map((issue) => {
		const path = v.getDotPath(issue);
		return `  ${path ? `${path}: ` : ''}${issue.message}`;
	});
	throw new Error(`${file}: invalid content\n${problems.join('\n')}`);
}

export const localizedSchema = v.strictObject({
	fr: v.pipe(v.string(), v.trim(), v.nonEmpty('French text is empty')),
	en: v.pipe(v.string(), v.trim(), v.nonEmpty('English text is empty'))
});

export const citationSchema = v.strictObject({
	source: v.pipe(v.string(), v.nonEmpty()),
	quote: v.pipe(v.string(), v.nonEmpty(), v.check((q) => !q.includes('"'), 'a quote may not contain "')),
	lang: v.optional(v.picklist(['fr', 'en'])),
	translation: v.optional(
		v.strictObject({ fr: v.optional(v.string()), en: v.optional(v.string()) })
	)
});
export type CitationInput = v.InferOutput<typeof citationSchema>;
