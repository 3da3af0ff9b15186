// How every content file is read and checked: one YAML reader, one valibot step, one error format.
// A problem is reported one per line as `file: path: problem` (the quiz adds the question:
// `file: question "id": path: problem`), so that a malformed file fails the build legibly.
import * as v from 'valibot';
import { parse } from 'yaml';
import type { Citation } from './citation-types';

/** One problem of a file: the path of the field, the YAML way (`options[1].label`), and what is wrong. */
export type Problem = { path: string; message: string };

/** Parses a YAML text, or throws naming the file. */
export function readYaml(text: string, file: string): unknown {
	try {
		return parse(text);
	} catch (error) {
		throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
	}
}

/** `options.1.label` → `options[1].label`, the way the YAML reads. */
function formatPath(keys: readonly unknown[]): string {
	return keys
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		return 'unknown field (misspelt? see lessons/README.md)';
	}
	if (issue.type === 'variant' && issue.expected !== 'Object') {
		return `${issue.received === 'undefined' ? 'missing' : issue.received}: must be one of ${issue.expected}`;
	}
	if (issue.received === 'undefined') {
		// a missing field of an object names the field itself as "expected"; say just "missing"
		const expected = issue.expected ?? '';
		return expected === '' || expected.startsWith('"') ? 'missing' : `missing (expected ${expected})`;
	}
	if (issue.expected === 'Object') return `must be a mapping (got ${issue.received})`;
	if (issue.expected === 'Array') return `must be a list (got ${issue.received})`;
	return issue.message;
}

export function issueProblems(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
	return issues.map((issue) => ({
		path: formatPath(issue.path?.map((item) => item.key) ?? []),
		message: describeIssue(issue)
	}));
}

/** `where: path: message`, leaving out the parts that are empty. */
export function problemLine(where: string, { path, message }: Problem): string {
	return [where, path, message].filter((part) => part !== '').join(': ');
}

/** Throws one Error listing every problem, one per line, each starting with the file. */
export function fail(file: string, lines: string[]): never {
	throw new Error(lines.map((line) => `${file}: ${line}`).join('\n'));
}

/**
 * Parses `value` with a valibot schema, or throws an Error naming the file and each problem with
 * its path (`file: objectives[0].step: missing`).
 */
export function parseOrThrow<const S extends v.GenericSchema>(schema: S, value: unknown, file: string): v.InferOutput<S> {
	const result = v.safeParse(schema, value);
	if (result.success) return result.output;
	return fail(file, issueProblems(result.issues).map((problem) => problemLine('', problem)));
}

export const localizedSchema = v.strictObject({
	fr: v.pipe(v.string(), v.trim(), v.nonEmpty('French text is empty')),
	en: v.pipe(v.string(), v.trim(), v.nonEmpty('English text is empty'))
});

// Typed as the one Citation type (citation-types.ts): TypeScript refuses the schema if they part.
export const citationSchema: v.GenericSchema<unknown, Citation> = v.strictObject({
	source: v.pipe(v.string(), v.nonEmpty()),
	quote: v.pipe(v.string(), v.nonEmpty(), v.check((q) => !q.includes('"'), 'a quote may not contain "')),
	lang: v.optional(v.picklist(['fr', 'en'])),
	translation: v.optional(v.strictObject({ fr: v.optional(v.string()), en: v.optional(v.string()) }))
});
