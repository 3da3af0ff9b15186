// Grading throughput, per question type: grades 10,000 random answers of each type (right, wrong,
// partial, incomplete, generated from a seeded PRNG so that every run grades the same answers),
// prints grades per second as a table and writes bench/grading.json.
//
//   npm run bench:grading      (node scripts/run.ts scripts/bench-grading.ts: through Vite's module
//                               runner, which resolves the project's imports as the site's build does)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grade, keyInput } from '$lib/quiz/grade';
import { mulberry32 } from '$lib/quiz/shuffle';
import { samples } from '$lib/quiz/test-support/sample-questions';
import type { Question } from '$lib/quiz/types';

const ANSWERS_PER_TYPE = 10_000;
const ROUNDS = 7; // the median round is reported, so that one GC pause does not skew a type
const SEED = 20250717;

const random = mulberry32(SEED);
const pick = <T>(entries: readonly T[]): T => entries[Math.floor(random() * entries.length)] as T;
const chance = (probability: number) => random() < probability;
const shuffled = <T>(entries: readonly T[]): T[] => [...entries].sort(() => random() - 0.5);

/** A random answer: the key's about a quarter of the time, else a random, partial or empty one. */
function randomAnswer(question: Question): unknown {
	if (chance(0.25)) return keyInput(question, pick(['fr', 'en'] as const));
	switch (question.type) {
		case 'single':
			return chance(0.1) ? null : pick(question.view.options).id;
		case 'multiple':
			return question.view.options.filter(() => chance(0.5)).map((option) => option.id);
		case 'evidence':
			return question.view.sentences.filter(() => chance(0.4)).map((sentence) => sentence.id);
		case 'truefalse':
			return chance(0.1) ? null : chance(0.5);
		case 'short':
			return pick(['Statut de Rome', 'statut  de rome !', 'Rome Statute', 'Traité de Rome', "l'assemblee des etats parties", '', 'CPI']);
		case 'numeric':
			return pick(['125', '124', '1 000', '125,0', '12,5', 'cent', '', String(Math.floor(random() * 300))]);
		case 'ordering': {
			const order = shuffled(question.view.items.map((item) => item.id));
			return chance(0.1) ? order.slice(1) : order;
		}
		case 'matching':
			return Object.fromEntries(
				question.view.items.map((item) => [item.id, chance(0.1) ? null : pick(question.view.targets).id])
			);
		case 'cloze':
			return Object.fromEntries(
				question.view.blanks.map((blank) => [blank.id, chance(0.1) ? null : pick(blank.options).id])
			);
		case 'case':
			return Object.fromEntries(
				question.view.decisions.map((decision) => [decision.id, chance(0.1) ? null : pick(decision.options).id])
			);
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
}

type Row = { type: string; answers: number; graded: number; invalid: number; medianMs: number; gradesPerSecond: number };

const rows: Row[] = [];
let sink = 0; // consumed below, so that the engine cannot drop the grading as dead code
for (const question of Object.values(samples) as Question[]) {
	const answers = Array.from({ length: ANSWERS_PER_TYPE }, () => randomAnswer(question));
	let graded = 0;
	for (const answer of answers) if (grade(question, answer).kind === 'graded') graded++; // warm-up
	const times: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		const start = performance.now();
		for (const answer of answers) {
			const result = grade(question, answer);
			if (result.kind === 'graded') sink += result.score;
		}
		times.push(performance.now() - start);
	}
	const medianMs = median(times);
	rows.push({
		type: question.type,
		answers: ANSWERS_PER_TYPE,
		graded,
		invalid: ANSWERS_PER_TYPE - graded,
		medianMs: Number(medianMs.toFixed(2)),
		gradesPerSecond: Math.round(ANSWERS_PER_TYPE / (medianMs / 1000))
	});
}

console.table(
	Object.fromEntries(
		rows.map(({ type, graded, invalid, medianMs, gradesPerSecond }) => [
			type,
			{ 'grades/s': gradesPerSecond.toLocaleString('en-US'), 'ms / 10k': medianMs, graded, invalid }
		])
	)
);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'bench', 'grading.json');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(
	output,
	`${JSON.stringify(
		{
			date: new Date().toISOString(),
			node: process.version,
			seed: SEED,
			answersPerType: ANSWERS_PER_TYPE,
			rounds: ROUNDS,
			types: rows,
			checksum: Number(sink.toFixed(6))
		},
		null,
		'\t'
	)}\n`
);
console.log(`Wrote ${output}`);
