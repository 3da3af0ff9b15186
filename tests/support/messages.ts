// The site's messages (messages/*.json), as the browser tests read them: the words a learner sees,
// so a test finds a button by what it says and follows a change of wording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const read = (lang: 'fr' | 'en') => JSON.parse(readFileSync(join(ROOT, `messages/${lang}.json`), 'utf8')) as Record<string, string>;

export const messages: Record<'fr' | 'en', Record<string, string>> = { fr: read('fr'), en: read('en') };
