// The islands that carry every quiz of their page, the review deck and an assignment
// (ReviewWithKeys, AssignmentWithKeys): the page has the questions of each quiz, the keys are in
// each quiz's keys.json, all fetched before the island starts (`beforeHydrate`). A module of its
// own, apart from fetch-keys.ts, so that the quiz and the step checks, which load that one, do not
// load this too.
import type { ResolvedCitation } from '$lib/content/citation-types';
import type { QuizViews } from '$lib/quiz/split-keys';
import type { Quiz } from '$lib/quiz/types';
import { beforeKeys, withKeys } from './fetch-keys';

type Citations = Record<string, ResolvedCitation>;
export type QuizzesWithCitations = { quizzes: Quiz[]; citations: Citations };

/** The island's props: those of the component it starts, with the quizzes' questions alone and where their keys are. */
export type WithAllKeys<P extends QuizzesWithCitations> = Omit<P, 'quizzes' | 'citations'> & {
	/** the questions of every quiz, without their keys */
	quizzes: QuizViews[];
	keysUrls: string[];
	/** set in the browser by `beforeHydrate`, never by the page */
	whole?: QuizzesWithCitations;
};

/** Every quiz of the page with its keys; undefined when one cannot be had. */
export async function withAllKeys(views: QuizViews[], urls: string[]): Promise<QuizzesWithCitations | undefined> {
	const wholes = await Promise.all(views.map((quiz, i) => withKeys(quiz, urls[i])));
	if (wholes.some((whole) => !whole)) return undefined;
	return {
		quizzes: wholes.map((whole) => whole!.quiz),
		citations: Object.assign({}, ...wholes.map((whole) => whole!.citations))
	};
}

/** The island's `beforeHydrate`: its props with every key, or `failed()` (what to tell the reader) when one cannot be had. */
export async function fetchAllKeys<P extends WithAllKeys<QuizzesWithCitations>>(props: P, failed: () => string): Promise<P | string> {
	const whole = await withAllKeys(props.quizzes, props.keysUrls);
	return whole ? { ...props, whole } : failed();
}

/** What the island's component starts with: every quiz with its keys, or on the server the questions alone (`beforeKeys`). */
export function startProps<P extends QuizzesWithCitations>({ quizzes, keysUrls: _urls, whole, ...rest }: WithAllKeys<P>): P {
	return { ...rest, quizzes: whole?.quizzes ?? quizzes.map(beforeKeys), citations: whole?.citations ?? {} } as unknown as P;
}
