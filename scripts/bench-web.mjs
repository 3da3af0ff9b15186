#!/usr/bin/env node
// Web benchmark of the built site (bench/README.md). What is specific to this project: the bytes
// each kind of page transfers on its first load, per type (CDP), Lighthouse medians, and the size
// of what the service worker keeps offline (build/offline.json), held against the project's
// targets in bench/report.md and report.json. A benchmark, not a test: it
// fails only when it cannot measure, never because a target is missed.
//
//   npm run bench:web                      build, then measure every page kind in fr and en
//   npm run bench:web -- --no-build --runs 1 --pages home,lesson --langs fr
//
// What it leaves to the tools: compression is the build's (adapter-static `precompress` in
// svelte.config.js writes a .br and a .gz beside every file), served by sirv as in the end-to-end
// tests; the representative Lighthouse run is Lighthouse's own choice (core/lib/median-run.js, the
// one Lighthouse CI uses), and what a failing audit points at is in Lighthouse's own HTML report of
// that run, written beside (lighthouse/<lang>-<kind>.html).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ANSWER_KINDS, answerReport, measureAnswering, writePeerPages } from './bench-answer.mjs';
import { PART_NAMES as OFFLINE_PARTS } from './offline-parts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// sirv comes with sirv-cli (the end-to-end tests' server): load it from there.
const sirvRequire = createRequire(require.resolve('sirv-cli/package.json'));

// ---------------------------------------------------------------------------------------------
// What is measured, and against what

const KINDS = {
	home: '/',
	lesson: '/modules/01-jurisdiction/',
	// a lesson step, with its checks (issue 20: ≤ 60 KB transferred)
	step: '/modules/01-jurisdiction/warrants/',
	quiz: '/modules/01-jurisdiction/quiz/',
	// module 2 (issue 21): a step with a picture, and the quiz with its case studies
	'cyber-step': '/modules/02-cyber/four-questions/',
	'cyber-quiz': '/modules/02-cyber/quiz/',
	// modules 3 and 4 in steps (issue 22): a step with a time axis, and the step whose check
	// compares accounts (issue 24)
	'sanctions-step': '/modules/03-sanctions/who-was-designated/',
	'pressure-step': '/modules/04-pressure/several-accounts/',
	// "Can the Court act?" (issue 23): the navigator and its graded cases
	navigator: '/navigator/',
	cases: '/navigator/cases/',
	source: '/sources/trt-2025-07-cyberattaque-cpi/',
	dashboard: '/progress/',
	teacher: '/teach/'
};
const LANGS = ['fr', 'en'];
const TYPES = ['html', 'css', 'js', 'fonts', 'images', 'other'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const KB = 1024; // "KB" in this report = 1024 bytes (Lighthouse's KiB)
const TARGETS = {
	lessonJsBytes: 40 * KB, // JS on a lesson page, compressed
	totalNoImagesBytes: 80 * KB, // whole initial transfer, images aside, compressed
	lessonTotalBytes: 60 * KB, // a lesson's page or step: whole initial transfer, images aside
	lcpMs: 1000,
	score: 100, // performance, accessibility, best practices, SEO
	offlineBytes: 1.2 * KB * KB // what the service worker downloads by itself: one language's shell and search index, as served
};

// Audits whose result depends on the bench server, not on the site: reported with this note.
const SERVER_DEPENDENT = {
	'cache-insight': 'depends on Cache-Control headers: sirv here sends none (it ignores build/_headers); a host that sends `max-age=31536000, immutable` for /_app/immutable/* (as build/_headers asks, when present) passes it',
	'modern-http-insight': 'depends on the server: sirv here speaks HTTP/1.1',
	'server-response-time': 'depends on the server',
	'is-on-https': 'the bench serves plain http on 127.0.0.1'
};

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const HOST = '127.0.0.1';
const MAX_RUNS = 10;
const LIGHTHOUSE_RUN_MS = 180_000;

// ---------------------------------------------------------------------------------------------
// Arguments

const USAGE = `Usage: node scripts/bench-web.mjs [options]
  --no-build          reuse build/ instead of running \`npm run build\`
  --runs N            Lighthouse runs per page (default 3, at most ${MAX_RUNS}); medians are reported
  --pages a,b         page kinds to measure: ${Object.keys(KINDS).join(',')} (default all)
  --langs a,b         languages: ${LANGS.join(',')} (default both)
  --port P            port for the static server (default 4199)
  --out DIR           where report.md / report.json go (default bench/)
  --lhr-dir DIR       where Lighthouse's HTML reports go (default lighthouse/, not committed)
  --no-lighthouse     transfer sizes only
  --answer-rounds N   interleaved rounds of the time-to-first-answer measure (default 5, at most ${MAX_RUNS})
  --no-answer         no time-to-first-answer measure (quiz and step pages, scripts/bench-answer.mjs)
  -h, --help          this help`;

const { values: args } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '3' },
		pages: { type: 'string' },
		langs: { type: 'string' },
		port: { type: 'string', default: '4199' },
		out: { type: 'string', default: 'bench' },
		'lhr-dir': { type: 'string', default: 'lighthouse' },
		'no-lighthouse': { type: 'boolean', default: false },
		'answer-rounds': { type: 'string', default: '5' },
		'no-answer': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false }
	}
});
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}
const list = (s, all) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : all);
const opt = {
	build: !args['no-build'],
	runs: Number(args.runs),
	port: Number(args.port),
	out: path.resolve(ROOT, args.out),
	lhrDir: path.resolve(ROOT, args['lhr-dir']),
	lighthouse: !args['no-lighthouse'],
	answer: !args['no-answer'],
	answerRounds: Number(args['answer-rounds']),
	kinds: list(args.pages, Object.keys(KINDS)),
	langs: list(args.langs, LANGS)
};
const bad = [
	!(Number.isInteger(opt.runs) && opt.runs >= 1 && opt.runs <= MAX_RUNS) && `--runs must be 1..${MAX_RUNS}`,
	!(Number.isInteger(opt.port) && opt.port >= 1024 && opt.port <= 65535) && '--port must be 1024..65535',
	!(Number.isInteger(opt.answerRounds) && opt.answerRounds >= 1 && opt.answerRounds <= MAX_RUNS) && `--answer-rounds must be 1..${MAX_RUNS}`,
	...opt.kinds.filter((k) => !(k in KINDS)).map((k) => `unknown page kind "${k}"`),
	...opt.langs.filter((l) => !LANGS.includes(l)).map((l) => `unknown language "${l}"`)
].filter(Boolean);
if (bad.length) {
	console.error(`${bad.join('\n')}\n\n${USAGE}`);
	process.exit(2);
}
const ORIGIN = `http://${HOST}:${opt.port}`;

// ---------------------------------------------------------------------------------------------
// Teardown: the server, the browsers and the copy of build/ go, also on error or Ctrl-C.

const cleanups = [];
async function cleanup() {
	for (const fn of cleanups.splice(0).reverse()) await Promise.resolve().then(fn).catch((e) => console.error(`cleanup: ${e?.message ?? e}`));
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(sig, () => {
		console.error(`\n${sig}: stopping`);
		void cleanup().finally(() => process.exit(130));
	});
}
const log = (...a) => console.log('[bench:web]', ...a);
const version = (pkg, req = require) => req(`${pkg}/package.json`).version;

// ---------------------------------------------------------------------------------------------
// Build, copy, serve

function build() {
	log('npm run build …');
	const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: 15 * 60_000 });
	if (r.status !== 0) throw new Error(`npm run build: ${r.error?.message ?? `exited with ${r.status ?? r.signal}`}`);
}

/** sirv with sirv-cli's defaults (precompressed files, no ETag, no Cache-Control), in this process:
 * a taken port is an error here, where sirv-cli would silently move to another one. */
async function serve(dir, acceptEncodings) {
	const handler = sirvRequire('sirv')(dir, { dev: false, etag: false, gzip: true, brotli: true });
	const server = http.createServer((req, res) => {
		acceptEncodings.add(req.headers['accept-encoding']);
		handler(req, res);
	});
	await new Promise((resolve, reject) => {
		server.once('error', (e) => reject(e.code === 'EADDRINUSE' ? new Error(`port ${opt.port} is already in use on ${HOST}: stop that server or pass --port`) : e));
		server.listen(opt.port, HOST, resolve);
	});
	cleanups.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))));
	log(`serving a copy of build/ on ${ORIGIN}`);
}

/** Sizes on disk of the file behind a URL path, and of its precompressed copies. */
function diskSizes(dir, urlPath) {
	let file = path.join(dir, decodeURIComponent(urlPath.split(/[?#]/)[0]));
	if (urlPath.endsWith('/')) file = path.join(file, 'index.html');
	const size = (f) => (f.startsWith(dir) && fs.existsSync(f) ? fs.statSync(f).size : null);
	return { rawBytes: size(file), gzipBytes: size(`${file}.gz`), brotliBytes: size(`${file}.br`) };
}

// ---------------------------------------------------------------------------------------------
// Offline: the parts the service worker keeps (build/offline.json, written by
// scripts/list-offline.mjs, read by src/service-worker.ts), each file counted as served: its .br
// where the build wrote one, else the file itself (Pagefind's index is compressed by Pagefind).

function servedBytes(dir, url) {
	const file = path.join(dir, url.endsWith('/') ? `${url}index.html` : url);
	return fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : fs.statSync(file).size;
}

/** Per language: each part's files and bytes; `automatic` (shell + search, what the worker keeps
 * at install) against its target; for the other parts, also what they add beyond it. */
function offlineSizes(dir, langs) {
	const file = path.join(dir, 'offline.json');
	if (!fs.existsSync(file)) return null;
	const parts = JSON.parse(fs.readFileSync(file, 'utf8'));
	const sum = (urls) => ({ files: urls.length, bytes: urls.reduce((total, url) => total + servedBytes(dir, url), 0) });
	return Object.fromEntries(
		langs.filter((lang) => parts[lang]).map((lang) => {
			const automatic = [...new Set([...parts[lang].shell, ...parts[lang].search])];
			const figures = Object.fromEntries(
				OFFLINE_PARTS.map((part) => [part, { ...sum(parts[lang][part]), ...(part === 'shell' || part === 'search' ? {} : { beyond: sum(parts[lang][part].filter((url) => !automatic.includes(url))) }) }])
			);
			const whole = sum([...new Set(OFFLINE_PARTS.flatMap((part) => parts[lang][part]))]);
			const auto = sum(automatic);
			return [lang, { ...figures, automatic: { ...auto, max: TARGETS.offlineBytes, ok: auto.bytes <= TARGETS.offlineBytes }, whole }];
		})
	);
}

function offlineRows(offline) {
	return Object.entries(offline).flatMap(([lang, o]) => [
		...['shell', 'search'].map((part) => [lang, part, String(o[part].files), fmtKB(o[part].bytes)]),
		[lang, 'shell + search (kept at install)', String(o.automatic.files), `${fmtKB(o.automatic.bytes)}${o.automatic.ok ? '' : ` ${MISS}`}`],
		...OFFLINE_PARTS.filter((part) => part !== 'shell' && part !== 'search').map((part) => [lang, `${part} (on first visit)`, `${o[part].files} (${o[part].beyond.files} more)`, `${fmtKB(o[part].bytes)} (${fmtKB(o[part].beyond.bytes)} more)`]),
		[lang, 'everything', String(o.whole.files), fmtKB(o.whole.bytes)]
	]);
}

// ---------------------------------------------------------------------------------------------
// Transfer: Playwright + CDP, bytes on the wire (headers + compressed body), per type

const CDP_TYPES = { Document: 'html', Stylesheet: 'css', Script: 'js', Font: 'fonts', Image: 'images' };
function classify(cdpType, mime = '', url) {
	if (CDP_TYPES[cdpType]) return CDP_TYPES[cdpType];
	const ext = path.extname(new URL(url).pathname).toLowerCase();
	if (mime === 'text/html') return 'html';
	if (mime === 'text/css' || ext === '.css') return 'css';
	if (mime.includes('javascript') || ext === '.js' || ext === '.mjs') return 'js';
	if (mime.startsWith('font/') || /^\.(woff2?|ttf|otf|eot)$/.test(ext)) return 'fonts';
	if (mime.startsWith('image/') || /^\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(ext)) return 'images';
	return 'other';
}

async function measureTransfer(browser, url, dir) {
	// Mobile viewport, cache disabled, service workers blocked: a precache is background traffic,
	// not the page's initial load.
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const reqs = new Map();
		const get = (id) => reqs.get(id) ?? reqs.set(id, { redirects: 0 }).get(id);
		cdp.on('Network.requestWillBeSent', (e) => {
			const r = get(e.requestId);
			r.redirects += e.redirectResponse?.encodedDataLength ?? 0;
			Object.assign(r, { url: e.request.url, cdpType: e.type });
		});
		cdp.on('Network.responseReceived', (e) => {
			const h = Object.fromEntries(Object.entries(e.response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
			const bodyBytes = h['content-length'] != null ? Number(h['content-length']) : null; // compressed body only
			Object.assign(get(e.requestId), { cdpType: e.type, status: e.response.status, mime: e.response.mimeType, encoding: h['content-encoding'] ?? 'identity', bodyBytes });
		});
		cdp.on('Network.loadingFinished', (e) => Object.assign(get(e.requestId), { transfer: e.encodedDataLength, done: true }));
		cdp.on('Network.loadingFailed', (e) => Object.assign(get(e.requestId), { failed: e.errorText || 'failed', done: true }));
		const res = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
		if (res?.status() !== 200) throw new Error(`${url}: HTTP ${res?.status()}`);
		for (let i = 0; i < 20 && [...reqs.values()].some((r) => !r.done); i++) await page.waitForTimeout(100); // the last loadingFinished events

		const resources = [...reqs.values()]
			.filter((r) => r.url && !/^(data|blob):/.test(r.url))
			.map((r) => {
				const local = r.url.startsWith(ORIGIN) ? r.url.slice(ORIGIN.length) : r.url;
				const { status = null, encoding = null, bodyBytes = null, failed = null } = r;
				const transferBytes = (r.transfer ?? 0) + r.redirects;
				return { url: local, type: classify(r.cdpType, r.mime, r.url), status, encoding, transferBytes, bodyBytes, ...(local.startsWith('/') && diskSizes(dir, local)), failed };
			})
			.sort((a, b) => TYPES.indexOf(a.type) - TYPES.indexOf(b.type) || b.transferBytes - a.transferBytes);
		const sumBy = (key) => Object.fromEntries(TYPES.map((t) => [t, resources.filter((r) => r.type === t).reduce((s, r) => s + (r[key] ?? 0), 0)]));
		const byType = sumBy('transferBytes');
		const total = TYPES.reduce((s, t) => s + byType[t], 0);
		const encodings = [...new Set(resources.map((r) => r.encoding).filter(Boolean))];
		return { byType, bodyByType: sumBy('bodyBytes'), total, totalNoImages: total - byType.images, requests: resources.length, encodings, resources };
	} finally {
		await context.close().catch(() => {});
	}
}

// ---------------------------------------------------------------------------------------------
// Lighthouse (Node API, default config: mobile emulation, simulated slow 4G, 4× CPU slowdown)

async function loadLighthouse() {
	const main = require.resolve('lighthouse');
	const load = (file) => import(pathToFileURL(file).href);
	const { default: lighthouse, generateReport } = await load(main);
	const { computeMedianRun } = await load(path.join(path.dirname(main), 'lib/median-run.js'));
	const chromeLauncher = await load(createRequire(main).resolve('chrome-launcher'));
	return { lighthouse, generateReport, computeMedianRun, chromeLauncher, version: version('lighthouse') };
}

async function lighthouseRun(lh, url) {
	const chrome = await lh.chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, handleSIGINT: false, logLevel: 'silent', maxConnectionRetries: 100 });
	const kill = async () => {
		try {
			await chrome.kill(); // synchronous in some chrome-launcher versions, a promise in others
		} catch {
			/* already gone */
		}
	};
	cleanups.push(kill);
	let timer;
	try {
		const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${LIGHTHOUSE_RUN_MS / 1000} s`)), LIGHTHOUSE_RUN_MS)));
		const { lhr } = (await Promise.race([lh.lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES, maxWaitForLoad: 45_000 }), timeout])) ?? {};
		if (!lhr) throw new Error('no result');
		if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		return lhr;
	} finally {
		clearTimeout(timer);
		await kill();
		if (cleanups.includes(kill)) cleanups.splice(cleanups.indexOf(kill), 1);
	}
}

/** Every audit that keeps one of the four categories below 100 in a run. Weight > 0: it lowers
 * the category score; weight 0 (performance diagnostics and insights): it explains the metrics. */
function failingAudits(lhr) {
	return CATEGORIES.flatMap((category) =>
		(lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
			const a = lhr.audits[ref.id];
			const mode = a?.scoreDisplayMode;
			if (!a || mode === 'notApplicable' || mode === 'manual' || (mode !== 'error' && (a.score === null || a.score >= 1))) return [];
			return [{ category, id: a.id, title: a.title, weight: ref.weight, displayValue: a.displayValue ?? null, error: mode === 'error' ? (a.errorMessage ?? 'error') : null, serverNote: SERVER_DEPENDENT[a.id] ?? null }];
		})
	);
}

const median = (values) => {
	const v = values.filter(Number.isFinite).sort((a, b) => a - b);
	const m = Math.floor(v.length / 2);
	return !v.length ? null : v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/** Medians of every score and metric over the runs; which audits failed in how many runs, with the
 * value of the representative run (closest to the median FCP and TTI, as Lighthouse CI picks it). */
function aggregateRuns(lhrs, rep) {
	const perRun = lhrs.map((lhr) => {
		const num = (id) => lhr.audits[id]?.numericValue ?? null;
		return {
			scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])),
			metrics: { lcpMs: num('largest-contentful-paint'), tbtMs: num('total-blocking-time'), cls: num('cumulative-layout-shift'), fcpMs: num('first-contentful-paint'), siMs: num('speed-index'), totalByteWeight: num('total-byte-weight') },
			benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
			runWarnings: lhr.runWarnings ?? []
		};
	});
	const failing = new Map();
	for (const lhr of lhrs) {
		for (const a of failingAudits(lhr)) {
			const agg = failing.get(a.id) ?? failing.set(a.id, { ...a, failedRuns: 0 }).get(a.id);
			agg.failedRuns++;
			if (lhr === rep) agg.displayValue = a.displayValue;
		}
	}
	return {
		runs: lhrs.length,
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((r) => r.scores[c]))])),
		metrics: Object.fromEntries(Object.keys(perRun[0].metrics).map((k) => [k, median(perRun.map((r) => r.metrics[k]))])),
		benchmarkIndex: median(perRun.map((r) => r.benchmarkIndex)),
		perRun,
		representativeRun: lhrs.indexOf(rep) + 1,
		failing: [...failing.values()]
	};
}

// ---------------------------------------------------------------------------------------------
// Targets and report

const fmtKB = (b) => (b == null ? '—' : `${(b / KB).toFixed(1)} KB`);
const fmtMs = (ms) => (ms == null ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtCls = (v) => (v == null ? '—' : v.toFixed(3));
const fmtScore = (v) => (v == null ? '—' : String(Math.round(v)));
const MISS = '❌';

/** The figures that have a target, each with whether it meets it (the ❌ marks, report.json). */
function checks(p) {
	const { transfer: t, lighthouse: l } = p;
	const c = [];
	const lessonPage = p.kind === 'lesson' || p.kind.endsWith('step');
	if (t && lessonPage) c.push({ key: 'js', value: t.byType.js, max: TARGETS.lessonJsBytes });
	if (t) c.push({ key: 'totalNoImages', value: t.totalNoImages, max: lessonPage ? TARGETS.lessonTotalBytes : TARGETS.totalNoImagesBytes });
	if (l) c.push({ key: 'lcp', value: l.metrics.lcpMs, max: TARGETS.lcpMs }, ...CATEGORIES.map((key) => ({ key, value: l.scores[key], min: TARGETS.score })));
	return c.map((x) => ({ ...x, ok: x.value != null && !(x.value > x.max) && !(x.value < x.min) }));
}

const COLS = { page: 'Page', html: 'HTML', css: 'CSS', js: 'JS', fonts: 'Fonts', images: 'Images', other: 'Other', totalNoImages: 'Total − img', requests: 'Req.', performance: 'Perf', lcp: 'LCP', tbt: 'TBT', cls: 'CLS', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' };

/** The summary row of a page: one cell per column of COLS, ❌ after a figure that misses its target. */
function summaryRow(p) {
	if (p.skipped) return [`${p.kind} (${p.lang})`, `skipped: ${p.skipped}`];
	const missed = new Set(checks(p).filter((c) => c.ok === false).map((c) => c.key));
	const { transfer: t, lighthouse: l } = p;
	const text = {
		page: `${p.kind} (${p.lang})`,
		...Object.fromEntries(TYPES.map((type) => [type, t && fmtKB(t.byType[type])])),
		totalNoImages: t && fmtKB(t.totalNoImages),
		requests: t && String(t.requests),
		...Object.fromEntries(CATEGORIES.map((c) => [c, l && fmtScore(l.scores[c])])),
		lcp: l && fmtMs(l.metrics.lcpMs),
		tbt: l && fmtMs(l.metrics.tbtMs),
		cls: l && fmtCls(l.metrics.cls)
	};
	return Object.keys(COLS).map((k) => (text[k] ? (missed.has(k) ? `${text[k]} ${MISS}` : text[k]) : '—'));
}

const mdEsc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');
const mdTable = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(mdEsc).join(' | ')} |`)].join('\n');

function consoleTable(pages) {
	const rows = [Object.values(COLS), ...pages.map((p) => summaryRow(p).map((c) => c.replace(MISS, '✗')))];
	const widths = Object.values(COLS).map((_, i) => Math.max(...rows.filter((r) => r.length > 2).map((r) => r[i].length)));
	const line = (cells) => (cells.length === 2 ? `${cells[0].padEnd(widths[0])}  ${cells[1]}` : cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
	return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function writeReport(meta, pages) {
	const L = [
		'# Web benchmark report',
		'',
		`Generated ${meta.date} by \`npm run bench:web\` (scripts/bench-web.mjs) — commit ${meta.commit ?? 'unknown'}${meta.built ? '' : ' (build/ reused: --no-build)'}.`,
		'',
		`- Server: sirv ${meta.sirvVersion} on ${meta.origin}, serving a copy of build/ with the .br and .gz files the build writes (adapter-static \`precompress\`: brotli 11, gzip 9). Chromium asked for \`${meta.acceptEncoding ?? '?'}\`; encodings served: ${meta.encodings.join(', ') || '—'}.`,
		`- Transfer: Playwright ${meta.playwrightVersion} + ${meta.chromium}, fresh context per page, cache disabled, service workers blocked (a precache would be background traffic, not the page's initial load), mobile viewport, bytes = CDP \`Network.loadingFinished.encodedDataLength\` (response headers + compressed body) summed until network idle. 1 KB = 1024 bytes.`,
		meta.lighthouseVersion
			? `- Lighthouse ${meta.lighthouseVersion}, default config (mobile emulation, simulated slow-4G throttling, 4× CPU slowdown), ${meta.runs} run(s) per page, medians. Lighthouse's own report of each page's representative run (closest to the median FCP and TTI): \`${meta.lhrDir}/<lang>-<kind>.html\`. Host benchmarkIndex (median): ${meta.benchmarkIndex ?? '—'}.`
			: '- Lighthouse: not run (--no-lighthouse).',
		`- Targets: JS on a lesson page or step ≤ ${fmtKB(TARGETS.lessonJsBytes)}; initial transfer images aside ≤ ${fmtKB(TARGETS.lessonTotalBytes)} on a lesson page or step, ${fmtKB(TARGETS.totalNoImagesBytes)} elsewhere; LCP ≤ ${fmtMs(TARGETS.lcpMs)}; Lighthouse performance, accessibility, best practices and SEO = 100; kept offline at install (one language's shell and search index) ≤ ${fmtKB(TARGETS.offlineBytes)} as served. ${MISS} marks a figure that misses its target.`,
		''
	];
	if (meta.notes.length) L.push('**Notes**', '', ...meta.notes.map((n) => `- ${n}`), '');
	L.push('## Summary', '', mdTable(Object.values(COLS), pages.map((p) => summaryRow(p).concat(Array(Object.keys(COLS).length).fill('')).slice(0, Object.keys(COLS).length))), '');
	if (meta.offline) {
		L.push(
			'## Offline',
			'',
			`What the service worker keeps, from \`build/offline.json\` (the list it reads): files, and bytes as served (the .br the build wrote, else the file). At install, the shell and search index of the learner's language (target ≤ ${fmtKB(TARGETS.offlineBytes)}, ${MISS} if missed); the other parts on the first visit to one of their pages ("more": beyond the shell and search index).`,
			'',
			mdTable(['Language', 'Part', 'Files', 'As served'], offlineRows(meta.offline)),
			''
		);
	} else L.push('## Offline', '', 'Not measured: no offline.json in build/ (built before scripts/list-offline.mjs?).', '');

	if (meta.lighthouseVersion) {
		// Every failing audit once, with the pages it fails on: what it points at is in the HTML reports.
		const byAudit = new Map();
		for (const p of pages) {
			for (const a of p.lighthouse?.failing ?? []) {
				const runs = a.failedRuns < p.lighthouse.runs ? ` (${a.failedRuns}/${p.lighthouse.runs} runs)` : '';
				(byAudit.get(a.id) ?? byAudit.set(a.id, { ...a, pages: [] }).get(a.id)).pages.push(`${p.kind}/${p.lang}${runs}${a.displayValue ? `: ${a.displayValue}` : ''}${a.error ? ` (error: ${a.error})` : ''}`);
			}
		}
		const audits = [...byAudit.values()].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || b.weight - a.weight || b.pages.length - a.pages.length);
		L.push('## Audits keeping a page below 100', '', 'Weight > 0: the audit counts in the category score. Weight 0 (performance only): a diagnostic or insight explaining the metrics that lower the score. What each points at (files, elements, chains): the Lighthouse reports.', '');
		if (!audits.length) L.push('None: every measured page scores 100 in every category.', '');
		for (const a of audits) {
			L.push(`- \`${a.id}\` — ${mdEsc(a.title)} (${a.category}, weight ${a.weight}): ${a.pages.map(mdEsc).join('; ')}${a.serverNote ? `. Note: ${mdEsc(a.serverNote)}.` : ''}`);
		}
		L.push('');
	}

	L.push('## Pages', '');
	for (const p of pages) {
		L.push(`### ${p.kind} (${p.lang}) — \`${p.url}\``, '');
		if (p.skipped) {
			L.push(`Skipped: ${p.skipped}.`, '');
			continue;
		}
		if (p.errors?.length) L.push(...p.errors.map((e) => `- **Error**: ${mdEsc(e)}`), '');
		const { transfer: t, lighthouse: l } = p;
		if (t) L.push(`Compressed bodies only (no HTTP headers): JS ${fmtKB(t.bodyByType.js)}, initial transfer images aside ${fmtKB(TYPES.filter((x) => x !== 'images').reduce((sum, x) => sum + t.bodyByType[x], 0))}.`, '');
		if (l) {
			const runs = l.perRun.map((r) => `${fmtScore(r.scores.performance)} / ${fmtMs(r.metrics.lcpMs)} / ${fmtMs(r.metrics.tbtMs)} / ${fmtCls(r.metrics.cls)}`);
			L.push(`Other Lighthouse medians: FCP ${fmtMs(l.metrics.fcpMs)}, Speed Index ${fmtMs(l.metrics.siMs)}, total byte weight ${fmtKB(l.metrics.totalByteWeight)}. Per run (perf / LCP / TBT / CLS): ${runs.join(' · ')}; representative: run ${l.representativeRun}, \`${meta.lhrDir}/${p.lang}-${p.kind}.html\`.`, '');
			const warn = [...new Set(l.perRun.flatMap((r) => r.runWarnings))];
			if (warn.length) L.push(`Lighthouse warnings: ${warn.map(mdEsc).join(' ')}`, '');
		}
		if (t) {
			const url = (r) => r.url + (r.failed ? ` (failed: ${r.failed})` : '') + (r.status && r.status !== 200 ? ` (HTTP ${r.status})` : '');
			const rows = t.resources.map((r) => [r.type, url(r), r.encoding ?? '—', ...[r.transferBytes, r.bodyBytes, r.rawBytes, r.gzipBytes, r.brotliBytes].map(fmtKB)]);
			L.push('<details><summary>Requests on the initial load</summary>', '', mdTable(['Type', 'URL', 'Encoding', 'Transferred', 'Body', 'Raw on disk', 'gzip -9', 'brotli -11'], rows), '', '</details>', '');
		}
	}
	return L.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
	const started = Date.now();
	const notes = [];
	const loadStart = os.loadavg()[0];
	const buildDir = path.join(ROOT, process.env.BUILD_DIR ?? 'build');
	if (opt.build) build();
	if (!fs.existsSync(path.join(buildDir, 'index.html'))) throw new Error('build/index.html not found: run `npm run build` first (or drop --no-build)');
	if (!fs.existsSync(path.join(buildDir, 'index.html.br'))) throw new Error('build/ has no .br files (built before `precompress` was set in svelte.config.js?): run `npm run build` again');

	// A copy: a rebuild by someone else during the run does not change what is measured.
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-web-'));
	cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
	fs.cpSync(buildDir, dir, { recursive: true });
	// the hand-written pages of the time-to-first-answer measure, in the copy before it is served
	const peers = opt.answer ? writePeerPages(dir, opt.kinds, opt.langs) : {};
	const acceptEncodings = new Set();
	await serve(dir, acceptEncodings);

	const pages = [];
	for (const lang of opt.langs) {
		for (const kind of opt.kinds) {
			const p = { kind, lang, url: `/${lang}${KINDS[kind]}` };
			const res = await fetch(ORIGIN + p.url, { redirect: 'manual' });
			await res.arrayBuffer();
			if (res.status !== 200) notes.push(`${p.url} skipped: ${(p.skipped = `HTTP ${res.status} (page not built yet?)`)}.`);
			pages.push(p);
		}
	}
	const todo = pages.filter((p) => !p.skipped);
	if (!todo.length) throw new Error('no page to measure');
	acceptEncodings.clear(); // only the browsers' requests from here on

	// 1. Transfer sizes
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS.filter((f) => f !== '--headless') });
	cleanups.push(() => browser.close());
	const chromiumVersion = `Chromium ${browser.version()}`;
	for (const p of todo) {
		log(`transfer ${p.url}`);
		try {
			p.transfer = await measureTransfer(browser, ORIGIN + p.url, dir);
		} catch (e) {
			(p.errors ??= []).push(`transfer: ${e.message}`);
		}
		const resources = p.transfer?.resources ?? [];
		const failed = resources.filter((r) => r.failed || r.status >= 400).map((r) => r.url);
		if (failed.length) notes.push(`${p.url}: ${failed.length} request(s) failed or returned an error: ${failed.slice(0, 5).join(', ')}.`);
		// A file the build did not precompress (the search index and the exports are written after
		// the adapter) would count at full size: say so rather than measure it silently.
		const plain = resources.filter((r) => r.encoding === 'identity' && r.rawBytes && !['images', 'fonts'].includes(r.type)).map((r) => r.url);
		if (plain.length) notes.push(`${p.url}: served uncompressed (no .br/.gz in build/): ${plain.join(', ')}.`);
	}
	// 2. Time to first answer, on the site and on a hand-written page of the same questions
	let answering = [];
	const answerKinds = opt.kinds.filter((kind) => kind in ANSWER_KINDS && todo.some((p) => p.kind === kind));
	if (opt.answer && answerKinds.length) {
		const urls = Object.fromEntries(todo.map((p) => [`${p.lang}:${p.kind}`, p.url]));
		answering = await measureAnswering({ browser, origin: ORIGIN, peers, kinds: answerKinds, langs: opt.langs, urls, rounds: opt.answerRounds, log });
	}
	await browser.close();

	// 3. Lighthouse
	let lhVersion = null;
	if (opt.lighthouse) {
		const lh = await loadLighthouse();
		lhVersion = lh.version;
		fs.mkdirSync(opt.lhrDir, { recursive: true });
		for (const p of todo) {
			const lhrs = [];
			for (let i = 1; i <= opt.runs; i++) {
				log(`lighthouse ${p.url} run ${i}/${opt.runs}`);
				try {
					lhrs.push(await lighthouseRun(lh, ORIGIN + p.url));
				} catch (e) {
					(p.errors ??= []).push(`lighthouse run ${i}: ${e.message}`);
				}
			}
			if (!lhrs.length) continue;
			if (lhrs.length < opt.runs) notes.push(`${p.url}: only ${lhrs.length}/${opt.runs} Lighthouse runs succeeded.`);
			let rep = lhrs[0];
			try {
				rep = lh.computeMedianRun(lhrs);
			} catch {
				/* a run without FCP or TTI: the first one stands for the page */
			}
			p.lighthouse = aggregateRuns(lhrs, rep);
			fs.writeFileSync(path.join(opt.lhrDir, `${p.lang}-${p.kind}.html`), lh.generateReport(rep, 'html'));
		}
	}

	// 4. Report
	const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
	const loadEnd = os.loadavg()[0];
	const meta = {
		date: new Date().toISOString(),
		commit: git.status === 0 ? git.stdout.trim() : null,
		built: opt.build,
		origin: ORIGIN,
		runs: opt.runs,
		sirvVersion: version('sirv', sirvRequire),
		playwrightVersion: version('@playwright/test'),
		chromium: chromiumVersion,
		chromeFlags: CHROME_FLAGS,
		lighthouseVersion: lhVersion,
		lhrDir: path.relative(ROOT, opt.lhrDir),
		acceptEncoding: [...acceptEncodings].filter(Boolean).join(' / ') || null,
		encodings: [...new Set(todo.flatMap((p) => p.transfer?.encodings ?? []))],
		benchmarkIndex: median(todo.map((p) => p.lighthouse?.benchmarkIndex)),
		targets: TARGETS,
		offline: offlineSizes(dir, opt.langs),
		cpus: os.cpus().length,
		loadAverage: { start: Number(loadStart.toFixed(2)), end: Number(loadEnd.toFixed(2)) },
		notes
	};
	if (Math.max(loadStart, loadEnd) > meta.cpus) {
		notes.push(`The machine was busy (1-min load average ${meta.loadAverage.start} at start, ${meta.loadAverage.end} at end, ${meta.cpus} CPUs): Lighthouse's simulated throttling scales the *observed* CPU work, so TBT (and LCP/FCP/SI, hence the performance score) are pessimistic. Byte counts are unaffected.`);
	}
	if (todo.some((p) => p.errors?.length)) notes.push('Some measurements failed: see the **Error** lines under the pages.');
	meta.durationS = Math.round((Date.now() - started) / 1000);
	fs.mkdirSync(opt.out, { recursive: true });
	const withChecks = pages.map((p) => ({ ...p, checks: p.skipped ? [] : checks(p) }));
	fs.writeFileSync(path.join(opt.out, 'report.json'), `${JSON.stringify({ meta, pages: withChecks, answering }, null, '\t')}\n`);
	const answers = answering.length ? `\n${answerReport(answering, opt.answerRounds)}\n` : '';
	fs.writeFileSync(path.join(opt.out, 'report.md'), `${writeReport(meta, pages)}\n${answers}`);

	console.log(`\n${consoleTable(pages)}\n`);
	if (meta.offline) {
		const rows = [['Lang', 'Offline part', 'Files', 'As served'], ...offlineRows(meta.offline).map((r) => r.map((c) => c.replace(MISS, '✗')))];
		const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
		console.log(`${rows.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n')}\n`);
	}
	if (answering.length) console.log(`${answerReport(answering, opt.answerRounds)}\n`);
	console.log(`✗ = misses its target (lesson JS ≤ ${fmtKB(TARGETS.lessonJsBytes)}, total − images ≤ ${fmtKB(TARGETS.totalNoImagesBytes)}, LCP ≤ ${fmtMs(TARGETS.lcpMs)}, scores 100, offline shell + search ≤ ${fmtKB(TARGETS.offlineBytes)}). KB = 1024 B, compressed, headers included (offline: bodies as served).`);
	for (const n of notes) console.log(`note: ${n}`);
	console.log(`\nWrote ${path.relative(ROOT, path.join(opt.out, 'report.md'))} and report.json in ${meta.durationS} s.`);
}

try {
	await main();
} catch (e) {
	console.error(`[bench:web] error: ${e?.stack ?? e}`);
	process.exitCode = 1;
} finally {
	await cleanup();
}
