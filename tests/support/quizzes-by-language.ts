// For the export tests: every (module, language, quiz) of the site, read through the loaders the
// site is built with (src/lib/content), for test.each.
import { everyQuiz } from '../../src/lib/content/quizzes';
import { locales, type Locale } from '../../src/lib/i18n';
import type { Quiz } from '../../src/lib/quiz/types';

export function quizzesByLanguage(): [string, Locale, Quiz][] {
	return everyQuiz().flatMap((quiz) => locales.map((lang): [string, Locale, Quiz] => [quiz.module, lang, quiz]));
}
