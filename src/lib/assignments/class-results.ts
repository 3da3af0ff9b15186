// Class results: many receipt files read at once, grouped by assignment, then a students ×
// questions table, the score distribution, an item analysis and CSV exports. Pure TypeScript: the
// page reads the files and shows what this returns. Nothing leaves the browser.
import { coerceInput } from '../quiz/coerce-input';
import { grade, isEmptyInput } from '../quiz/grade';
import { normalizeText } from '../quiz/normalize-text';
import type { LearnerInput, Question, QuestionType, Quiz } from '../quiz/types';
import { describeAnswer } from '../describe-answer';
import { m } from '../paraglide/messages.js';
import { encodeAssignment, isPastDue, type Assignment } from './assignment';
import { parseReceipt, type Receipt, type ReceiptError } from './receipt';

export type Lang = 'fr' | 'en';

/** A file the teacher dropped, read as text (never run, never shown as markup). */
export type ReceiptFile = { name: string; text: string };

export type FileProblemReason =
	| ReceiptError
	/** the browser could not read the file */
	| 'unreadable'
	/** the same attempt of the same student was already loaded */
	| 'duplicate'
	/** another attempt by the same student is used (the best one) */
	| 'other-attempt'
	/** the file has the assignment id of the others, but not the same assignment: edited */
	| 'assignment-mismatch';

export type FileProblem = { file: string; reason: FileProblemReason };

export type LoadedReceipt = { file: string; receipt: Receipt };

export type AssignmentGroup = {
	/** the assignment most of the group's files carry */
	assignment: Assignment;
	/** one receipt per student: their best attempt (ties: the latest) */
	receipts: LoadedReceipt[];
};

export type LoadResult = { groups: AssignmentGroup[]; problems: FileProblem[] };

function studentKey(receipt: Receipt): string {
	const clean = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
	return `${clean(receipt.student.name)}\u0000${clean(receipt.student.class)}`;
}

function better(a: Receipt, b: Receipt): boolean {
	if (a.percent !== b.percent) return a.percent > b.percent;
	return Date.parse(a.finishedAt) > Date.parse(b.finishedAt);
}

/**
 * Validates every file; a bad file is listed with its reason and the others still load. Receipts
 * are grouped by assignment id (several assignments dropped together give several groups, the
 * largest first); within a group, one receipt per student is kept.
 */
export function loadReceipts(files: (ReceiptFile | { name: string; error: 'unreadable' | 'too-large' })[]): LoadResult {
	const problems: FileProblem[] = [];
	const byId = new Map<string, LoadedReceipt[]>();
	for (const file of files) {
		if ('error' in file) {
			problems.push({ file: file.name, reason: file.error });
			continue;
		}
		const parsed = parseReceipt(file.text);
		if (!parsed.ok) {
			problems.push({ file: file.name, reason: parsed.error });
			continue;
		}
		const list = byId.get(parsed.receipt.assignment.id) ?? [];
		list.push({ file: file.name, receipt: parsed.receipt });
		byId.set(parsed.receipt.assignment.id, list);
	}

	const groups: AssignmentGroup[] = [];
	for (const list of byId.values()) {
		// the assignment most files carry is the reference; a file with another one was edited
		const encoded = list.map((entry) => encodeAssignment(entry.receipt.assignment));
		const counts = new Map<string, number>();
		for (const text of encoded) counts.set(text, (counts.get(text) ?? 0) + 1);
		const reference = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
		const students = new Map<string, LoadedReceipt>();
		const seen = new Set<string>();
		list.forEach((entry, index) => {
			if (encoded[index] !== reference) {
				problems.push({ file: entry.file, reason: 'assignment-mismatch' });
				return;
			}
			const key = studentKey(entry.receipt);
			const attemptKey = `${key}\u0000${entry.receipt.attempt}\u0000${entry.receipt.finishedAt}`;
			if (seen.has(attemptKey)) {
				problems.push({ file: entry.file, reason: 'duplicate' });
				return;
			}
			seen.add(attemptKey);
			const kept = students.get(key);
			if (!kept) students.set(key, entry);
			else if (better(entry.receipt, kept.receipt)) {
				problems.push({ file: kept.file, reason: 'other-attempt' });
				students.set(key, entry);
			} else problems.push({ file: entry.file, reason: 'other-attempt' });
		});
		const receipts = [...students.values()].sort(
			(a, b) =>
				a.receipt.student.class.localeCompare(b.receipt.student.class) ||
				a.receipt.student.name.localeCompare(b.receipt.student.name)
		);
		const assignment = list[encoded.indexOf(reference)].receipt.assignment;
		groups.push({ assignment, receipts });
	}
	groups.sort((a, b) => b.receipts.length - a.receipts.length);
	return { groups, problems };
}

/** Two answers that mean the same thing get the same key (order of a multiple choice, case of a text…). */
function answerKey(type: QuestionType, answer: unknown): string | undefined {
	const input = coerceInput(type, answer);
	if (isEmptyInput(input as LearnerInput)) return undefined;
	switch (type) {
		case 'multiple':
			return JSON.stringify([...(input as string[])].sort());
		case 'short':
			return normalizeText(input as string);
		case 'numeric':
			return (input as string).replace(/\s+/g, '');
		case 'matching':
		case 'cloze':
			return JSON.stringify(Object.entries(input as Record<string, string | null>).sort(([a], [b]) => (a < b ? -1 : 1)));
		default:
			return JSON.stringify(input);
	}
}

// ——— Analysis ———

export type QuestionColumn = {
	id: string;
	module: string;
	type: QuestionType;
	/** the prompt in the page's language; the id when the site no longer has the question */
	prompt: string;
	/** false when the question is no longer on the site (its answers cannot be described) */
	known: boolean;
};

export type Cell = { score: number; correct: boolean };

export type StudentRow = {
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
	/** questions whose score in the file differs from grading the answer again */
	regradeMismatches: string[];
};

export type Bucket = { from: number; to: number; count: number };

export type ItemStats = {
	id: string;
	module: string;
	type: QuestionType;
	prompt: string;
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
	/** the wrong answer given most often (unanswered aside), in words */
	commonWrong: { text: string; count: number } | null;
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

export function analyse(group: AssignmentGroup, quizzes: Quiz[], lang: Lang, reteachBelow = 0.5): ClassAnalysis {
	const { assignment } = group;
	const questions = new Map<string, { question: Question; module: string; index: number }>();
	for (const quiz of quizzes) {
		quiz.questions.forEach((question, index) => questions.set(question.view.id, { question, module: quiz.module, index }));
	}

	// Columns: every question some student was given, module by module, in the authored order.
	const firstSeen = new Map<string, { module: string; type: QuestionType; order: number }>();
	for (const { receipt } of group.receipts) {
		for (const q of receipt.questions) {
			if (!firstSeen.has(q.id)) firstSeen.set(q.id, { module: q.module, type: q.type, order: firstSeen.size });
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
				column: {
					id,
					module: seen.module,
					type: seen.type,
					prompt: usable ? known.question.view.prompt[lang] : id,
					known: usable
				},
				rank: [moduleRank(seen.module), usable ? known.index : Number.MAX_SAFE_INTEGER, seen.order]
			};
		})
		.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2])
		.map((entry) => entry.column);

	const rows: StudentRow[] = group.receipts.map(({ file, receipt }) => {
		const cells: Record<string, Cell> = {};
		const regradeMismatches: string[] = [];
		for (const q of receipt.questions) {
			cells[q.id] = { score: q.score, correct: q.correct };
			const known = questions.get(q.id);
			if (known && known.question.type === q.type) {
				const result = grade(known.question, q.answer);
				const score = result.kind === 'graded' ? result.score : 0;
				if (Math.abs(score - q.score) > 1e-9) regradeMismatches.push(q.id);
			}
		}
		return {
			file,
			name: receipt.student.name,
			class: receipt.student.class,
			attempt: receipt.attempt,
			startedAt: receipt.startedAt,
			finishedAt: receipt.finishedAt,
			late: isPastDue(assignment, new Date(receipt.finishedAt)),
			earned: receipt.earned,
			total: receipt.total,
			percent: receipt.percent,
			passed: receipt.passed,
			cells,
			regradeMismatches
		};
	});

	const items: ItemStats[] = columns.map((column) => {
		let given = 0;
		let correct = 0;
		let scoreSum = 0;
		let unanswered = 0;
		const wrong = new Map<string, { answer: unknown; count: number }>();
		for (const { receipt } of group.receipts) {
			const q = receipt.questions.find((entry) => entry.id === column.id);
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
		for (const entry of wrong.values()) {
			if (!commonWrong || entry.count > commonWrong.count) {
				const known = questions.get(column.id);
				const text = column.known && known ? describeAnswer(known.question, entry.answer, lang).join(' ; ') : JSON.stringify(entry.answer);
				commonWrong = { text: text.slice(0, 300), count: entry.count };
			}
		}
		const share = given === 0 ? 0 : correct / given;
		return {
			id: column.id,
			module: column.module,
			type: column.type,
			prompt: column.prompt,
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
