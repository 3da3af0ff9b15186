// Checks as you read: lessons/<module>/checks.yaml, the one or two questions at the end of each step
// of a lesson (issue 20). Same question schema as quiz.yaml (quiz-schema.ts: all eight types, view
// and key), no pass mark: a check is graded in place, kept in the learner's progress and counted in
// the mastery of its objectives, never in the module's quiz score (src/lib/storage/checks.ts).
//
// Read and validated once, when this module loads, as every module's file of questions
// (module-questions.ts); a mistake fails the build naming the file:
// - the file's shape (`module` and `questions` only, `module` the folder's name);
// - each question as in a quiz (quiz-schema.ts, `parseQuiz`);
// - ids unique across the whole site: every quiz's and every other check's;
// - objectives: the module's lesson objectives only;
// - every citation verbatim in its source, in both page languages (citations.ts).
import { createAttempt } from '$lib/quiz/attempt';
import { questionIn } from '$lib/quiz/in-language';
import { hashString } from '$lib/quiz/shuffle';
import { splitKeys } from '$lib/quiz/split-keys';
import type { Question } from '$lib/quiz/types';
import { locales, type Locale } from '$lib/i18n';
import type { ResolvedCitation } from './citation-types';
import { resolveAll } from './citations';
import { contentFiles, moduleFolders } from './files';
import { modules } from './lessons';
import { parseModuleQuestions } from './module-questions';
import { everyBank } from './quizzes';
import { readYaml } from './validate';

/** A module's checks: both languages, with their keys. */
export type ModuleChecks = { module: string; questions: Question[] };

/** What a module's checks are validated against: the site around them. */
export type ChecksContext = {
	/** objective ids of the module's lesson */
	objectives: readonly string[];
	/** every question id already taken on the site, with where (`lessons/02-cyber/quiz.yaml`) */
	taken: ReadonlyMap<string, string>;
};

/** `<letters or digits>-check-…`: a check's id says it is one (step-format.md, "checks.yaml"). */
const CHECK_ID = /^[a-z0-9]+-check-[a-z0-9-]+$/;

/**
 * Checks one checks.yaml (already parsed from YAML) and converts it to the quiz model. Throws an
 * Error listing every problem, one per line, each naming the file.
 */
export function parseChecks(raw: unknown, file: string, context: ChecksContext): ModuleChecks {
	return parseModuleQuestions(raw, file, {
		id: { pattern: CHECK_ID, hint: 'a check id reads <prefix>-check-<words>, e.g. j-check-triggers-1' },
		objectives: context.objectives,
		taken: context.taken
	});
}

/**
 * Every module's checks, read from `files` (the content files by repository path; a test passes
 * its own). A module without checks.yaml has none.
 */
export function loadChecks(files: Readonly<Record<string, string>> = contentFiles): Map<string, ModuleChecks> {
	const taken = new Map<string, string>();
	for (const quiz of everyBank()) {
		for (const question of quiz.questions) taken.set(question.view.id, `lessons/${quiz.module}/quiz.yaml`);
	}
	const loaded = new Map<string, ModuleChecks>();
	for (const { slug } of moduleFolders(files)) {
		const file = `lessons/${slug}/checks.yaml`;
		const text = files[file];
		if (text === undefined) continue;
		const module = modules.find((m) => m.slug === slug);
		const objectives = module ? module.lessons.fr.meta.objectives.map((o) => o.id) : [];
		const checks = parseChecks(readYaml(text, file), file, { objectives, taken });
		for (const question of checks.questions) taken.set(question.view.id, file);
		loaded.set(slug, checks);
	}
	return loaded;
}

const checks = loadChecks();

/** A module's checks (both languages, with their keys), in the file's order; [] when it has none. */
export function checksOf(slug: string): Question[] {
	return checks.get(slug)?.questions ?? [];
}

/** Every module's checks, by module. */
export function everyCheck(): ModuleChecks[] {
	return [...checks.values()];
}

// ——— What the pages are built from ———

/** Where a module's check keys are (the island fetches them before it starts). */
export function checksKeysUrl(lang: Locale, slug: string): string {
	return `/${lang}/modules/${slug}/checks.json`;
}

/** The keys file of every module in both languages (one with no checks is an empty file). */
export function checksKeysEntries(): { lang: Locale; slug: string }[] {
	return modules.flatMap((m) => locales.map((lang) => ({ lang, slug: m.slug })));
}

/** A module's check keys and the citations that back them, in one language: the keys file. */
export function checksKeysFile(slug: string, lang: Locale): { keys: Record<string, Question['key']>; citations: Record<string, ResolvedCitation> } {
	const questions = checksOf(slug).map((question) => questionIn(question, lang));
	return {
		keys: splitKeys({ module: slug, passMark: 1, questions }).keys,
		citations: resolveAll(
			questions.flatMap((question) => question.key.citations),
			lang,
			`lessons/${slug}/checks.yaml`
		)
	};
}

/** The props of the `step-checks` island: questions without their keys, in one language. */
export type StepChecksProps = {
	module: string;
	step: string;
	lang: Locale;
	/** the step's checks in the step's order, in the page language, without their keys */
	questions: Omit<Question, 'key'>[];
	/**
	 * the display order of what the learner picks or arranges, fixed per step so that the page
	 * drawn on the server and the island agree (an ordering question never starts in the right order)
	 */
	optionOrders: Record<string, string[]>;
	partOptionOrders: Record<string, Record<string, string[]>>;
	keysUrl: string;
};

/**
 * What the step page passes to `<Island name="step-checks" props={…} />`: the step's checks, in
 * `stepCheckIds`' order and the page language, without their keys. Throws naming the id when a
 * step names a check its module does not have.
 */
export function checksForStep(
	slug: string,
	stepCheckIds: readonly string[],
	lang: Locale,
	step = '',
	/** the module's checks (a test passes its own) */
	from: readonly Question[] = checksOf(slug)
): StepChecksProps {
	const all = new Map(from.map((question) => [question.view.id, question]));
	const questions = stepCheckIds.map((id) => {
		const question = all.get(id);
		if (!question) throw new Error(`lessons/${slug}: step "${step}": checks: "${id}" is not a question of lessons/${slug}/checks.yaml`);
		return questionIn(question, lang);
	});
	const quiz = { module: slug, passMark: 1, questions };
	const orders = createAttempt(quiz, hashString(`${slug}/${step}`, 0), { shuffleQuestions: false });
	return {
		module: slug,
		step,
		lang,
		questions: splitKeys(quiz).views.questions,
		optionOrders: orders.optionOrders,
		partOptionOrders: orders.partOptionOrders,
		keysUrl: checksKeysUrl(lang, slug)
	};
}
