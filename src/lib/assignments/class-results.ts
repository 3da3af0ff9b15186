// Class results: many receipt files read at once, grouped by assignment, each graded again from its
// answers against the assignment the teacher issued (regrade.ts), then a students × questions table,
// the score distribution and an item analysis (CSV exports: results-csv.ts). Every figure is the
// recomputed one; a file's own figures are only compared with it. Pure TypeScript: the page reads
// the files and shows what this returns. Nothing leaves the browser.
import { coerceInput } from '../quiz/coerce-input';
import { isEmptyInput } from '../quiz/grade';
import { normalizeText } from '../quiz/normalize-text';
import type { LearnerInput, Question, QuestionType, Quiz } from '../quiz/types';
import { describeAnswer } from '../describe-answer';
import { encodeAssignment, isPastDue, type Assignment } from './assignment';
import { parseReceipt, type Receipt, type ReceiptError } from './receipt';
import { regrade, type Alteration, type Regraded } from './regrade';

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
	/** kept for pages that list old reasons; files with another assignment are now shown as altered */
	| 'assignment-mismatch';

export type FileProblem = { file: string; reason: FileProblemReason };

export type LoadedReceipt = { file: string; receipt: Receipt; regraded: Regraded };

export type AssignmentGroup = {
	/** the teacher's own link when given, else the assignment most of the group's files carry */
	assignment: Assignment;
	/** true when the reference is the teacher's link, not what the files say */
	fromTeacher: boolean;
	/** one receipt per student: their best attempt (ties: the latest) */
	receipts: LoadedReceipt[];
};

export type LoadResult = { groups: AssignmentGroup[]; problems: FileProblem[] };

function studentKey(receipt: Receipt): string {
	const clean = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
	return `${clean(receipt.student.name)}\u0000${clean(receipt.student.class)}`;
}

/** The better of two attempts by their RECOMPUTED scores (ties: the later one). */
function better(a: LoadedReceipt, b: LoadedReceipt): boolean {
	if (a.regraded.percent !== b.regraded.percent) return a.regraded.percent > b.regraded.percent;
	return Date.parse(a.receipt.finishedAt) > Date.parse(b.receipt.finishedAt);
}

export type LoadOptions = {
	/** the site's quizzes, to grade every file again */
	quizzes: Quiz[];
	/** the assignments the teacher issued (their own links): these are the references */
	references?: Assignment[];
};

/**
 * Validates every file; a bad file is listed with its reason and the others still load. Receipts
 * are grouped by assignment id (several assignments dropped together give several groups, the
 * largest first); within a group, one receipt per student is kept.
 */
export function loadReceipts(
	files: (ReceiptFile | { name: string; error: 'unreadable' | 'too-large' })[],
	options: LoadOptions
): LoadResult {
	const problems: FileProblem[] = [];
	const byId = new Map<string, { file: string; receipt: Receipt }[]>();
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
		// The teacher's own link is the reference; without it, the assignment most files carry (a lone
		// edited file then sets it: the page asks for the link). A file with another one was edited.
		const encoded = list.map((entry) => encodeAssignment(entry.receipt.assignment));
		const counts = new Map<string, number>();
		for (const text of encoded) counts.set(text, (counts.get(text) ?? 0) + 1);
		const issued = options.references?.find((a) => a.id === list[0].receipt.assignment.id);
		const reference = issued ? encodeAssignment(issued) : [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
		const assignment = issued ?? list[encoded.indexOf(reference)].receipt.assignment;
		const students = new Map<string, LoadedReceipt>();
		const seen = new Set<string>();
		// A file whose assignment differs is graded against the reference all the same, and shown as
		// altered (regrade): the teacher sees the student, with what was changed.
		list.forEach((read) => {
			const entry: LoadedReceipt = { ...read, regraded: regrade(read.receipt, assignment, options.quizzes) };
			const key = studentKey(entry.receipt);
			const attemptKey = `${key}\u0000${entry.receipt.attempt}\u0000${entry.receipt.finishedAt}`;
			if (seen.has(attemptKey)) {
				problems.push({ file: entry.file, reason: 'duplicate' });
				return;
			}
			seen.add(attemptKey);
			const kept = students.get(key);
			if (!kept) students.set(key, entry);
			else if (better(entry, kept)) {
				problems.push({ file: kept.file, reason: 'other-attempt' });
				students.set(key, entry);
			} else problems.push({ file: entry.file, reason: 'other-attempt' });
		});
		const receipts = [...students.values()].sort(
			(a, b) =>
				a.receipt.student.class.localeCompare(b.receipt.student.class) ||
				a.receipt.student.name.localeCompare(b.receipt.student.name)
		);
		groups.push({ assignment, fromTeacher: Boolean(issued), receipts });
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
	/** questions whose score in the file differs from grading the answers again */
	regradeMismatches: string[];
	/** what differs between the file and grading it again: empty when nothing does */
	altered: Alteration[];
	/** a version 1 file: no trail, a shown answer may count as given */
	beforeTrail: boolean;
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

	const rows: StudentRow[] = group.receipts.map(({ file, receipt, regraded }) => {
		const cells: Record<string, Cell> = {};
		for (const [id, cell] of Object.entries(regraded.cells)) cells[id] = { score: cell.score, correct: cell.correct };
		const regradeMismatches = regraded.altered.flatMap((a) => (a.kind === 'scores' || a.kind === 'type' ? a.ids : []));
		return {
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
