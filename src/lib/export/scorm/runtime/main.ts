// The SCO's runtime (quiz.js): renders the quiz of index.html with plain DOM code, grades it with
// the site's own graders and credit rules (grade, summariseTrails: one grader per type, bundled
// in), and reports to the LMS. Hints cost credit as on the site (src/lib/quiz/credit.ts): each
// says its cost before it is opened, counts the first time it is, and the count is kept in
// suspend_data, so that a learner in an LMS cannot open every hint for free.
// Accessible without a framework: one fieldset per question with its legend, native radio
// buttons, checkboxes, text fields and selects, Move up / Move down buttons for ordering, a polite
// live region for moves and messages, focus moved to the results after grading.
// A finished attempt reopened by the LMS, or a review/preview launch, is shown read-only and sends
// nothing; connected to an LMS, a submission is final (the rule: lms.ts, README.md).
import { createAttempt, summariseTrails, type Attempt } from '../../../quiz/attempt';
import { ceilingOf, HINT_PENALTY, oneTry, type Credit, type Trail } from '../../../quiz/credit';
import { grade, keyInput } from '../../../quiz/grade';
import type { Choice, LearnerInput, Locale, Question, QuestionOf, QuestionView, Quiz } from '../../../quiz/types';
import { splitClozeText } from '../../../quiz/widgets/cloze/cloze-text';
import { labels, type Labels } from '../../labels';
import { citationText } from '../../sources';
import { quizOf, type ScoData } from '../data';
import { DATA_ELEMENT_ID, QUIZ_ROOT_ID } from '../page';
import { scoreReport } from '../score';
import { decodeState, encodeState, type ScoState } from '../suspend-data';
import { findApi, LmsSession } from './lms';

type Attributes = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

/** Children without the absent ones (DOM's append would write "null"). */
function present(children: Child[]): (Node | string)[] {
	return children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === false) continue;
		element.setAttribute(name, value === true ? '' : String(value));
	}
	element.append(...present(children));
	return element;
}

function randomSeed(): number {
	try {
		return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
	} catch {
		return Math.floor(Math.random() * 2 ** 32);
	}
}

/** `items` in the order of `ids` (unknown ids skipped), then the rest in their own order. */
function arrange<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
	const byId = new Map(items.map((item) => [item.id, item]));
	const result: T[] = [];
	for (const id of ids) {
		const item = byId.get(id);
		if (item && !result.includes(item)) result.push(item);
	}
	for (const item of items) if (!result.includes(item)) result.push(item);
	return result;
}

const domId = (...parts: string[]) => ['icc', ...parts].join('-').replace(/[^A-Za-z0-9_-]/g, '_');

type Widget = { element: HTMLFieldSetElement; result: HTMLElement; refresh: () => void; refreshHints: () => void };

class QuizApp {
	readonly data: ScoData;
	readonly lang: Locale;
	readonly text: Labels;
	readonly quiz: Quiz;
	readonly views: QuestionView[];
	readonly session: LmsSession;
	state: ScoState;
	attempt: Attempt;
	readonly root: HTMLElement;
	private readonly widgets = new Map<string, Widget>();
	private readonly live: HTMLElement;
	private readonly message: HTMLElement;
	private readonly results: HTMLElement;
	private readonly submitButton: HTMLButtonElement;
	private readonly afterButtons: HTMLElement;
	private confirmPending = false;
	/** answers cannot change (graded, or a review): hints opened now are not counted */
	private locked = false;
	/** ": " in English, " : " (no-break space) in French */
	private readonly colon: string;

	constructor(data: ScoData, root: HTMLElement, session: LmsSession) {
		this.data = data;
		this.lang = data.lang;
		this.text = labels[data.lang];
		this.colon = data.lang === 'fr' ? '\u00a0: ' : ': ';
		this.quiz = quizOf(data);
		this.views = this.quiz.questions.map((question) => question.view);
		this.root = root;
		this.session = session;
		const restored = decodeState(this.views, session.initialState);
		this.state = restored ?? { seed: randomSeed(), submitted: false, answers: {}, hints: {} };
		this.attempt = createAttempt(this.quiz, this.state.seed);

		const review = session.isReadOnly;
		const connection = review
			? el('p', { id: 'icc-lms-status', 'data-review': session.finishedBefore ? 'finished' : 'mode' }, session.finishedBefore ? this.text.reviewFinished : this.text.reviewOnly)
			: el('p', { class: 'muted', id: 'icc-lms-status' }, session.connected ? this.text.lmsConnected : this.text.lmsMissing);
		this.live = el('p', { class: 'sr-only', 'aria-live': 'polite', id: 'icc-live' });
		this.results = el('section', { id: 'icc-results', tabindex: -1, 'aria-labelledby': 'icc-results-title', hidden: true });
		this.message = el('p', { class: 'status', role: 'status', id: 'icc-message' });
		this.submitButton = el('button', { type: 'button', class: 'primary', id: 'icc-submit' }, this.text.submit);
		this.submitButton.addEventListener('click', () => this.submit());
		const tryAgain = el('button', { type: 'button', id: 'icc-try-again', hidden: !session.allowsRetry }, this.text.tryAgain);
		tryAgain.addEventListener('click', () => this.reopen());
		const finish = el('button', { type: 'button', id: 'icc-finish', hidden: !session.connected }, this.text.finish);
		finish.addEventListener('click', () => this.finish());
		// `hidden` on a wrapper: the stylesheet's `.actions { display: flex }` would override it on the row itself
		this.afterButtons = el('div', { hidden: true }, el('div', { class: 'actions' }, tryAgain, finish));

		// the rule, said before the first hint is opened (as the site says it before a quiz)
		const hintRule = !review && this.views.some((view) => view.hints.length > 0)
			? el('p', { class: 'muted', id: 'icc-hint-rule' }, this.text.hintRule(this.text.percent(HINT_PENALTY)))
			: null;
		root.append(...present([connection, hintRule, restored && !review ? el('p', { class: 'muted', id: 'icc-resumed' }, this.text.resumed) : null, this.results]));
		const byId = new Map(this.quiz.questions.map((question) => [question.view.id, question]));
		const order = this.attempt.questionOrder.filter((id) => byId.has(id));
		order.forEach((id, index) => {
			const question = byId.get(id);
			if (!question) return;
			const widget = this.renderQuestion(question, index + 1, order.length);
			this.widgets.set(id, widget);
			root.append(widget.element);
		});
		root.append(el('div', { hidden: review }, el('div', { class: 'actions' }, this.submitButton)), this.message, this.afterButtons, this.live);
		if (review) root.dataset.review = 'true';
		if (this.state.submitted) this.showResults(false);
		else if (review) this.setLocked(true);
	}

	// ——— state ———

	private encoded(): string {
		return encodeState(this.views, this.state);
	}

	private setAnswer(id: string, input: LearnerInput): void {
		if (this.session.isReadOnly) return; // the controls are disabled; this is the second lock
		this.state.answers[id] = input;
		this.confirmPending = false;
		this.message.textContent = '';
		this.session.saveState(this.encoded());
	}

	private answer(id: string): LearnerInput | undefined {
		return Object.hasOwn(this.state.answers, id) ? this.state.answers[id] : undefined;
	}

	private hintsOpened(id: string): number {
		return (Object.hasOwn(this.state.hints, id) ? this.state.hints[id] : 0) ?? 0;
	}

	/** What the submission is graded from: each answered question's one try, with its hints. */
	private trails(): Record<string, Trail> {
		const trails: Record<string, Trail> = {};
		for (const [id, input] of Object.entries(this.state.answers)) trails[id] = oneTry(input, this.hintsOpened(id));
		return trails;
	}

	// ——— rendering ———

	private legend(question: Question, n: number, total: number): HTMLLegendElement {
		const number = this.text.questionOf(n, total) + (question.view.scenario ? ` · ${this.text.scenario}` : '');
		return el('legend', {}, el('span', { class: 'q-num' }, number), el('span', { class: 'q-prompt' }, question.view.prompt[this.lang]));
	}

	/**
	 * The question's hints, as <details>. While the quiz can be answered they open in order, one
	 * at a time (so that a count says which are open on resume), and each one not yet opened says
	 * what the question is then worth at most; its first opening counts, closing it does not give
	 * the credit back. Once answers are locked (graded: the key is shown; or a review) they are all
	 * free to read and nothing is counted.
	 */
	private hints(question: Question): { elements: HTMLElement[]; refresh: () => void } {
		const { id, hints } = question.view;
		const summaries = hints.map(() => el('summary', {}));
		const refresh = () => {
			const opened = this.hintsOpened(id);
			elements.forEach((details, index) => {
				details.hidden = !this.locked && index > opened;
				if (index < opened) details.open = true;
				else if (!this.locked) details.open = false; // opened free after grading, then "Change my answers"
				const summary = summaries[index];
				if (summary) {
					summary.textContent = index < opened || this.locked
						? this.text.hint(index + 1, hints.length)
						: // hints open in order: opening this one makes index + 1 (= opened + 1 for the one offered)
							this.text.hintCost(index + 1, hints.length, this.text.percent(ceilingOf(question, 0, index + 1)));
				}
			});
		};
		const elements = hints.map((hint, index) => {
			const details = el('details', { class: 'q-hint', 'data-hint': index + 1 }, summaries[index], el('p', {}, hint[this.lang]));
			details.addEventListener('toggle', () => {
				if (!details.open || this.locked || this.session.isReadOnly || index !== this.hintsOpened(id)) return;
				this.state.hints[id] = index + 1;
				this.session.saveState(this.encoded());
				refresh();
			});
			return details;
		});
		return { elements, refresh };
	}

	private renderQuestion(question: Question, n: number, total: number): Widget {
		const id = question.view.id;
		const helpId = domId(id, 'help');
		const fieldset = el('fieldset', { class: 'q', id: domId('q', id), 'data-question-id': id, 'data-type': question.type });
		const result = el('div', { class: 'q-result', hidden: true, id: domId(id, 'result') });
		const help = (textContent: string) => {
			fieldset.setAttribute('aria-describedby', helpId);
			return el('p', { class: 'q-help', id: helpId }, textContent);
		};
		let body: Node[] = [];
		let refresh = () => {};
		switch (question.type) {
			case 'single':
			case 'multiple': {
				const multiple = question.type === 'multiple';
				const order = arrange(question.view.options, this.attempt.optionOrders[id] ?? []);
				const inputs = order.map((option) =>
					el('input', { type: multiple ? 'checkbox' : 'radio', name: domId('q', id), value: option.id, id: domId(id, option.id) })
				);
				const sync = () => {
					const current = this.answer(id);
					for (const input of inputs) {
						input.checked = multiple ? Array.isArray(current) && current.includes(input.value) : current === input.value;
					}
				};
				for (const input of inputs) {
					input.addEventListener('change', () => {
						if (multiple) this.setAnswer(id, inputs.filter((entry) => entry.checked).map((entry) => entry.value));
						else if (input.checked) this.setAnswer(id, input.value);
					});
				}
				body = [
					help(multiple ? this.text.selectAll : this.text.selectOne),
					el('ul', { class: 'q-options' }, ...order.map((option, index) => el('li', {}, el('label', {}, inputs[index] ?? null, el('span', {}, option.label[this.lang]))))
					)
				];
				refresh = sync;
				break;
			}
			case 'truefalse': {
				const inputs = (['true', 'false'] as const).map((value) =>
					el('input', { type: 'radio', name: domId('q', id), value, id: domId(id, value) })
				);
				for (const input of inputs) {
					input.addEventListener('change', () => {
						if (input.checked) this.setAnswer(id, input.value === 'true');
					});
				}
				refresh = () => {
					const current = this.answer(id);
					for (const input of inputs) input.checked = typeof current === 'boolean' && String(current) === input.value;
				};
				body = [
					help(this.text.selectOne),
					el(
						'ul',
						{ class: 'q-options' },
						el('li', {}, el('label', {}, inputs[0] ?? null, el('span', {}, this.text.true))),
						el('li', {}, el('label', {}, inputs[1] ?? null, el('span', {}, this.text.false)))
					)
				];
				break;
			}
			case 'short':
			case 'numeric': {
				const inputId = domId(id, 'input');
				const unit = question.type === 'numeric' && question.view.unit ? question.view.unit[this.lang] : '';
				const placeholder = question.type === 'short' && question.view.placeholder ? question.view.placeholder[this.lang] : undefined;
				const input = el('input', {
					type: 'text',
					id: inputId,
					autocomplete: 'off',
					spellcheck: 'false',
					inputmode: question.type === 'numeric' ? 'decimal' : undefined,
					placeholder,
					'aria-describedby': unit ? domId(id, 'unit') : undefined
				});
				input.addEventListener('input', () => this.setAnswer(id, input.value));
				refresh = () => {
					const current = this.answer(id);
					input.value = typeof current === 'string' ? current : '';
				};
				body = [
					el(
						'p',
						{},
						el('label', { for: inputId }, question.type === 'numeric' ? this.text.yourNumber : this.text.yourAnswer),
						' ',
						input,
						unit ? el('span', { id: domId(id, 'unit') }, ` ${unit}`) : null
					)
				];
				break;
			}
			case 'ordering': {
				const list = el('ol', { class: 'q-ordering' });
				const render = (focus?: { item: string; direction: 'up' | 'down' }) => {
					const current = this.answer(id);
					const start = this.attempt.optionOrders[id] ?? question.view.items.map((item) => item.id);
					const items = arrange(question.view.items, [...(Array.isArray(current) ? (current as string[]) : []), ...start]);
					list.replaceChildren(
						...items.map((item, index) => {
							const label = item.label[this.lang];
							const up = el('button', { type: 'button', class: 'q-move', 'data-move': 'up', 'aria-label': this.text.moveUp(label), disabled: index === 0 }, '↑');
							const down = el('button', { type: 'button', class: 'q-move', 'data-move': 'down', 'aria-label': this.text.moveDown(label), disabled: index === items.length - 1 }, '↓');
							up.addEventListener('click', () => move(items, index, -1));
							down.addEventListener('click', () => move(items, index, 1));
							return el('li', { 'data-item-id': item.id }, el('span', { class: 'q-pos', 'aria-hidden': 'true' }, `${index + 1}.`), el('span', { class: 'q-item' }, label), up, down);
						})
					);
					if (focus) {
						const row = list.querySelector<HTMLElement>(`li[data-item-id="${CSS.escape(focus.item)}"]`);
						const same = row?.querySelector<HTMLButtonElement>(`button[data-move="${focus.direction}"]`);
						const other = row?.querySelector<HTMLButtonElement>(`button[data-move="${focus.direction === 'up' ? 'down' : 'up'}"]`);
						(same && !same.disabled ? same : other)?.focus();
					}
				};
				const move = (items: Choice[], index: number, step: -1 | 1) => {
					const target = index + step;
					const moved = items[index];
					if (!moved || target < 0 || target >= items.length || this.state.submitted) return;
					const ids = items.map((item) => item.id);
					[ids[index], ids[target]] = [ids[target] as string, ids[index] as string];
					this.setAnswer(id, ids);
					this.live.textContent = `${moved.label[this.lang]}, ${this.text.position(target + 1)}`;
					render({ item: moved.id, direction: step < 0 ? 'up' : 'down' });
				};
				refresh = () => render();
				body = [help(this.text.orderingHelp), list];
				break;
			}
			case 'matching': {
				const targets = arrange(question.view.targets, this.attempt.optionOrders[id] ?? []);
				const selects = question.view.items.map((item) => {
					const select = el(
						'select',
						{ id: domId(id, item.id), 'data-item-id': item.id },
						el('option', { value: '' }, this.text.choose),
						...targets.map((target) => el('option', { value: target.id }, target.label[this.lang]))
					);
					select.addEventListener('change', () => this.setAnswer(id, this.selected(question, selects)));
					return { item, select };
				});
				refresh = () => {
					const current = this.answer(id) as Record<string, string | null> | undefined;
					for (const { item, select } of selects) select.value = current?.[item.id] ?? '';
				};
				body = [
					help(this.text.matchingHelp),
					...selects.map(({ item, select }) =>
						el('div', { class: 'q-pair' }, el('label', { for: select.id }, item.label[this.lang]), select)
					)
				];
				break;
			}
			case 'cloze': {
				const blanks = new Map(question.view.blanks.map((blank, index) => [blank.id, { blank, index }]));
				const selects: { id: string; select: HTMLSelectElement }[] = [];
				const paragraph = el('p', { class: 'q-cloze' });
				for (const segment of splitClozeText(question.view.text[this.lang])) {
					if (segment.kind === 'text') {
						paragraph.append(segment.text);
						continue;
					}
					const entry = blanks.get(segment.id);
					if (!entry) continue;
					const options = arrange(entry.blank.options, this.attempt.blankOptionOrders[id]?.[entry.blank.id] ?? []);
					const select = el(
						'select',
						{ id: domId(id, entry.blank.id), 'data-blank-id': entry.blank.id, 'aria-label': this.text.blank(entry.index + 1) },
						el('option', { value: '' }, this.text.choose),
						...options.map((option) => el('option', { value: option.id }, option.label[this.lang]))
					);
					select.addEventListener('change', () =>
						this.setAnswer(id, Object.fromEntries(selects.map((entry) => [entry.id, entry.select.value || null])))
					);
					selects.push({ id: entry.blank.id, select });
					paragraph.append(select);
				}
				refresh = () => {
					const current = this.answer(id) as Record<string, string | null> | undefined;
					for (const { id: blank, select } of selects) select.value = current?.[blank] ?? '';
				};
				body = [help(this.text.clozeHelp), paragraph];
				break;
			}
		}
		const hints = this.hints(question);
		fieldset.append(this.legend(question, n, total), ...body, ...hints.elements, result);
		refresh();
		hints.refresh();
		return { element: fieldset, result, refresh, refreshHints: hints.refresh };
	}

	private selected(question: QuestionOf<'matching'>, selects: { item: Choice; select: HTMLSelectElement }[]): Record<string, string | null> {
		return Object.fromEntries(question.view.items.map((item) => [item.id, selects.find((entry) => entry.item.id === item.id)?.select.value || null]));
	}

	// ——— answers in words ———

	private labelOf(choices: Choice[], id: unknown): string {
		return choices.find((choice) => choice.id === id)?.label[this.lang] ?? '—';
	}

	describe(question: Question, input: LearnerInput | undefined): string {
		const none = this.text.noAnswer;
		if (input === undefined || input === null) return none;
		switch (question.type) {
			case 'single':
				return typeof input === 'string' ? this.labelOf(question.view.options, input) : none;
			case 'multiple':
				return Array.isArray(input) && input.length > 0 ? input.map((id) => this.labelOf(question.view.options, id)).join(' ; ') : none;
			case 'truefalse':
				return typeof input === 'boolean' ? (input ? this.text.true : this.text.false) : none;
			case 'short':
			case 'numeric': {
				const unit = question.type === 'numeric' && question.view.unit ? ` ${question.view.unit[this.lang]}` : '';
				return typeof input === 'string' && input.trim() !== '' ? `${input.trim()}${unit}` : none;
			}
			case 'ordering':
				return Array.isArray(input) && input.length > 0
					? input.map((id, index) => `${index + 1}. ${this.labelOf(question.view.items, id)}`).join(' ; ')
					: none;
			case 'matching': {
				const pairs = input as Record<string, string | null>;
				return question.view.items.map((item) => `${item.label[this.lang]} → ${pairs[item.id] ? this.labelOf(question.view.targets, pairs[item.id]) : '—'}`).join(' ; ');
			}
			case 'cloze': {
				const pairs = input as Record<string, string | null>;
				return question.view.blanks
					.map((blank, index) => `${this.text.blank(index + 1)}${this.colon}${pairs[blank.id] ? this.labelOf(blank.options, pairs[blank.id]) : '—'}`)
					.join(' ; ');
			}
		}
	}

	private expected(question: Question): string {
		if (question.type === 'short') {
			const other: Locale = this.lang === 'fr' ? 'en' : 'fr';
			return question.key.accepted[this.lang][0] ?? question.key.accepted[other][0] ?? '';
		}
		return this.describe(question, keyInput(question, this.lang));
	}

	private optionFeedback(question: Question, input: LearnerInput | undefined): string[] {
		if (question.type === 'single' || question.type === 'multiple') {
			const chosen = question.type === 'single' ? (typeof input === 'string' ? [input] : []) : Array.isArray(input) ? (input as string[]) : [];
			return chosen.flatMap((id) => {
				const feedback = question.key.feedback[id]?.[this.lang];
				return feedback ? [`${this.labelOf(question.view.options, id)} — ${feedback}`] : [];
			});
		}
		if (question.type === 'truefalse' && typeof input === 'boolean') {
			return [question.key.feedback[String(input) as 'true' | 'false'][this.lang]];
		}
		return [];
	}

	// ——— grading ———

	private incompleteCount(): number {
		return this.quiz.questions.filter((question) => {
			const input = this.answer(question.view.id);
			return input === undefined || grade(question, input).kind === 'invalid';
		}).length;
	}

	submit(): void {
		if (this.session.isFinished || this.session.isReadOnly || (this.state.submitted && !this.session.allowsRetry)) return;
		const incomplete = this.incompleteCount();
		if (incomplete > 0 && !this.confirmPending) {
			this.confirmPending = true;
			this.message.textContent = this.text.unansweredConfirm(incomplete);
			return;
		}
		this.confirmPending = false;
		this.message.textContent = '';
		this.state.submitted = true;
		this.showResults(true);
	}

	private showResults(report: boolean): void {
		// graded as on the site: the hints opened cost credit (credit.ts)
		const summary = summariseTrails(this.quiz, this.trails());
		const score = scoreReport(summary);
		const sent = report ? this.session.report(score, this.encoded()) : false;
		const passMark = this.text.percent(this.data.passMark);
		this.results.replaceChildren(...present([
			el('h3', { id: 'icc-results-title' }, this.text.results),
			el('p', { id: 'icc-score', 'data-raw': score.raw }, this.text.score(this.text.percent(summary.earned / Math.max(1, summary.total)))),
			el('p', { id: 'icc-verdict', 'data-status': score.status, class: summary.passed ? 'mark-ok' : 'mark-ko' }, summary.passed ? this.text.passed(passMark) : this.text.failed(passMark)),
			sent ? el('p', { class: 'muted' }, this.text.lmsSaved) : null,
			report && !this.session.allowsRetry ? el('p', { id: 'icc-final' }, this.text.lmsFinal) : null
		]));
		this.results.hidden = false;
		for (const question of this.quiz.questions) {
			const credit = summary.credits[question.view.id];
			if (credit) this.showQuestionResult(question, credit);
		}
		this.setLocked(true);
		// a review has nothing to do after the results: no "Change my answers", no "Save and exit"
		this.afterButtons.hidden = this.session.isReadOnly;
		this.root.dataset.submitted = 'true';
		if (report) this.results.focus();
	}

	private showQuestionResult(question: Question, credit: Credit): void {
		const widget = this.widgets.get(question.view.id);
		if (!widget) return;
		const input = this.answer(question.view.id);
		// the verdict is the answer's (0 when incomplete); what it earns after the hints is said below
		const score = credit.score;
		const verdict = score === 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect';
		const mark = score === 1 ? this.text.correct : score > 0 ? this.text.partial(this.text.percent(score)) : this.text.incorrect;
		const lowered = credit.hints > 0 && credit.credit < score;
		widget.element.dataset.result = verdict;
		const feedback = this.optionFeedback(question, input);
		const citations = question.key.citations.map((citation) => {
			const cite = citationText(citation, this.lang, this.data.sources);
			return el(
				'blockquote',
				{},
				el('p', { lang: cite.quoteLang && cite.quoteLang !== this.lang ? cite.quoteLang : undefined }, cite.quote),
				cite.translation ? el('p', { class: 'translation' }, `${this.text.ourTranslation}${this.colon}${cite.translation}`) : null,
				el('p', { class: 'muted' }, `— ${cite.attribution}`)
			);
		});
		widget.result.replaceChildren(...present([
			el('p', {}, el('strong', { class: score === 1 ? 'mark-ok' : 'mark-ko', 'data-verdict': verdict }, mark)),
			lowered ? el('p', { class: 'q-hint-cost', 'data-credit': credit.credit }, this.text.hintsLowered(credit.hints, this.text.percent(credit.credit))) : null,
			el('p', {}, `${this.text.yourAnswer}${this.colon}${this.describe(question, input)}`),
			score === 1 ? null : el('p', {}, `${this.text.expected}${this.colon}${this.expected(question)}`),
			feedback.length > 0 ? el('ul', {}, ...feedback.map((entry) => el('li', {}, entry))) : null,
			el('p', {}, el('strong', {}, `${this.text.explanation}${this.colon}`), question.key.explanation[this.lang]),
			citations.length > 0 ? el('details', {}, el('summary', {}, this.text.sources), ...citations) : null
		]));
		widget.result.hidden = false;
	}

	private setLocked(locked: boolean): void {
		this.locked = locked;
		for (const widget of this.widgets.values()) {
			widget.element.disabled = locked;
			widget.refreshHints();
		}
		this.submitButton.disabled = locked;
	}

	/**
	 * "Change my answers": the answers stay, the marks go. Only without an LMS (allowsRetry): in an
	 * LMS a second submission would overwrite the recorded score of an attempt already graded.
	 */
	reopen(): void {
		if (this.session.isFinished || !this.session.allowsRetry) return;
		this.state.submitted = false;
		this.session.saveState(this.encoded());
		for (const widget of this.widgets.values()) {
			widget.result.hidden = true;
			widget.result.replaceChildren();
			delete widget.element.dataset.result;
		}
		this.results.hidden = true;
		this.afterButtons.hidden = true;
		delete this.root.dataset.submitted;
		this.setLocked(false);
		this.widgets.values().next().value?.element.querySelector<HTMLElement>('input, select, button')?.focus();
	}

	finish(): void {
		this.session.finish(this.encoded());
		this.setLocked(true);
		for (const button of this.afterButtons.querySelectorAll('button')) button.disabled = true;
		this.message.textContent = this.text.finished;
	}

	/** The page is going away (LMS closes the frame, learner leaves): close the session. */
	leave(): void {
		this.session.finish(this.encoded());
	}
}

/** Starts the runtime on the page: reads the data, opens the LMS session, renders the quiz. */
export function boot(): QuizApp | null {
	const dataElement = document.getElementById(DATA_ELEMENT_ID);
	const root = document.getElementById(QUIZ_ROOT_ID);
	if (!dataElement || !root) return null;
	const data = JSON.parse(dataElement.textContent ?? '{}') as ScoData;
	const session = new LmsSession(findApi(window));
	const views = data.questions.map((question) => question.view);
	session.start((saved) => decodeState(views, saved)?.submitted === true);
	const app = new QuizApp(data, root, session);
	const leave = () => app.leave();
	window.addEventListener('pagehide', leave);
	window.addEventListener('unload', leave);
	return app;
}

if (typeof document !== 'undefined') {
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => boot());
	else boot();
}
