// What the SCO reports to the LMS once the quiz is graded. SCORM 1.2 has no scaled score
// (cmi.core.score.scaled is SCORM 2004 and a 1.2 runtime rejects it): the score is raw, on 0–100,
// with min 0 and max 100, and lesson_status says passed or failed against the pass mark.
import type { QuizSummary } from '../../quiz/attempt';

export type ScoreReport = {
	/** cmi.core.score.raw: 0–100, at most 2 decimals */
	raw: string;
	/** cmi.core.score.min */
	min: '0';
	/** cmi.core.score.max */
	max: '100';
	/** cmi.core.lesson_status */
	status: 'passed' | 'failed';
};

/**
 * The score on 0–100, with 2 decimals. A failed attempt is rounded down, so that an LMS comparing
 * the raw score with the manifest's mastery score never reads a pass the quiz did not give.
 */
export function scoreReport(summary: Pick<QuizSummary, 'percent' | 'passed'>): ScoreReport {
	const percent = Math.min(100, Math.max(0, Number.isFinite(summary.percent) ? summary.percent : 0));
	const hundredths = summary.passed ? Math.round(percent * 100) : Math.floor(percent * 100 + 1e-9);
	return { raw: String(hundredths / 100), min: '0', max: '100', status: summary.passed ? 'passed' : 'failed' };
}

/** adlcp:masteryscore of the manifest: the pass mark on 0–100. */
export function masteryScore(passMark: number): number {
	return Math.round(Math.min(1, Math.max(0, passMark)) * 10000) / 100;
}
