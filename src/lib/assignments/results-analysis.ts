// Class results, step 2: the students × questions table, the score distribution and the item
// analysis of one group of receipts read by results-load.ts. Figures and codes only, no words: the
// page (components/assignments/ClassResults.svelte) and the CSV exports (results-csv.ts) put them into
// words in their language, through results-words.ts for what both say.
import { coerceInput } from '../quiz/coerce-input';
import { isEmptyInput } from '../quiz/grade';
import { normalizeText } from '../quiz/normalize-text';
import type { LearnerInput, Question, QuestionType, Quiz } from '../quiz/types';
import { isPastDue, type Assignment } from './assignment';
import type { Alteration } from './regrade';
import type { AssignmentGroup } from './results-load';

/** Two answers that mean the same thing get the same key (order of a multiple choice, case of a text…). */
function answerKey(type: QuestionType, answer: unknown): string | undefined {
	const input = coerceInput(type, answer);
	if (isEmptyInput(input as LearnerInput)) return undefined;
	switch (type) {
		case 'multiple':
		case 'evidence':
			return JSON.stringify([...(input as string[])].sort());
		case 'short':
			return normalizeText(input as string);
		case 'numeric':
			return (input as string).replace(/\s+/g, '');
		case 'matching':
		case 'cloze':
		case 'case':
			return JSON.stringify(Object.entries(input as Record<string, string | null>).sort(([a], [b]) => (a < b ? -1 : 1)));
		default:
			return JSON.stringify(input);
	}
}

export type QuestionColumn = {
	id: string;
	module: string;
	type: QuestionType;
	/** the site's question; null when it is no longer on the site, or no longer of that type (its
	 * prompt and answers cannot be put into words then) */
	question: Question | null;
};

export type Cell = { score: number; correct: boolean };

export type StudentRow = {
	/** the receipt's identity (results-load.ts): what rows are keyed by, never the file name */
	id: string;
	file: string;
	name: string;
	class: string;
	attempt: number;
	startedAt: string;
	finishedAt: string;
	/** finished after the due day */
	late: boolean;
	earned: number;
	total: number;
	percent: number;
	passed: boolean;
	/** per question id; absent when the student was not given the question */
	cells: Record<string, Cell>;
	/** questions whose score in the file differs from grading the answers again */
	regradeMismatches: string[];
	/** what differs between the file and grading it again: empty when nothing does */
	altered: Alteration[];
	/** a version 1 file: no trail, a shown answer may count as given */
	beforeTrail: boolean;
};

export type Bucket = { from: number; to: number; count: number };

/** One line of the item analysis: a column of the table, with its figures. */
export type ItemStats = QuestionColumn & {
	/** students who were given the question */
	given: number;
	/** of which fully right */
	correct: number;
	/** correct / given (0 when nobody was given it) */
	share: number;
	/** average score (partial credit counts) */
	meanScore: number;
	/** students who left it unanswered */
	unanswered: number;
	/** the wrong answer given most often (unanswered aside), as given (results-words.ts words it) */
	commonWrong: { answer: unknown; count: number } | null;
	/** share < the re-teaching threshold */
	reteach: boolean;
};

export type ClassAnalysis = {
	assignment: Assignment;
	columns: QuestionColumn[];
	rows: StudentRow[];
	distribution: Bucket[];
	items: ItemStats[];
	summary: { students: number; mean: number; median: number; passed: number; late: number };
	/** the share under which a question is flagged for re-teaching */
	reteachBelow: number;
};

/** Ten buckets: 0–10, 10–20, … 90–100 % (100 % goes in the last one). */
export function distribution(percents: number[]): Bucket[] {
	const buckets: Bucket[] = Array.from({ length: 10 }, (_, index) => ({ from: index * 10, to: index * 10 + 10, count: 0 }));
	for (const percent of percents) {
		if (!Number.isFinite(percent)) continue;
		const index = Math.min(9, Math.max(0, Math.floor(percent / 10)));
		buckets[index].count++;
	}
	return buckets;
}

function median(values: number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function analyse(group: AssignmentGroup, quizzes: Quiz[], reteachBelow = 0.5): ClassAnalysis {
	const { assignment } = group;
	const questions = new Map<string, { question: Question; module: string; index: number }>();
	for (const quiz of quizzes) {
		quiz.questions.forEach((question, index) => questions.set(question.view.id, { question, module: quiz.module, index }));
	}

	// Columns: every question the assignment gave some student, module by module, in the authored
	// order (questions a file added on its own are not columns: they count for nothing).
	const firstSeen = new Map<string, { module: string; type: QuestionType; order: number }>();
	for (const { regraded } of group.receipts) {
		for (const id of regraded.expected) {
			const known = questions.get(id);
			if (known && !firstSeen.has(id)) firstSeen.set(id, { module: known.module, type: known.question.type, order: firstSeen.size });
		}
	}
	const moduleRank = (module: string) => {
		const rank = assignment.modules.indexOf(module);
		return rank === -1 ? assignment.modules.length : rank;
	};
	const columns: QuestionColumn[] = [...firstSeen.entries()]
		.map(([id, seen]) => {
			const known = questions.get(id);
			const usable = known !== undefined && known.question.type === seen.type;
			return {
				column: { id, module: seen.module, type: seen.type, question: usable ? known.question : null },
				rank: [moduleRank(seen.module), usable ? known.index : Number.MAX_SAFE_INTEGER, seen.order]
			};
		})
		.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2])
		.map((entry) => entry.column);

	const rows: StudentRow[] = group.receipts.map(({ id, file, receipt, regraded }) => {
		const cells: Record<string, Cell> = {};
		for (const [id, cell] of Object.entries(regraded.cells)) cells[id] = { score: cell.score, correct: cell.correct };
		const regradeMismatches = regraded.altered.flatMap((a) => (a.kind === 'scores' || a.kind === 'type' ? a.ids : []));
		return {
			id,
			file,
			name: receipt.student.name,
			class: receipt.student.class,
			attempt: receipt.attempt,
			startedAt: receipt.startedAt,
			finishedAt: receipt.finishedAt,
			late: isPastDue(assignment, new Date(receipt.finishedAt)),
			earned: regraded.earned,
			total: regraded.total,
			percent: regraded.percent,
			passed: regraded.passed,
			cells,
			regradeMismatches,
			altered: regraded.altered,
			beforeTrail: regraded.beforeTrail
		};
	});

	const items: ItemStats[] = columns.map((column) => {
		let given = 0;
		let correct = 0;
		let scoreSum = 0;
		let unanswered = 0;
		const wrong = new Map<string, { answer: unknown; count: number }>();
		for (const { regraded } of group.receipts) {
			const q = regraded.cells[column.id];
			if (!q) continue;
			given++;
			scoreSum += q.score;
			if (q.correct) {
				correct++;
				continue;
			}
			const key = answerKey(column.type, q.answer);
			if (key === undefined) {
				unanswered++;
				continue;
			}
			const entry = wrong.get(key) ?? { answer: q.answer, count: 0 };
			entry.count++;
			wrong.set(key, entry);
		}
		let commonWrong: ItemStats['commonWrong'] = null;
		for (const entry of wrong.values()) if (!commonWrong || entry.count > commonWrong.count) commonWrong = entry;
		const share = given === 0 ? 0 : correct / given;
		return {
			...column,
			given,
			correct,
			share,
			meanScore: given === 0 ? 0 : scoreSum / given,
			unanswered,
			commonWrong,
			reteach: given > 0 && share < reteachBelow
		};
	});

	const percents = rows.map((row) => row.percent);
	return {
		assignment,
		columns,
		rows,
		distribution: distribution(percents),
		items,
		summary: {
			students: rows.length,
			mean: percents.length ? percents.reduce((a, b) => a + b, 0) / percents.length : 0,
			median: median(percents),
			passed: rows.filter((row) => row.passed).length,
			late: rows.filter((row) => row.late).length
		},
		reteachBelow
	};
}
