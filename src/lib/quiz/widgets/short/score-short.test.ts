// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { scoreShort } from './score-short';

// Accepted: fr "Statut de Rome", "l’Assemblée des États parties"; en "Rome Statute".
const { key } = samples.short;

describe('scoreShort', () => {
	it.each([
		'Statut de Rome',
		'statut de rome',
		'Statut  de Rome !',
		'  STATUT DE ROME. ',
		'Statut\tde\nRome',
		'Rome Statute',
		'rome-statute',
		"l'Assemblée des États parties",
		'l’assemblee des etats parties',
		"L' Assemblée des États-parties",
		'l‘Assemblee des Etats parties?'
	])('accepts %j', (input) => {
		expect(scoreShort(input, key)).toEqual({ kind: 'graded', score: 1, correct: true, parts: { answer: true }, feedback: [] });
	});

	it.each(['Statut de Rom', 'Statuts de Rome', 'Rome', 'Statut de Rome de 1998', 'Assemblée des États parties', '', '!!!'])(
		'rejects %j',
		(input) => {
			expect(scoreShort(input, key)).toEqual({ kind: 'graded', score: 0, correct: false, parts: { answer: false }, feedback: [] });
		}
	);
});
