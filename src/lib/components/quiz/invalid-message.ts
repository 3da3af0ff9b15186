import { m } from '$lib/paraglide/messages.js';
import type { Invalid } from '$lib/quiz/types';

/** What is missing from an incomplete answer, in the page language (incomplete is not wrong). */
export function invalidMessage(result: Invalid): string {
	switch (result.code) {
		case 'no-choice':
			return m.quiz_invalid_no_choice();
		case 'empty-text':
			return m.quiz_invalid_empty_text();
		case 'not-a-number':
			return m.quiz_invalid_not_a_number();
		case 'incomplete-order':
			return m.quiz_invalid_incomplete_order();
		case 'unmatched':
			return m.quiz_invalid_unmatched({ count: result.count ?? 0 });
		case 'blank-empty':
			return m.quiz_invalid_blank_empty({ count: result.count ?? 0 });
		case 'undecided':
			return m.quiz_invalid_undecided({ count: result.count ?? 0 });
		case 'no-sentence':
			return m.evidence_invalid_no_sentence();
	}
}
