// Time to first answer (issue 27), part of `npm run bench:web` (bench/README.md): how soon a
// learner can answer, and how soon the answer is graded, on the built site and on a hand-written
// page of the same questions (native radios, an inline script: the limit a page can reach), in
// the same run, interleaved, under the same throttling. A benchmark: it reports, it never fails on
// a missed target.
//
// What a "learner" does here (Playwright, trusted clicks as a finger would give, each as soon as
// the page allows it, found by polling at every frame):
//   quiz: answer question 1 (drawn on the server: no Start), Check, then Continue, answer, Check
//   for a few questions more;
//   step: bring the step's check into view, answer it, Check.
// Figures, from navigation start (performance.now() in the page):
//   - time to first answer: the first question's control is chosen and shown chosen. On the site
//     that may be before its island has started: what is ticked then is given to the island when
//     it starts (src/lib/islands/hydrate-islands.ts, tests/e2e/answer-early.e2e.ts); each run
//     checks that the answer is still there once graded, or counts as failed ("answer lost");
//   - first paint (FCP), to tell what the page takes to be shown from what it takes, once shown, to
//     be answered;
//   - first feedback: the first verdict drawn (one frame after it is in the page);
//   - answer → feedback: from the Check click's event time to its verdict drawn, every question;
//   - verdict painted: the same span, ended by the verdict's own paint (Element Timing's
//     renderTime) rather than by a frame and a task after it: what "drawn" above adds (polling at
//     a frame, a round trip to the page, a frame and a task queued behind whatever the page queued
//     after its paint) is left out. Reported, no target: it tells the page's share from the
//     instrument's;
//   - INP: the longest Event Timing duration of a real interaction (interactionId) in the run;
//   - page errors.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The throttling of issue 27's measurement: 4× CPU, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up. */
export const ANSWER_THROTTLING = { cpu: 4, latencyMs: 150, downKbps: 1600, upKbps: 750 };
export const ANSWER_TARGETS = { firstAnswerRatio: 1.25, feedbackP90Ms: 100, feedbackP90Ratio: 1.25, interactionMs: 200 };
/** How many questions after the first are answered and checked in a quiz run. */
const MORE_QUESTIONS = 4;
const STEP_TIMEOUT = 60_000;

// The buttons and headings a learner reads, as the site says them (messages/*.json): the same words
// drive the site's page and write the hand-written one, so a change of wording changes both.
const WORDS = Object.fromEntries(
	['fr', 'en'].map((lang) => {
		const m = JSON.parse(fs.readFileSync(path.join(ROOT, 'messages', `${lang}.json`), 'utf8'));
		return [lang, { start: m.quiz_start, check: m.quiz_check, next: m.quiz_next, continue: m.quiz_continue, correct: m.quiz_correct, wrong: m.quiz_incorrect, question: m.quiz_progress }];
	})
);

/**
 * The page kinds measured (as in bench-web.mjs's KINDS), and what their hand-written page is made
 * of: the quiz's single-choice questions; for a step, the step's own built page (same text, same
 * CSS) with every script taken out and its checks graded by an inline script.
 */
export const ANSWER_KINDS = {
	quiz: { flow: 'quiz', questions: (lang) => `/${lang}/modules/01-jurisdiction/quiz/` },
	step: { flow: 'step', page: (lang) => `/${lang}/modules/01-jurisdiction/warrants/`, keys: (lang) => `/${lang}/modules/01-jurisdiction/checks.json` }
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A hand-written page of `count` single-choice questions of the quiz (its views.json and keys.json
 * in the build), one shown at a time like the site's, native radios, graded by an inline script:
 * written into `dir` (with its .br, as the build's pages) and its URL path returned.
 */
export function writePeerPage(dir, lang, quizPath, count) {
	const read = (file) => JSON.parse(fs.readFileSync(path.join(dir, quizPath, file), 'utf8'));
	const views = read('views.json');
	const { keys } = read('keys.json');
	const text = (t) => (typeof t === 'string' ? t : (t?.[lang] ?? Object.values(t ?? {})[0] ?? ''));
	const questions = views.questions.filter((q) => q.type === 'single' && keys[q.view.id]?.answer).slice(0, count);
	if (!questions.length) throw new Error(`${quizPath}: no single-choice question for the hand-written page`);
	const w = WORDS[lang];
	const sections = questions.map((q, i) => {
		const heading = w.question.replace('{n}', String(i + 1)).replace('{total}', String(questions.length));
		const options = q.view.options.map((o) => `<label><input type="radio" name="q${i}" value="${esc(o.id)}"> ${esc(text(o.label))}</label>`).join('');
		return `<section class="question" data-index="${i}"${i ? ' hidden' : ''}><h2>${esc(heading)}</h2><fieldset><legend>${esc(text(q.view.prompt))}</legend>${options}</fieldset><button type="button" data-check>${esc(w.check)}</button><div data-feedback></div>${i + 1 < questions.length ? `<button type="button" data-next hidden>${esc(w.next)}</button>` : ''}</section>`;
	});
	const key = questions.map((q) => ({ answer: keys[q.view.id].answer, explanation: text(keys[q.view.id].explanation) }));
	const script = `const key=${JSON.stringify(key).replace(/</g, '\\u003c')};document.addEventListener('click',function(e){var b=e.target.closest('button');if(!b)return;var s=b.closest('section');var i=+s.dataset.index;if(b.hasAttribute('data-check')){var c=s.querySelector('input:checked');if(!c)return;var ok=c.value===key[i].answer;s.querySelector('[data-feedback]').innerHTML='<h3 class="verdict">'+(ok?${JSON.stringify(w.correct)}:${JSON.stringify(w.wrong)})+'</h3><p></p>';s.querySelector('[data-feedback] p').textContent=key[i].explanation;var n=s.querySelector('[data-next]');if(n)n.hidden=false;}else if(b.hasAttribute('data-next')){s.hidden=true;s.nextElementSibling.hidden=false;s.nextElementSibling.querySelector('h2').focus();}});`;
	const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Quiz</title><style>body{font:1rem/1.5 system-ui,sans-serif;margin:1rem auto;max-width:40rem;padding:0 1rem}fieldset{border:1px solid #888;border-radius:.4rem}label{display:block;padding:.5rem 0}button{font:inherit;padding:.6rem 1.2rem;margin:.5rem .5rem 0 0}.verdict{margin:.5rem 0}</style></head><body><main><h1>Quiz</h1>${sections.join('')}</main><script>${script}</script></body></html>`;
	const urlPath = `/__peer/${lang}-${path.basename(quizPath)}/`;
	const file = path.join(dir, urlPath, 'index.html');
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, html);
	fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
	return urlPath;
}

/** The step's page without its scripts, its checks graded inline (see ANSWER_KINDS). */
export function writeStepPeer(dir, lang, pagePath, keysPath) {
	const read = (p) => fs.readFileSync(path.join(dir, p), 'utf8');
	const { keys } = JSON.parse(read(keysPath));
	const w = WORDS[lang];
	const answers = Object.fromEntries(Object.entries(keys).map(([id, key]) => [id, key.answer]));
	const script = `const key=${JSON.stringify(answers).replace(/</g, '\\u003c')};document.addEventListener('click',function(e){var b=e.target.closest('button');var c=b&&b.closest('.check');if(!c||b.textContent.trim()!==${JSON.stringify(w.check)})return;var x=c.querySelector('input:checked');if(!x)return;var ok=String(key[c.dataset.questionId])===x.value;var h=document.createElement('h3');h.className='verdict';h.textContent=ok?${JSON.stringify(w.correct)}:${JSON.stringify(w.wrong)};c.appendChild(h);});`;
	const html = read(path.join(pagePath, 'index.html'))
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
		// the site's CSP allows its own scripts by their hashes: the inline grader is not one of them
		.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '')
		.replace(/<link rel="modulepreload"[^>]*>/g, '')
		.replace(/ data-island="[^"]*"/g, '')
		.replace(/ disabled(="")?/g, '')
		.replace('</body>', `<script>${script}</script></body>`);
	const urlPath = `/__peer/${lang}-${path.basename(pagePath)}/`;
	const file = path.join(dir, urlPath, 'index.html');
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, html);
	fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
	return urlPath;
}

/** The hand-written pages of every (lang, kind), written into `dir` before it is served. */
export function writePeerPages(dir, kinds, langs) {
	const peers = {};
	for (const lang of langs) {
		for (const kind of kinds.filter((k) => k in ANSWER_KINDS)) {
			const spec = ANSWER_KINDS[kind];
			peers[`${lang}:${kind}`] = spec.flow === 'quiz' ? writePeerPage(dir, lang, spec.questions(lang), MORE_QUESTIONS + 1) : writeStepPeer(dir, lang, spec.page(lang), spec.keys(lang));
		}
	}
	return peers;
}

// ——— one run ———

const INIT = () => {
	window.__inp = 0;
	window.__clickAt = 0;
	addEventListener('click', (event) => (window.__clickAt = event.timeStamp), true);
	// every verdict gets an `elementtiming` attribute as it is put in the page (a mutation observer
	// runs before the page is next painted), so that its first paint is reported; observed from the
	// end of parsing on (no verdict comes before), so as not to weigh on the page's loading
	window.__verdictPaints = [];
	const marker = new MutationObserver((records) => {
		for (const record of records) {
			for (const node of record.addedNodes) {
				if (node.nodeType !== 1) continue;
				for (const verdict of [node, ...node.querySelectorAll('.verdict')]) if (verdict.matches('.verdict')) verdict.setAttribute('elementtiming', 'verdict');
			}
		}
	});
	addEventListener('DOMContentLoaded', () => marker.observe(document, { childList: true, subtree: true }), { once: true });
	try {
		new PerformanceObserver((list) => {
			// an element no longer in the page (the site's rehearsal copy) is not the learner's verdict
			for (const entry of list.getEntries()) if (entry.identifier === 'verdict' && entry.element?.isConnected) window.__verdictPaints.push(entry.renderTime || entry.loadTime);
		}).observe({ type: 'element', buffered: true });
	} catch {
		/* no Element Timing: verdict paint not measured */
	}
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) if (entry.interactionId) window.__inp = Math.max(window.__inp, entry.duration);
		}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	} catch {
		/* no Event Timing: INP not measured */
	}
};

/** Waits (polling at every frame) until `fn` returns something truthy in the page; returns it. */
const debug = process.env.BENCH_DEBUG ? (...a) => console.error('[answer]', ...a) : () => {};

async function until(page, fn, arg) {
	debug('until', String(fn).slice(0, 80).replace(/\s+/g, ' '), JSON.stringify(arg?.filter?.((a) => typeof a === 'string') ?? arg));
	const handle = await page.waitForFunction(fn, arg, { polling: 'raf', timeout: STEP_TIMEOUT });
	return handle;
}

const afterPaint = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));

/**
 * Gives the question in `scope` (a selector) a complete answer, as soon as its controls can be
 * used: the first option of each group of radios (a case has one per decision), the first box,
 * "999" in each field, the second choice of each list; an ordering question is answered by the order
 * shown. Returns the time at which the page shows it chosen, and the controls chosen.
 */
async function answer(page, scope) {
	const area = await until(
		page,
		([scope]) => {
			const area = document.querySelector(scope);
			if (!area) return false;
			const usable = area.querySelectorAll('input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)');
			const ordering = area.getAttribute('data-type') === 'ordering' || area.querySelector('[data-type="ordering"]');
			return usable.length || ordering ? area : false;
		},
		[scope]
	);
	const controls = await area.asElement().evaluateHandle((area) => {
		const picked = [];
		const groups = new Set();
		for (const input of area.querySelectorAll('input[type="radio"]:not(:disabled)')) {
			if (groups.has(input.name)) continue;
			groups.add(input.name);
			picked.push(input);
		}
		if (!picked.length) {
			const box = area.querySelector('input[type="checkbox"]:not(:disabled)');
			if (box) picked.push(box);
		}
		picked.push(...area.querySelectorAll('input:not([type]):not(:disabled), input[type="text"]:not(:disabled), input[type="search"]:not(:disabled), textarea:not(:disabled), select:not(:disabled)'));
		return picked;
	});
	const elements = [];
	for (const property of (await controls.getProperties()).values()) if (property.asElement()) elements.push(property.asElement());
	// brought to the middle of the screen first, as a learner scrolls to what they answer: on a phone
	// the site's question 1 starts lower than the hand-written page's (header, title, the quiz's
	// fold), and Playwright's own scrolling would leave a control under the quiz's sticky bar and
	// retry for half a second — the same step on both pages
	await elements[0]?.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	for (const element of elements) {
		const tag = await element.evaluate((el) => (el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase()));
		if (tag === 'select') await element.selectOption({ index: 1 });
		else if (tag === 'radio' || tag === 'checkbox') await element.click();
		else await element.fill('999');
	}
	const taken = await until(page, (els) => (els.every((el) => (el.matches('input[type="radio"], input[type="checkbox"]') ? el.checked : true)) ? performance.now() : false), elements);
	return { at: await taken.jsonValue(), elements };
}

/** Throws if an answer given (`answer`'s elements) is no longer chosen: it was lost, not kept. */
async function stillChosen(given) {
	for (const element of given.elements) {
		const kept = await element.evaluate((el) => (el.matches('input[type="radio"], input[type="checkbox"]') ? el.isConnected && el.checked : true));
		if (!kept) throw new Error('answer lost: the first answer was no longer chosen once graded');
	}
}

/** Presses the button named `name` in `scope` as soon as it is enabled. */
async function press(page, scope, name) {
	const button = await until(
		page,
		([scope, name]) => [...(document.querySelector(scope)?.querySelectorAll('button') ?? [])].find((b) => {
				const text = b.textContent.trim();
				return (text === name || text.startsWith(`${name} `)) && !b.disabled && !b.hidden && b.offsetParent !== null;
			}) ?? false,
		[scope, name]
	);
	await button.asElement().click();
}

/**
 * Check, then the verdict drawn: returns [event time of the click, time of the frame after the
 * verdict, time the verdict was painted (Element Timing; null without it)].
 */
async function checkAndFeedback(page, scope, name) {
	const [before, paintsBefore] = await page.evaluate(([scope]) => [document.querySelectorAll(`${scope} .verdict`).length, window.__verdictPaints.length], [scope]);
	await press(page, scope, name);
	await until(page, ([scope, before]) => document.querySelectorAll(`${scope} .verdict`).length > before, [scope, before]);
	const drawn = await afterPaint(page);
	const clicked = await page.evaluate(() => window.__clickAt);
	const painted = await page.evaluate(
		([count]) =>
			new Promise((resolve) => {
				const until = performance.now() + 1000;
				const look = () => (window.__verdictPaints.length > count ? resolve(window.__verdictPaints[count]) : performance.now() > until ? resolve(null) : setTimeout(look, 20));
				look();
			}),
		[paintsBefore]
	);
	return [clicked, drawn, painted];
}

export async function runOnce(browser, origin, url, flow, lang, isPeer) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block', locale: lang });
	try {
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const t = ANSWER_THROTTLING;
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: t.latencyMs, downloadThroughput: (t.downKbps * 1000) / 8, uploadThroughput: (t.upKbps * 1000) / 8 });
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: t.cpu });
		await page.addInitScript(INIT);
		await page.goto(origin + url, { waitUntil: 'commit' });
		const w = WORDS[lang];
		const feedbacks = [];
		const paints = [];
		/** the span of one Check: click → verdict drawn, and click → verdict painted */
		const span = ([clicked, drawn, painted]) => {
			feedbacks.push(drawn - clicked);
			if (painted != null) paints.push(painted - clicked);
		};
		let firstAnswer;
		let firstFeedback;
		if (isPeer && flow === 'step') {
			await until(page, () => document.querySelector('.checks') ?? false);
			await page.evaluate(() => document.querySelector('.checks')?.scrollIntoView());
			firstAnswer = (await answer(page, '.step-checks .check')).at;
			const checked = await checkAndFeedback(page, '.step-checks .check', w.check);
			firstFeedback = checked[1];
			span(checked);
		} else if (isPeer) {
			firstAnswer = (await answer(page, 'main section:not([hidden])')).at;
			const checked = await checkAndFeedback(page, 'main section:not([hidden])', w.check);
			firstFeedback = checked[1];
			span(checked);
			if (flow === 'quiz') {
				for (let i = 0; i < MORE_QUESTIONS; i++) {
					await press(page, 'main section:not([hidden])', w.next);
					await answer(page, 'main section:not([hidden])');
					span(await checkAndFeedback(page, 'main section:not([hidden])', w.check));
				}
			}
		} else if (flow === 'quiz') {
			// question 1 is on the page as it arrives: answered at once, Check once the quiz can grade
			const given = await answer(page, '.quiz .question');
			firstAnswer = given.at;
			const checked = await checkAndFeedback(page, '.quiz', w.check);
			firstFeedback = checked[1];
			span(checked);
			await stillChosen(given);
			for (let i = 0; i < MORE_QUESTIONS; i++) {
				const id = await page.evaluate(() => document.querySelector('.quiz .question')?.getAttribute('data-question-id'));
				await press(page, '.quiz .bar', w.continue);
				await until(page, ([id]) => { const q = document.querySelector('.quiz .question'); return q && q.getAttribute('data-question-id') !== id; }, [id]);
				await answer(page, '.quiz .question');
				span(await checkAndFeedback(page, '.quiz', w.check));
			}
		} else {
			// a step: its check is below the text; a learner who skims brings it into view at once
			await until(page, () => document.querySelector('.checks') ?? false);
			await page.evaluate(() => document.querySelector('.checks')?.scrollIntoView());
			const given = await answer(page, '.step-checks .check');
			firstAnswer = given.at;
			const checked = await checkAndFeedback(page, '.step-checks .check', w.check);
			firstFeedback = checked[1];
			span(checked);
			await stillChosen(given);
		}
		const [inp, firstPaint] = await page.evaluate(() => [window.__inp, performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null]);
		return { firstAnswer, firstPaint, firstFeedback, feedbacks, paints, inp, errors };
	} finally {
		await context.close().catch(() => {});
	}
}

// ——— the whole measurement ———

const quantile = (values, q) => {
	const v = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (!v.length) return null;
	const i = Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1));
	return v[i];
};
const med = (values) => {
	const v = values.filter(Number.isFinite).sort((a, b) => a - b);
	const m = Math.floor(v.length / 2);
	return !v.length ? null : v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

function summarise(runs) {
	const ok = runs.filter((r) => !r.failed);
	const feedbacks = ok.flatMap((r) => r.feedbacks);
	const paints = ok.flatMap((r) => r.paints ?? []);
	return {
		runs: runs.length,
		failed: runs.filter((r) => r.failed).map((r) => r.failed),
		firstAnswer: { median: med(ok.map((r) => r.firstAnswer)), p90: quantile(ok.map((r) => r.firstAnswer), 0.9) },
		firstPaint: { median: med(ok.map((r) => r.firstPaint)) },
		firstFeedback: { median: med(ok.map((r) => r.firstFeedback)), p90: quantile(ok.map((r) => r.firstFeedback), 0.9) },
		feedback: { median: med(feedbacks), p90: quantile(feedbacks, 0.9), count: feedbacks.length },
		painted: { median: med(paints), p90: quantile(paints, 0.9), count: paints.length },
		inp: { median: med(ok.map((r) => r.inp)), max: Math.max(0, ...ok.map((r) => r.inp)) },
		errors: [...new Set(ok.flatMap((r) => r.errors))]
	};
}

/**
 * Measures every (kind, lang) on the site and on its hand-written page, `rounds` interleaved
 * rounds (site, peer, site, peer…), so that a busy moment of the machine falls on both.
 */
export async function measureAnswering({ browser, origin, peers, kinds, langs, urls, rounds, log }) {
	const pages = [];
	for (const lang of langs) {
		for (const kind of kinds) {
			const url = urls[`${lang}:${kind}`];
			if (url) pages.push({ kind, lang, url, peerUrl: peers[`${lang}:${kind}`], flow: ANSWER_KINDS[kind].flow, site: [], peer: [] });
		}
	}
	for (let round = 1; round <= rounds; round++) {
		for (const p of pages) {
			for (const side of ['site', 'peer']) {
				log(`answer ${side === 'site' ? p.url : p.peerUrl} round ${round}/${rounds}`);
				try {
					p[side].push(await runOnce(browser, origin, side === 'site' ? p.url : p.peerUrl, p.flow, p.lang, side === 'peer'));
				} catch (error) {
					p[side].push({ failed: String(error?.message ?? error).split('\n')[0] });
				}
			}
		}
	}
	return pages.map((p) => {
		const site = summarise(p.site);
		const peer = summarise(p.peer);
		const ratio = (a, b) => (a == null || !b ? null : a / b);
		const firstAnswerRatio = ratio(site.firstAnswer.median, peer.firstAnswer.median);
		const feedbackP90Ratio = ratio(site.feedback.p90, peer.feedback.p90);
		const paintedP90Ratio = ratio(site.painted.p90, peer.painted.p90);
		const checks = [
			{ key: 'firstAnswerRatio', value: firstAnswerRatio, max: ANSWER_TARGETS.firstAnswerRatio },
			{ key: 'feedbackP90', value: site.feedback.p90, max: ANSWER_TARGETS.feedbackP90Ms },
			{ key: 'feedbackP90Ratio', value: feedbackP90Ratio, max: ANSWER_TARGETS.feedbackP90Ratio },
			{ key: 'interaction', value: site.inp.max, max: ANSWER_TARGETS.interactionMs },
			{ key: 'pageErrors', value: site.errors.length, max: 0 },
			{ key: 'runsFailed', value: site.failed.length + peer.failed.length, max: 0 }
		].map((c) => ({ ...c, ok: c.value != null && c.value <= c.max }));
		return { kind: p.kind, lang: p.lang, url: p.url, peerUrl: p.peerUrl, site, peer, firstAnswerRatio, feedbackP90Ratio, paintedP90Ratio, checks };
	});
}

// ——— report ———

const ms = (v) => (v == null ? '—' : `${Math.round(v)} ms`);
const x = (v) => (v == null ? '—' : `${v.toFixed(2)}×`);

export function answerReport(results, rounds) {
	const t = ANSWER_THROTTLING;
	const miss = (r, key, text) => (r.checks.find((c) => c.key === key)?.ok === false ? `${text} ❌` : text);
	const L = [
		'## Time to first answer (issue 27)',
		'',
		`Chromium, ${t.cpu}× CPU, ${t.latencyMs} ms latency, ${t.downKbps / 1000} Mbit/s down / ${t.upKbps} kbit/s up, cache disabled, service workers blocked; ${rounds} interleaved rounds of the site's page and a hand-written page of the same single-choice questions (native radios, inline script: scripts/bench-answer.mjs). From navigation start: first paint (FCP); time to first answer (question 1's control chosen and shown chosen — on the site possibly before its island has started, which then takes it: a run where it is lost fails), first feedback (its verdict drawn); answer → feedback from the Check click to the verdict drawn, every question checked (${MORE_QUESTIONS + 1} per quiz run, 1 per step run); verdict painted, the same span ended by the verdict's own paint (Element Timing), without what the instrument adds to "drawn" (no target). INP: the longest interaction (Event Timing). Targets: first answer ≤ ${ANSWER_TARGETS.firstAnswerRatio}× the hand-written page; answer → feedback p90 ≤ ${ANSWER_TARGETS.feedbackP90Ms} ms and ≤ ${ANSWER_TARGETS.feedbackP90Ratio}×; no interaction over ${ANSWER_TARGETS.interactionMs} ms; no page error.`,
		'',
		'| Page | First paint, median | hand-written | First answer, median / p90 | hand-written | ratio | First feedback, median | hand-written | Answer → feedback, median / p90 | hand-written | p90 ratio | Verdict painted, median / p90 | hand-written | p90 ratio | Longest interaction | Page errors |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|'
	];
	for (const r of results) {
		L.push(
			`| ${r.kind} (${r.lang}) | ${ms(r.site.firstPaint.median)} | ${ms(r.peer.firstPaint.median)} | ${ms(r.site.firstAnswer.median)} / ${ms(r.site.firstAnswer.p90)} | ${ms(r.peer.firstAnswer.median)} / ${ms(r.peer.firstAnswer.p90)} | ${miss(r, 'firstAnswerRatio', x(r.firstAnswerRatio))} | ${ms(r.site.firstFeedback.median)} | ${ms(r.peer.firstFeedback.median)} | ${miss(r, 'feedbackP90', `${ms(r.site.feedback.median)} / ${ms(r.site.feedback.p90)}`)} | ${ms(r.peer.feedback.median)} / ${ms(r.peer.feedback.p90)} | ${miss(r, 'feedbackP90Ratio', x(r.feedbackP90Ratio))} | ${ms(r.site.painted.median)} / ${ms(r.site.painted.p90)} | ${ms(r.peer.painted.median)} / ${ms(r.peer.painted.p90)} | ${x(r.paintedP90Ratio)} | ${miss(r, 'interaction', ms(r.site.inp.max))} | ${miss(r, 'pageErrors', String(r.site.errors.length))} |`
		);
	}
	L.push('');
	for (const r of results) {
		for (const e of r.site.errors) L.push(`- ${r.kind} (${r.lang}), page error: ${e.replace(/\|/g, '\\|')}`);
		for (const f of [...r.site.failed, ...r.peer.failed]) L.push(`- ${r.kind} (${r.lang}), a run failed: ${f.replace(/\|/g, '\\|')}`);
	}
	return L.join('\n');
}
