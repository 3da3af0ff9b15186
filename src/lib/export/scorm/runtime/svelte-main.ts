// The SCO's runtime (quiz.js): the site's own Svelte quiz runner (QuizRunner, its widgets, results
// and credit rules), mounted on the package's page with its attempt kept in cmi.suspend_data. One
// quiz UI for the site, the review deck, assignments and the LMS, so that every rule holds in all
// four places (the issue "Honest scores…", "One quiz, one set of rules"); what is the package's
// own is only the LMS side: lms.ts (the API, what may be written), scorm-store.ts (suspend_data,
// the report), ScormQuiz.svelte (the status line, "Save and exit").
//
// The strings are the site's Paraglide messages. Their locale would be read from the URL (the
// site's strategy), which in an LMS means nothing: it is set here to the package's language.
import { mount } from 'svelte';
import { CITATION_LINKS_KEY } from '$lib/components/citation-context';
import { citationKey, type ResolvedCitation } from '$lib/content/citation-types';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import type { Locale } from '$lib/quiz/types';
import { labels } from '../../labels';
import { quizOfScoData, type ScoData } from '../data';
import { DATA_ELEMENT_ID, QUIZ_ROOT_ID } from '../page';
import { decodeState } from '../suspend-data';
import { findApi, LmsSession } from './lms';
import ScormQuiz from './ScormQuiz.svelte';
import { scormStore } from './scorm-store';

/** The citations of the package's questions as the runner shows them (no source pages: paragraph 0, no link). */
export function packageCitations(data: ScoData): Record<string, ResolvedCitation> {
	const lang: Locale = data.lang;
	const result: Record<string, ResolvedCitation> = {};
	for (const question of data.questions) {
		for (const citation of question.key.citations) {
			const source = data.sources[citation.source];
			const quoteLang = citation.lang ?? source?.language ?? lang;
			const translation = quoteLang !== lang ? citation.translation?.[lang] : undefined;
			result[citationKey(citation.source, citation.quote)] = {
				source: citation.source,
				quote: citation.quote,
				quoteLang,
				...(translation && { translation }),
				paragraph: 0,
				publisher: source?.publisher ?? '',
				short: source?.publisher ?? '',
				date: source?.date ?? '',
				title: source?.title ?? citation.source
			};
		}
	}
	return result;
}

/** Starts the runtime on the page: reads the data, opens the LMS session, mounts the quiz. */
export function boot(): { session: LmsSession } | null {
	const dataElement = document.getElementById(DATA_ELEMENT_ID);
	const root = document.getElementById(QUIZ_ROOT_ID);
	if (!dataElement || !root) return null;
	const data = JSON.parse(dataElement.textContent ?? '{}') as ScoData;
	const lang = data.lang;
	overwriteGetLocale(() => lang);
	const quiz = quizOfScoData(data);
	const views = quiz.questions.map((question) => question.view);
	const session = new LmsSession(findApi(window));
	session.start((saved) => decodeState(views, saved)?.submitted === true);
	const store = scormStore(quiz, session);
	mount(ScormQuiz, {
		target: root,
		props: { quiz, lang, citations: packageCitations(data), session, store, text: labels[lang] },
		context: new Map([[CITATION_LINKS_KEY, false]])
	});
	// The LMS closes the frame, or the learner leaves: close the session (once; read-only, LMSFinish only).
	const leave = () => session.finish(store.encoded() || undefined);
	window.addEventListener('pagehide', leave);
	window.addEventListener('unload', leave);
	return { session };
}

if (typeof document !== 'undefined') {
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => boot());
	else boot();
}
