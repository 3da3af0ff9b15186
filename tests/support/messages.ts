// The site's messages (messages/*.json), as the browser tests read them: the words a learner sees,
// so a test finds a button by what it says and follows a change of wording.
// `messages` has the plain ones; `message()` writes any of them with its parameters, the plural
// ones (inlang's variants: `local nPlural = n: plural`) chosen as the site chooses them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Lang = 'fr' | 'en';
/** A message written with plural variants, as messages/*.json stores it. */
type Variants = { declarations: string[]; selectors: string[]; match: Record<string, string> }[];
type Written = string | Variants;

const ROOT = join(import.meta.dirname, '../..');
const read = (lang: Lang) => JSON.parse(readFileSync(join(ROOT, `messages/${lang}.json`), 'utf8')) as Record<string, Written>;
const written: Record<Lang, Record<string, Written>> = { fr: read('fr'), en: read('en') };
const plain = (lang: Lang) => Object.fromEntries(Object.entries(written[lang]).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

/** The messages without variants, as written (parameters left as `{name}`). */
export const messages: Record<Lang, Record<string, string>> = { fr: plain('fr'), en: plain('en') };

/** A message with its parameters filled in; a plural one in the variant that `params` select. */
export function message(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
	const text = written[lang][key];
	if (text === undefined) throw new Error(`messages/${lang}.json has no message ${key}`);
	const chosen = typeof text === 'string' ? text : variant(lang, key, text, params);
	return chosen.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The variant of a plural message for `params` (Intl.PluralRules, as the compiled messages). */
function variant(lang: Lang, key: string, [variants]: Variants, params: Record<string, string | number>): string {
	const chosen = Object.fromEntries(
		variants.declarations.flatMap((d) => {
			const m = /^local (\w+) = (\w+): plural$/.exec(d);
			return m ? [[m[1], new Intl.PluralRules(lang).select(Number(params[m[2]]))]] : [];
		})
	);
	const fits = (match: string) =>
		match.split(',').every((part) => {
			const [name, value] = part.trim().split('=');
			return value === '*' || chosen[name] === value;
		});
	const match = Object.keys(variants.match).find(fits);
	if (match === undefined) throw new Error(`messages/${lang}.json: ${key} has no variant for ${JSON.stringify(params)}`);
	return variants.match[match];
}
