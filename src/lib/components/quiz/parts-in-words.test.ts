import { describe, expect, it } from 'vitest';
import { grade } from '$lib/quiz/grade';
import { samples } from '$lib/quiz/test-support/sample-questions';
import type { Graded } from '$lib/quiz/types';
import { partsInWords, verdictAnnouncement } from './parts-in-words';

function graded(result: ReturnType<typeof grade>): Graded {
	if (result.kind !== 'graded') throw new Error('expected a graded answer');
	return result;
}

describe('partsInWords: an evidence question', () => {
	// key sentences s2 and s4 of five
	it('says how many key sentences were found and how many were selected wrongly, in each language', () => {
		const result = graded(grade(samples.evidence, ['s4', 's1', 's5']));
		expect(partsInWords(samples.evidence, result, 'en')).toBe('Sentences found: 1 of 2; selected wrongly: 2');
		expect(partsInWords(samples.evidence, result, 'fr')).toBe('Phrases trouvées\u202f: 1 sur 2\u202f; sélectionnées à tort\u202f: 2');
	});

	it('announces the verdict, then the parts', () => {
		const result = graded(grade(samples.evidence, ['s2']));
		expect(verdictAnnouncement(samples.evidence, result, 'en')).toMatch(/50.*Sentences found: 1 of 2; selected wrongly: 0$/);
	});
});
