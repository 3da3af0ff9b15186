#!/usr/bin/env node
// Web performance benchmark of the built site (not a test: it never fails because a target is
// missed, only when it cannot measure).
//
//   npm run bench:web                      build, then measure every page kind in fr and en
//   npm run bench:web -- --no-build        reuse build/ as it is
//   npm run bench:web -- --runs 1 --pages home,lesson --langs fr
//
// What it does, in order:
//   1. `npm run build` (unless --no-build);
//   2. copies build/ to a temporary directory and precompresses every text file there (.gz at
//      zlib level 9, .br at quality 11 — what adapter-static's `precompress: true` would write),
//      so that sirv, which only serves *precompressed* files, answers with real compressed bodies.
//      build/ itself is never modified, and a rebuild by someone else during the run has no effect;
//   3. serves that copy with sirv-cli on 127.0.0.1:4199 (refuses to start if the port is taken,
//      and checks that the answering server is really this one);
//   4. per page: bytes transferred on the initial load (Playwright + CDP, Network.loadingFinished
//      encodedDataLength, after network idle), grouped by type;
//   5. per page: Lighthouse (default mobile emulation and simulated throttling) --runs times,
//      medians of the scores and metrics, and every audit that keeps a category below 100;
//   6. writes bench/report.md and bench/report.json and prints a summary table.
// The server, browsers and the temporary directory are always cleaned up, also on error or Ctrl-C.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Configuration

const KINDS = [
	{ kind: 'home', path: '/' },
	{ kind: 'lesson', path: '/modules/01-jurisdiction/' },
	{ kind: 'quiz', path: '/modules/01-jurisdiction/quiz/' },
	{ kind: 'source', path: '/sources/trt-2025-07-cyberattaque-cpi/' },
	{ kind: 'dashboard', path: '/progress/' },
	{ kind: 'teacher', path: '/teach/' }
];
const LANGS = ['fr', 'en'];
const TYPES = ['html', 'css', 'js', 'fonts', 'images', 'other'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const KB = 1024; // "KB" in this report = 1024 bytes (Lighthouse's KiB)
const TARGETS = {
	lessonJsBytes: 40 * KB, // JS on a lesson page, compressed
	totalNoImagesBytes: 80 * KB, // whole initial transfer, images aside, compressed
	lcpMs: 1000,
	score: 100 // performance, accessibility, best practices, SEO
};

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const HOST = '127.0.0.1';
const TEXT_EXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.map', '.ics', '.csv']);

const LIMITS = {
	buildMs: 15 * 60_000,
	serverStartTries: 100, // × 100 ms
	gotoMs: 60_000,
	lighthouseRunMs: 180_000,
	maxRuns: 10,
	itemsPerAudit: 12
};

// ---------------------------------------------------------------------------------------------
// Arguments

function usage() {
	return `Usage: node scripts/bench-web.mjs [options]
  --no-build          reuse build/ instead of running \`npm run build\`
  --runs N            Lighthouse runs per page (default 3, at most ${LIMITS.maxRuns}); medians are reported
  --pages a,b         page kinds to measure: ${KINDS.map((k) => k.kind).join(',')} (default all)
  --langs a,b         languages: ${LANGS.join(',')} (default both)
  --port P            port for the static server (default 4199)
  --out DIR           where report.md / report.json go (default bench/)
  --lhr-dir DIR       also keep every raw Lighthouse JSON report in DIR
  --no-lighthouse     transfer sizes only
  --from-json         measure nothing: re-render report.md (and the summary) from <out>/report.json
  -h, --help          this help`;
}

const { values: args } = parseArgs({
	options: {
		build: { type: 'boolean', default: true },
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '3' },
		pages: { type: 'string' },
		langs: { type: 'string' },
		port: { type: 'string', default: '4199' },
		out: { type: 'string', default: 'bench' },
		'lhr-dir': { type: 'string' },
		'no-lighthouse': { type: 'boolean', default: false },
		'from-json': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false }
	},
	strict: true
});
if (args.help) {
	console.log(usage());
	process.exit(0);
}
const opt = {
	build: args.build && !args['no-build'],
	runs: Number.parseInt(args.runs, 10),
	port: Number.parseInt(args.port, 10),
	out: path.resolve(ROOT, args.out),
	lhrDir: args['lhr-dir'] ? path.resolve(args['lhr-dir']) : null,
	lighthouse: !args['no-lighthouse'],
	fromJson: args['from-json'],
	kinds: args.pages ? args.pages.split(',').map((s) => s.trim()).filter(Boolean) : KINDS.map((k) => k.kind),
	langs: args.langs ? args.langs.split(',').map((s) => s.trim()).filter(Boolean) : LANGS
};
{
	const bad = [];
	if (!Number.isInteger(opt.runs) || opt.runs < 1 || opt.runs > LIMITS.maxRuns) bad.push(`--runs must be 1..${LIMITS.maxRuns}`);
	if (!Number.isInteger(opt.port) || opt.port < 1024 || opt.port > 65535) bad.push('--port must be 1024..65535');
	for (const k of opt.kinds) if (!KINDS.some((x) => x.kind === k)) bad.push(`unknown page kind "${k}"`);
	for (const l of opt.langs) if (!LANGS.includes(l)) bad.push(`unknown language "${l}"`);
	if (bad.length) {
		console.error(bad.join('\n') + '\n\n' + usage());
		process.exit(2);
	}
}
const ORIGIN = `http://${HOST}:${opt.port}`;

// ---------------------------------------------------------------------------------------------
// Cleanup: everything started is registered here and torn down exactly once.

const cleanups = [];
let cleaned = false;
let aborted = false;
/** Register a teardown; once cleanup has started, run it at once instead. */
function onCleanup(fn) {
	if (cleaned) return Promise.resolve().then(fn).catch(() => {});
	cleanups.push(fn);
}
function checkAborted() {
	if (aborted || cleaned) throw new Error('aborted');
}
async function cleanup() {
	if (cleaned) return;
	cleaned = true;
	for (const fn of cleanups.reverse()) {
		try {
			await fn();
		} catch (e) {
			console.error(`cleanup: ${e?.message ?? e}`);
		}
	}
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(sig, () => {
		aborted = true;
		console.error(`\n${sig}: stopping`);
		process.exitCode = 130;
		// Kill what runs now; main() then unwinds (every step checks `aborted`) and exits. Fallback
		// exit if something does not unwind.
		void cleanup();
		setTimeout(() => process.exit(130), 15_000).unref();
	});
}

const log = (...a) => console.log('[bench:web]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withTimeout(promise, ms, what, onTimeout) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => {
			Promise.resolve(onTimeout?.()).catch(() => {});
			reject(new Error(`${what}: timed out after ${Math.round(ms / 1000)} s`));
		}, ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

// ---------------------------------------------------------------------------------------------
// Build and staging

function build() {
	log('npm run build …');
	const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: LIMITS.buildMs });
	if (r.error) throw new Error(`npm run build: ${r.error.message}`);
	if (r.status !== 0) throw new Error(`npm run build exited with ${r.status ?? r.signal}`);
}

function* walk(dir, depth = 0) {
	if (depth > 30) return;
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) yield* walk(p, depth + 1);
		else if (e.isFile()) yield p;
	}
}

/** Copy build/ to a temp dir and write .gz/.br next to every text file. Returns url path → sizes. */
function stage(buildDir, stageDir) {
	fs.cpSync(buildDir, stageDir, { recursive: true });
	const sizes = new Map();
	let files = 0;
	for (const file of walk(stageDir)) {
		if (/\.(gz|br)$/.test(file)) continue; // already precompressed by the build
		const rel = '/' + path.relative(stageDir, file).split(path.sep).join('/');
		const buf = fs.readFileSync(file);
		const entry = { raw: buf.length, gzip: null, brotli: null };
		if (TEXT_EXT.has(path.extname(file).toLowerCase())) {
			const gz = zlib.gzipSync(buf, { level: 9 });
			const br = zlib.brotliCompressSync(buf, {
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length
				}
			});
			if (!fs.existsSync(file + '.gz')) fs.writeFileSync(file + '.gz', gz);
			if (!fs.existsSync(file + '.br')) fs.writeFileSync(file + '.br', br);
			entry.gzip = gz.length;
			entry.brotli = br.length;
		}
		sizes.set(rel, entry);
		if (++files > 100_000) throw new Error('build/ has more than 100 000 files: refusing to stage it');
	}
	return { sizes, files };
}

function diskSizes(sizes, url) {
	let p;
	try {
		const u = new URL(url);
		if (u.origin !== ORIGIN) return null;
		p = decodeURIComponent(u.pathname);
	} catch {
		return null;
	}
	if (p.endsWith('/')) p += 'index.html';
	return sizes.get(p) ?? sizes.get(p + '.html') ?? sizes.get(p + '/index.html') ?? null;
}

// ---------------------------------------------------------------------------------------------
// Static server

function portInUse(port) {
	return new Promise((resolve) => {
		const sock = net.connect({ host: HOST, port });
		sock.setTimeout(1000);
		sock.once('connect', () => (sock.destroy(), resolve(true)));
		sock.once('timeout', () => (sock.destroy(), resolve(false)));
		sock.once('error', () => resolve(false));
	});
}

function sirvBin() {
	const pkgPath = require.resolve('sirv-cli/package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
	const bin = typeof pkg.bin === 'string' ? pkg.bin : (pkg.bin?.sirv ?? 'bin.js');
	return path.join(path.dirname(pkgPath), bin);
}

async function startServer(dir, sentinel) {
	checkAborted();
	if (await portInUse(opt.port)) {
		throw new Error(`port ${opt.port} is already in use on ${HOST}: stop that server or pass --port`);
	}
	const child = spawn(
		process.execPath,
		[sirvBin(), dir, '--port', String(opt.port), '--host', HOST, '--quiet', '--gzip', '--brotli'],
		{ cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOST: '', PORT: '' } }
	);
	let stderr = '';
	child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
	let exited = null;
	child.once('exit', (code, signal) => (exited = { code, signal }));
	onCleanup(async () => {
		if (exited) return;
		child.kill('SIGTERM');
		for (let i = 0; i < 30 && !exited; i++) await sleep(100);
		if (!exited) child.kill('SIGKILL');
		log(`static server (pid ${child.pid}) stopped`);
	});
	// sirv-cli silently falls back to another port when the one asked for is taken, so check that
	// the server answering on our port serves our directory (a sentinel file written into it).
	for (let i = 0; i < LIMITS.serverStartTries; i++) {
		if (exited) throw new Error(`sirv exited (${exited.code ?? exited.signal}): ${stderr.trim()}`);
		try {
			const res = await fetch(`${ORIGIN}/${sentinel.name}`, { signal: AbortSignal.timeout(1000) });
			if (res.ok && (await res.text()) === sentinel.value) {
				log(`static server pid ${child.pid} on ${ORIGIN} (serving a precompressed copy of build/)`);
				return child;
			}
		} catch {
			/* not up yet */
		}
		await sleep(100);
	}
	throw new Error(`static server did not answer on ${ORIGIN} within ${LIMITS.serverStartTries / 10} s`);
}

// ---------------------------------------------------------------------------------------------
// Transfer sizes (Playwright + CDP)

function classify(cdpType, mime, url) {
	mime = (mime || '').toLowerCase();
	let ext = '';
	try {
		ext = path.extname(new URL(url).pathname).toLowerCase();
	} catch {
		/* ignore */
	}
	if (cdpType === 'Document' || mime === 'text/html') return 'html';
	if (cdpType === 'Stylesheet' || mime === 'text/css' || ext === '.css') return 'css';
	if (cdpType === 'Script' || mime.includes('javascript') || ext === '.js' || ext === '.mjs') return 'js';
	if (cdpType === 'Font' || mime.startsWith('font/') || /^\.(woff2?|ttf|otf|eot)$/.test(ext)) return 'fonts';
	if (cdpType === 'Image' || mime.startsWith('image/') || /^\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(ext)) return 'images';
	return 'other';
}

async function measureTransfer(browser, url, sizes) {
	checkAborted();
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const reqs = new Map();
		const get = (id) => {
			if (!reqs.has(id)) reqs.set(id, { id, redirects: 0 });
			return reqs.get(id);
		};
		cdp.on('Network.requestWillBeSent', (e) => {
			const r = get(e.requestId);
			if (e.redirectResponse) r.redirects += e.redirectResponse.encodedDataLength ?? 0;
			r.url = e.request.url;
			r.cdpType = e.type;
		});
		cdp.on('Network.responseReceived', (e) => {
			const r = get(e.requestId);
			r.cdpType = e.type ?? r.cdpType;
			r.status = e.response.status;
			r.mime = e.response.mimeType;
			const h = Object.fromEntries(Object.entries(e.response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
			r.encoding = h['content-encoding'] ?? 'identity';
			r.contentLength = h['content-length'] != null ? Number(h['content-length']) : null;
			r.fromCache = Boolean(e.response.fromDiskCache || e.response.fromServiceWorker || e.response.fromPrefetchCache);
		});
		cdp.on('Network.loadingFinished', (e) => {
			const r = get(e.requestId);
			r.transfer = e.encodedDataLength;
			r.done = true;
		});
		cdp.on('Network.loadingFailed', (e) => {
			const r = get(e.requestId);
			r.failed = e.errorText || 'failed';
			r.done = true;
		});
		const res = await page.goto(url, { waitUntil: 'networkidle', timeout: LIMITS.gotoMs });
		if (!res || res.status() !== 200) throw new Error(`${url}: HTTP ${res?.status()}`);
		// Let the last loadingFinished events arrive (bounded).
		for (let i = 0; i < 20 && [...reqs.values()].some((r) => !r.done); i++) await sleep(100);

		const resources = [];
		for (const r of reqs.values()) {
			if (!r.url || r.url.startsWith('data:') || r.url.startsWith('blob:')) continue;
			const type = classify(r.cdpType, r.mime, r.url);
			const disk = diskSizes(sizes, r.url);
			resources.push({
				url: r.url.startsWith(ORIGIN) ? r.url.slice(ORIGIN.length) : r.url,
				type,
				cdpType: r.cdpType ?? null,
				status: r.status ?? null,
				encoding: r.encoding ?? null,
				transferBytes: (r.transfer ?? 0) + r.redirects, // headers + (compressed) body on the wire
				bodyBytes: r.contentLength, // compressed body only (Content-Length)
				rawBytes: disk?.raw ?? null,
				gzipBytes: disk?.gzip ?? null,
				brotliBytes: disk?.brotli ?? null,
				fromCache: r.fromCache ?? false,
				failed: r.failed ?? null,
				finished: Boolean(r.done && !r.failed)
			});
		}
		resources.sort((a, b) => TYPES.indexOf(a.type) - TYPES.indexOf(b.type) || b.transferBytes - a.transferBytes);
		const byType = Object.fromEntries(TYPES.map((t) => [t, 0]));
		const bodyByType = Object.fromEntries(TYPES.map((t) => [t, 0]));
		for (const r of resources) {
			byType[r.type] += r.transferBytes;
			bodyByType[r.type] += r.bodyBytes ?? 0;
		}
		const total = TYPES.reduce((s, t) => s + byType[t], 0);
		return {
			byType,
			bodyByType,
			total,
			totalNoImages: total - byType.images,
			requests: resources.length,
			encodings: [...new Set(resources.map((r) => r.encoding).filter(Boolean))],
			resources
		};
	} finally {
		await context.close().catch(() => {});
	}
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

async function loadLighthouse() {
	const lhMain = require.resolve('lighthouse');
	const { default: lighthouse } = await import(pathToFileURL(lhMain).href);
	// chrome-launcher is lighthouse's own dependency: resolve it from there.
	const clPath = createRequire(lhMain).resolve('chrome-launcher');
	const chromeLauncher = await import(pathToFileURL(clPath).href);
	const pkg = JSON.parse(fs.readFileSync(require.resolve('lighthouse/package.json'), 'utf8'));
	return { lighthouse, chromeLauncher, version: pkg.version };
}

async function lighthouseRun(lh, url) {
	checkAborted();
	const chrome = await lh.chromeLauncher.launch({
		chromePath: CHROME_PATH,
		chromeFlags: CHROME_FLAGS,
		handleSIGINT: false,
		logLevel: 'silent',
		maxConnectionRetries: 100
	});
	let killed = false;
	const kill = async () => {
		if (killed) return;
		killed = true;
		try {
			await chrome.kill();
		} catch {
			/* already gone */
		}
	};
	onCleanup(kill);
	try {
		checkAborted();
		const result = await withTimeout(
			lh.lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES,
				maxWaitForLoad: 45_000
			}),
			LIMITS.lighthouseRunMs,
			`lighthouse ${url}`,
			kill
		);
		if (!result?.lhr) throw new Error(`lighthouse ${url}: no result`);
		return result.lhr;
	} finally {
		await kill();
	}
}

// Audits whose result depends on the bench server (sirv-cli defaults), not on the site: the real
// host decides. They are reported, with this note.
const SERVER_DEPENDENT = {
	'cache-insight': 'depends on Cache-Control headers: sirv-cli here sends none (it ignores build/_headers); a host that sends `max-age=31536000, immutable` for /_app/immutable/* (as build/_headers asks, when present) passes it',
	'modern-http-insight': 'depends on the server: sirv-cli here speaks HTTP/1.1',
	'uses-text-compression': 'depends on the server (the bench serves precompressed brotli/gzip)',
	'server-response-time': 'depends on the server',
	'is-on-https': 'the bench serves plain http on 127.0.0.1'
};
// Informative audits worth showing next to the metrics they explain (from the median run).
const CONTEXT_AUDITS = ['lcp-breakdown-insight', 'bootup-time', 'long-tasks', 'unused-javascript', 'unused-css-rules', 'duplicated-javascript-insight', 'legacy-javascript-insight', 'dom-size-insight'];

const short = (s, n = 160) => {
	s = String(s ?? '').replace(/\s+/g, ' ').trim();
	return s.length > n ? s.slice(0, n - 1) + '…' : s;
};
const rel = (u) => (typeof u === 'string' && u.startsWith(ORIGIN) ? u.slice(ORIGIN.length) : u);

function nodeText(n) {
	if (!n || typeof n !== 'object') return null;
	const parts = [];
	if (n.selector) parts.push(n.selector);
	if (n.type === 'text' && n.value != null) parts.push(short(n.value, 120));
	if (n.snippet) parts.push(short(n.snippet, 120));
	if (n.nodeLabel && n.nodeLabel !== n.selector) parts.push(`“${short(n.nodeLabel, 70)}”`);
	if (n.explanation) parts.push('— ' + short(n.explanation.split('\n').slice(0, 2).join(' '), 200));
	return parts.join(' ') || null;
}

/** One line per item of an audit's details, saying what the audit points at. */
function itemText(item) {
	if (item == null) return null;
	if (typeof item !== 'object') return short(item);
	const parts = [];
	const url = item.url ?? item.source?.url ?? (item.source?.type === 'url' ? item.source.value : null) ?? item.href;
	if (url) parts.push(rel(url));
	const node = item.node ?? (item.source?.type === 'node' ? item.source : null) ?? (item.type === 'node' ? item : null);
	const nt = nodeText(node);
	if (nt) parts.push(nt);
	if (item.source?.type === 'code' || item.source?.type === 'text') parts.push(short(item.source.value, 120));
	if (typeof item.statistic === 'string') parts.push(item.statistic);
	if (item.groupLabel) parts.push(item.groupLabel);
	for (const k of ['label', 'reason', 'description', 'issue', 'directive', 'failureReason', 'entity', 'cacheLifetimeMs']) {
		const v = item[k];
		if (typeof v === 'string' || typeof v === 'number') parts.push(`${k === 'label' || k === 'description' ? '' : k + ': '}${short(v, 160)}`);
		else if (v && typeof v === 'object' && typeof v.formattedDefault === 'string') parts.push(short(v.formattedDefault));
		else if (v && typeof v === 'object' && v.type === 'code') parts.push(short(v.value, 120));
	}
	if (item.line != null && url) parts[0] = `${parts[0]}:${item.line}`;
	const nums = [];
	const numeric = (v) => (typeof v === 'number' ? v : v && typeof v === 'object' && typeof v.value === 'number' ? v.value : null);
	if (numeric(item.value) != null) nums.push(String(numeric(item.value)));
	if (typeof item.score === 'number') nums.push(`shift score ${item.score.toFixed(3)}`);
	if (typeof item.reflowTime === 'number') nums.push(`${Math.round(item.reflowTime)} ms reflow`);
	if (item.wastedBytes) nums.push(`could save ${(item.wastedBytes / KB).toFixed(1)} KB`);
	if (item.wastedMs) nums.push(`could save ${Math.round(item.wastedMs)} ms`);
	if (item.transferSize && !item.wastedBytes) nums.push(`${(item.transferSize / KB).toFixed(1)} KB`);
	if (item.duration && !item.wastedMs) nums.push(`${Math.round(item.duration)} ms`);
	if (typeof item.total === 'number') nums.push(`${Math.round(item.total)} ms total`);
	if (typeof item.scripting === 'number') nums.push(`${Math.round(item.scripting)} ms scripting`);
	if (typeof item.startTime === 'number' && typeof item.duration === 'number') nums.push(`at ${Math.round(item.startTime)} ms`);
	if (nums.length) parts.push(`(${nums.join(', ')})`);
	if (item.subItems?.items?.length) {
		parts.push('[' + item.subItems.items.slice(0, 4).map(itemText).filter(Boolean).join('; ') + ']');
	}
	return parts.length ? short(parts.join(' '), 400) : null;
}

function chainLines(chains, prefix = [], out = [], depth = 0) {
	if (!chains || depth > 20 || out.length >= 200) return out;
	for (const c of Object.values(chains)) {
		const here = [...prefix, rel(c.url ?? c.request?.url ?? '?')];
		if (c.children && Object.keys(c.children).length) chainLines(c.children, here, out, depth + 1);
		else {
			const t = c.navStartToEndTime ?? c.request?.endTime;
			out.push({ text: here.join(' → ') + (typeof t === 'number' ? ` (${Math.round(t)} ms)` : ''), t: typeof t === 'number' ? t : 0 });
		}
		if (out.length >= 200) break;
	}
	return out;
}

function detailItems(details, depth = 0) {
	if (!details || depth > 4) return [];
	const out = [];
	if (details.type === 'checklist' && details.items && typeof details.items === 'object') {
		for (const [k, v] of Object.entries(details.items)) if (v && v.value === false) out.push(`not met: ${v.label ?? k}`);
	} else if (details.type === 'network-tree' && details.chains) {
		// Longest chains first (the critical path).
		out.push(...chainLines(details.chains).sort((a, b) => b.t - a.t).map((c) => c.text));
	} else if (details.type === 'list-section') {
		out.push(...detailItems(details.value, depth + 1));
	} else if (details.type === 'list' && Array.isArray(details.items)) {
		for (const it of details.items) {
			if (it && typeof it === 'object' && it.type) out.push(...detailItems(it, depth + 1));
			else out.push(itemText(it));
		}
	} else if (Array.isArray(details.items)) {
		for (const it of details.items) out.push(itemText(it));
	} else if (details.type === 'node') {
		out.push(nodeText(details));
	} else if (details.type === 'text' || details.type === 'code') {
		out.push(short(details.value));
	}
	return out.filter(Boolean);
}

/** Every audit that keeps one of the four categories below 100 in this run. */
function failingAudits(lhr) {
	const out = [];
	for (const catId of CATEGORIES) {
		const cat = lhr.categories[catId];
		if (!cat) continue;
		for (const ref of cat.auditRefs) {
			const a = lhr.audits[ref.id];
			if (!a) continue;
			const mode = a.scoreDisplayMode;
			if (mode === 'notApplicable' || mode === 'manual') continue;
			const isError = mode === 'error';
			if (!isError && (a.score === null || a.score >= 1)) continue;
			// weight > 0: directly lowers the category score. weight 0 (performance diagnostics and
			// insights): explains the metrics that lower it.
			out.push({
				category: catId,
				id: a.id,
				title: a.title,
				weight: ref.weight,
				group: ref.group ?? null,
				score: a.score,
				displayValue: a.displayValue ?? null,
				error: isError ? a.errorMessage ?? 'error' : null,
				serverNote: SERVER_DEPENDENT[a.id] ?? null,
				items: detailItems(a.details).slice(0, LIMITS.itemsPerAudit),
				itemCount: Array.isArray(a.details?.items) ? a.details.items.length : null
			});
		}
	}
	return out;
}

function summarizeRun(lhr) {
	const num = (id) => lhr.audits[id]?.numericValue ?? null;
	const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
	return {
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
		metrics: {
			lcpMs: num('largest-contentful-paint'),
			tbtMs: num('total-blocking-time'),
			cls: num('cumulative-layout-shift'),
			fcpMs: num('first-contentful-paint'),
			siMs: num('speed-index'),
			totalByteWeight: num('total-byte-weight')
		},
		benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
		runWarnings: lhr.runWarnings ?? [],
		runtimeError: lhr.runtimeError ?? null,
		failing: failingAudits(lhr),
		context: CONTEXT_AUDITS.map((id) => lhr.audits[id])
			.filter((a) => a && a.scoreDisplayMode !== 'notApplicable')
			.map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue ?? null, items: detailItems(a.details).slice(0, 8) }))
			.filter((a) => a.items.length || a.displayValue)
	};
}

function median(values) {
	const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return null;
	const m = Math.floor(v.length / 2);
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

function aggregateRuns(runs) {
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
	const metricKeys = Object.keys(runs[0]?.metrics ?? {});
	const metrics = Object.fromEntries(metricKeys.map((k) => [k, median(runs.map((r) => r.metrics[k]))]));
	// The run closest to the medians (performance score, then LCP) supplies the audit details.
	let medianRun = 0;
	let best = Infinity;
	runs.forEach((r, i) => {
		const d = Math.abs((r.scores.performance ?? 0) - (scores.performance ?? 0)) * 1000 + Math.abs((r.metrics.lcpMs ?? 0) - (metrics.lcpMs ?? 0));
		if (d < best) (best = d), (medianRun = i);
	});
	const audits = new Map();
	runs.forEach((r, i) => {
		for (const a of r.failing) {
			const key = `${a.category}/${a.id}`;
			if (!audits.has(key)) audits.set(key, { ...a, failedRuns: 0, scores: [] });
			const agg = audits.get(key);
			agg.failedRuns++;
			agg.scores.push(a.score);
			if (i === medianRun) Object.assign(agg, { displayValue: a.displayValue, items: a.items, itemCount: a.itemCount, score: a.score });
		}
	});
	return {
		runs: runs.length,
		scores,
		metrics,
		benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
		perRun: runs.map((r) => ({ scores: r.scores, metrics: r.metrics, runWarnings: r.runWarnings, runtimeError: r.runtimeError })),
		context: runs[medianRun]?.context ?? [],
		failing: [...audits.values()].sort(
			(a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || b.weight - a.weight || a.id.localeCompare(b.id)
		)
	};
}

// ---------------------------------------------------------------------------------------------
// Targets and report

const fmtKB = (b) => (b == null ? '—' : `${(b / KB).toFixed(1)} KB`);
const fmtMs = (ms) => (ms == null ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtCls = (v) => (v == null ? '—' : v.toFixed(3));
const fmtScore = (v) => (v == null ? '—' : String(Math.round(v)));
const MISS = '❌';

function checks(p) {
	const c = [];
	if (p.transfer) {
		if (p.kind === 'lesson') c.push({ key: 'js', label: 'JS (compressed)', value: p.transfer.byType.js, target: TARGETS.lessonJsBytes, ok: p.transfer.byType.js <= TARGETS.lessonJsBytes, fmt: fmtKB, targetText: `≤ ${fmtKB(TARGETS.lessonJsBytes)}` });
		c.push({ key: 'totalNoImages', label: 'Initial transfer, images aside', value: p.transfer.totalNoImages, ok: p.transfer.totalNoImages <= TARGETS.totalNoImagesBytes, fmt: fmtKB, targetText: `≤ ${fmtKB(TARGETS.totalNoImagesBytes)}` });
		const b = p.transfer.bodyByType;
		c.push({ key: 'jsBody', label: 'JS, compressed bodies only (no HTTP headers)', value: b.js, ok: null, fmt: fmtKB, targetText: '—' });
		c.push({ key: 'totalNoImagesBody', label: 'Initial transfer images aside, bodies only', value: TYPES.filter((t) => t !== 'images').reduce((sum, t) => sum + b[t], 0), ok: null, fmt: fmtKB, targetText: '—' });
	}
	if (p.lighthouse) {
		const { scores, metrics } = p.lighthouse;
		c.push({ key: 'lcp', label: 'LCP (median)', value: metrics.lcpMs, ok: metrics.lcpMs != null && metrics.lcpMs <= TARGETS.lcpMs, fmt: fmtMs, targetText: `≤ ${fmtMs(TARGETS.lcpMs)}` });
		for (const cat of CATEGORIES) c.push({ key: cat, label: `Lighthouse ${cat} (median)`, value: scores[cat], ok: scores[cat] != null && scores[cat] >= TARGETS.score, fmt: fmtScore, targetText: '100' });
		c.push({ key: 'tbt', label: 'TBT (median)', value: metrics.tbtMs, ok: null, fmt: fmtMs, targetText: '—' });
		c.push({ key: 'cls', label: 'CLS (median)', value: metrics.cls, ok: null, fmt: fmtCls, targetText: '—' });
	}
	return c;
}

function mark(p, key, text) {
	const c = checks(p).find((x) => x.key === key);
	return c && c.ok === false ? `${text} ${MISS}` : text;
}

function summaryRows(pages) {
	return pages.map((p) => {
		if (p.skipped) return { page: `${p.kind} (${p.lang})`, url: p.url, skipped: p.skipped };
		const t = p.transfer;
		const l = p.lighthouse;
		return {
			page: `${p.kind} (${p.lang})`,
			url: p.url,
			html: t ? fmtKB(t.byType.html) : '—',
			css: t ? fmtKB(t.byType.css) : '—',
			js: t ? mark(p, 'js', fmtKB(t.byType.js)) : '—',
			fonts: t ? fmtKB(t.byType.fonts) : '—',
			images: t ? fmtKB(t.byType.images) : '—',
			other: t ? fmtKB(t.byType.other) : '—',
			totalNoImages: t ? mark(p, 'totalNoImages', fmtKB(t.totalNoImages)) : '—',
			requests: t ? String(t.requests) : '—',
			perf: l ? mark(p, 'performance', fmtScore(l.scores.performance)) : '—',
			lcp: l ? mark(p, 'lcp', fmtMs(l.metrics.lcpMs)) : '—',
			tbt: l ? fmtMs(l.metrics.tbtMs) : '—',
			cls: l ? fmtCls(l.metrics.cls) : '—',
			a11y: l ? mark(p, 'accessibility', fmtScore(l.scores.accessibility)) : '—',
			bp: l ? mark(p, 'best-practices', fmtScore(l.scores['best-practices'])) : '—',
			seo: l ? mark(p, 'seo', fmtScore(l.scores.seo)) : '—'
		};
	});
}

const COLS = [
	['page', 'Page'],
	['html', 'HTML'],
	['css', 'CSS'],
	['js', 'JS'],
	['fonts', 'Fonts'],
	['images', 'Images'],
	['other', 'Other'],
	['totalNoImages', 'Total − img'],
	['requests', 'Req.'],
	['perf', 'Perf'],
	['lcp', 'LCP'],
	['tbt', 'TBT'],
	['cls', 'CLS'],
	['a11y', 'A11y'],
	['bp', 'BP'],
	['seo', 'SEO']
];

const mdEsc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');

function mdTable(header, rows) {
	return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(mdEsc).join(' | ')} |`)].join('\n');
}

function consoleTable(rows) {
	const data = rows.map((r) => (r.skipped ? [r.page, `skipped: ${r.skipped}`] : COLS.map(([k]) => r[k].replace(MISS, '✗'))));
	const header = COLS.map(([, h]) => h);
	const widths = header.map((h, i) => Math.max(h.length, ...data.filter((d) => d.length > 2).map((d) => d[i].length)));
	const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...data.map((d) => (d.length === 2 ? `${d[0].padEnd(widths[0])}  ${d[1]}` : line(d)))].join('\n');
}

function auditIndex(pages) {
	// audit → pages where it fails, with what it points at (from the first page, plus any items
	// not seen on earlier pages).
	const idx = new Map();
	for (const p of pages) {
		for (const a of p.lighthouse?.failing ?? []) {
			const key = `${a.category}/${a.id}`;
			if (!idx.has(key)) idx.set(key, { category: a.category, id: a.id, title: a.title, weight: a.weight, serverNote: a.serverNote, pages: [], pageKeys: [], itemPages: new Map() });
			const e = idx.get(key);
			const pk = `${p.kind}/${p.lang}`;
			e.pageKeys.push(pk);
			e.pages.push(`${pk}${a.failedRuns < p.lighthouse.runs ? ` (${a.failedRuns}/${p.lighthouse.runs} runs)` : ''}${a.displayValue ? `: ${a.displayValue}` : ''}`);
			for (const it of a.items.slice(0, 6)) {
				if (!e.itemPages.has(it)) {
					if (e.itemPages.size >= 25) continue;
					e.itemPages.set(it, []);
				}
				e.itemPages.get(it).push(pk);
			}
		}
	}
	for (const e of idx.values()) {
		e.items = [...e.itemPages].map(([it, pks]) => (e.pageKeys.length > 1 ? `${it} — ${pks.length === e.pageKeys.length ? 'all these pages' : pks.join(', ')}` : it));
		delete e.itemPages;
	}
	return [...idx.values()].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || b.weight - a.weight || b.pages.length - a.pages.length);
}

function writeReport(meta, pages) {
	const L = [];
	L.push('# Web benchmark report', '');
	L.push(`Generated ${meta.date} by \`npm run bench:web\` (scripts/bench-web.mjs) — commit ${meta.commit ?? 'unknown'}${meta.built ? '' : ' (build/ reused: --no-build)'}.`, '');
	L.push(
		`- Server: sirv-cli ${meta.sirvVersion} on ${meta.origin}, serving a copy of build/ precompressed with gzip -9 and brotli -11 (sirv serves only precompressed files). Chromium asked for \`${meta.acceptEncoding ?? '?'}\`; encodings served: ${meta.encodings.join(', ') || '—'}.`,
		`- Transfer: Playwright ${meta.playwrightVersion} + ${meta.chromium}, fresh context per page, cache disabled, service workers blocked (a precache would be background traffic, not the page's initial load), mobile viewport, bytes = CDP \`Network.loadingFinished.encodedDataLength\` (response headers + compressed body) summed until network idle. 1 KB = 1024 bytes.`,
		meta.lighthouseVersion
			? `- Lighthouse ${meta.lighthouseVersion}, default config (mobile emulation, simulated slow-4G throttling, 4× CPU slowdown), ${meta.runs} run(s) per page, medians. Host benchmarkIndex (median): ${meta.benchmarkIndex ?? '—'}.`
			: '- Lighthouse: not run (--no-lighthouse).',
		`- Targets: JS on a lesson page ≤ ${fmtKB(TARGETS.lessonJsBytes)}; initial transfer images aside ≤ ${fmtKB(TARGETS.totalNoImagesBytes)}; LCP ≤ ${fmtMs(TARGETS.lcpMs)}; Lighthouse performance, accessibility, best practices and SEO = 100. ${MISS} marks a figure that misses its target.`,
		''
	);
	if (meta.notes.length) L.push('**Notes**', '', ...meta.notes.map((n) => `- ${n}`), '');

	L.push('## Summary', '');
	const rows = summaryRows(pages);
	L.push(
		mdTable(
			COLS.map(([, h]) => h),
			rows.map((r) => (r.skipped ? [r.page, `skipped: ${r.skipped}`, ...COLS.slice(2).map(() => '')] : COLS.map(([k]) => r[k])))
		),
		''
	);

	const idx = auditIndex(pages);
	if (meta.lighthouseVersion) {
		L.push('## Audits keeping a page below 100', '');
		L.push('Weight > 0: the audit counts in the category score. Weight 0 (performance only): a diagnostic or insight explaining the metrics that lower the score.', '');
		if (!idx.length) L.push('None: every measured page scores 100 in every category.', '');
		for (const a of idx) {
			L.push(`### \`${a.id}\` — ${mdEsc(a.title)} (${a.category}, weight ${a.weight})`, '');
			L.push(`Pages: ${a.pages.map(mdEsc).join('; ')}`, '');
			if (a.serverNote) L.push(`Note: ${mdEsc(a.serverNote)}.`, '');
			if (a.items.length) L.push(...a.items.map((it) => `- ${mdEsc(it)}`), '');
		}
	}

	L.push('## Pages', '');
	for (const p of pages) {
		L.push(`### ${p.kind} (${p.lang}) — \`${p.url}\``, '');
		if (p.skipped) {
			L.push(`Skipped: ${p.skipped}.`, '');
			continue;
		}
		if (p.errors?.length) L.push(...p.errors.map((e) => `- **Error**: ${mdEsc(e)}`), '');
		const c = checks(p);
		L.push(mdTable(['Figure', 'Value', 'Target', ''], c.map((x) => [x.label, x.fmt(x.value), x.targetText, x.ok === false ? MISS : x.ok ? '✓' : ''])), '');
		if (p.lighthouse) {
			const m = p.lighthouse.metrics;
			L.push(`Other Lighthouse medians: FCP ${fmtMs(m.fcpMs)}, Speed Index ${fmtMs(m.siMs)}, total byte weight ${fmtKB(m.totalByteWeight)}. Per run (perf / LCP / TBT / CLS): ${p.lighthouse.perRun.map((r) => `${fmtScore(r.scores.performance)} / ${fmtMs(r.metrics.lcpMs)} / ${fmtMs(r.metrics.tbtMs)} / ${fmtCls(r.metrics.cls)}`).join(' · ')}.`, '');
			const warn = [...new Set(p.lighthouse.perRun.flatMap((r) => r.runWarnings))];
			if (warn.length) L.push(`Lighthouse warnings: ${warn.map(mdEsc).join(' ')}`, '');
		}
		if (p.transfer) {
			L.push('<details><summary>Requests on the initial load</summary>', '');
			L.push(
				mdTable(
					['Type', 'URL', 'Encoding', 'Transferred', 'Body', 'Raw on disk', 'gzip -9', 'brotli -11'],
					p.transfer.resources.map((r) => [r.type, r.url + (r.failed ? ` (failed: ${r.failed})` : '') + (r.status && r.status !== 200 ? ` (HTTP ${r.status})` : ''), r.encoding ?? '—', fmtKB(r.transferBytes), fmtKB(r.bodyBytes), fmtKB(r.rawBytes), fmtKB(r.gzipBytes), fmtKB(r.brotliBytes)])
				),
				'',
				'</details>',
				''
			);
		}
		if (p.lighthouse?.failing.length) {
			L.push('Audits below 100 on this page:', '');
			for (const a of p.lighthouse.failing) {
				L.push(`- \`${a.id}\` (${a.category}, weight ${a.weight}, failed ${a.failedRuns}/${p.lighthouse.runs} runs${a.displayValue ? `, ${mdEsc(a.displayValue)}` : ''}) — ${mdEsc(a.title)}${a.error ? ` — error: ${mdEsc(a.error)}` : ''}${a.serverNote ? ` — note: ${mdEsc(a.serverNote)}` : ''}`);
				for (const it of a.items) L.push(`  - ${mdEsc(it)}`);
			}
			L.push('');
		}
		if (p.lighthouse?.context.length) {
			L.push('Diagnostics (median run, informative):', '');
			for (const a of p.lighthouse.context) {
				L.push(`- \`${a.id}\` — ${mdEsc(a.title)}${a.displayValue ? ` (${mdEsc(a.displayValue)})` : ''}`);
				for (const it of a.items) L.push(`  - ${mdEsc(it)}`);
			}
			L.push('');
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

	const stageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-web-'));
	onCleanup(() => fs.rmSync(stageDir, { recursive: true, force: true }));
	const { sizes, files } = stage(buildDir, stageDir);
	const sentinel = { name: `__bench-web-${process.pid}-${Date.now()}.txt`, value: `bench-web ${process.pid} ${Math.random()}` };
	fs.writeFileSync(path.join(stageDir, sentinel.name), sentinel.value);
	log(`staged ${files} files from build/ into ${stageDir} (with .gz and .br)`);

	await startServer(stageDir, sentinel);

	// Which pages exist?
	const pages = [];
	for (const lang of opt.langs) {
		for (const k of KINDS.filter((x) => opt.kinds.includes(x.kind))) {
			const url = `/${lang}${k.path}`;
			const p = { kind: k.kind, lang, url };
			try {
				const res = await fetch(ORIGIN + url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
				if (res.status !== 200) p.skipped = `HTTP ${res.status} (page not built yet?)`;
				await res.arrayBuffer().catch(() => {});
			} catch (e) {
				p.skipped = `unreachable: ${e.message}`;
			}
			if (p.skipped) notes.push(`${url} skipped: ${p.skipped}.`);
			pages.push(p);
		}
	}
	const todo = pages.filter((p) => !p.skipped);
	if (!todo.length) throw new Error('no page to measure');

	// 1. Transfer sizes
	const { chromium } = await import('playwright-core').catch(() => import('@playwright/test'));
	const pwVersion = JSON.parse(fs.readFileSync(require.resolve('playwright-core/package.json'), 'utf8')).version;
	const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_FLAGS.filter((f) => f !== '--headless') });
	onCleanup(() => browser.close());
	const chromiumVersion = `Chromium ${browser.version()}`;
	let acceptEncoding = null;
	{
		const ctx = await browser.newContext();
		const pg = await ctx.newPage();
		const req = pg.waitForRequest((r) => r.url().startsWith(ORIGIN), { timeout: 10_000 });
		await pg.goto(`${ORIGIN}/${sentinel.name}`, { timeout: 10_000 }).catch(() => {});
		acceptEncoding = (await (await req.catch(() => null))?.allHeaders?.())?.['accept-encoding'] ?? null;
		await ctx.close();
	}
	for (const p of todo) {
		log(`transfer ${p.url}`);
		try {
			p.transfer = await measureTransfer(browser, ORIGIN + p.url, sizes);
		} catch (e) {
			checkAborted();
			(p.errors ??= []).push(`transfer: ${e.message}`);
		}
	}
	await browser.close();
	for (const p of todo) {
		const bad = (p.transfer?.resources ?? []).filter((r) => r.failed || (r.status != null && r.status >= 400));
		if (bad.length) notes.push(`${p.url}: ${bad.length} request(s) failed or returned an error (was build/ being rebuilt while it was copied?): ${bad.map((r) => r.url).slice(0, 5).join(', ')}.`);
	}

	// 2. Lighthouse
	let lhVersion = null;
	if (opt.lighthouse) {
		const lh = await loadLighthouse();
		lhVersion = lh.version;
		if (opt.lhrDir) fs.mkdirSync(opt.lhrDir, { recursive: true });
		for (const p of todo) {
			const runs = [];
			for (let i = 0; i < opt.runs; i++) {
				checkAborted();
				log(`lighthouse ${p.url} run ${i + 1}/${opt.runs}`);
				try {
					const lhr = await lighthouseRun(lh, ORIGIN + p.url);
					if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
					runs.push(summarizeRun(lhr));
					if (opt.lhrDir) fs.writeFileSync(path.join(opt.lhrDir, `${p.lang}-${p.kind}-${i + 1}.json`), JSON.stringify(lhr));
				} catch (e) {
					checkAborted();
					(p.errors ??= []).push(`lighthouse run ${i + 1}: ${e.message}`);
				}
			}
			if (runs.length) p.lighthouse = aggregateRuns(runs);
			if (runs.length && runs.length < opt.runs) notes.push(`${p.url}: only ${runs.length}/${opt.runs} Lighthouse runs succeeded.`);
		}
	}

	// 3. Report
	let commit = null;
	try {
		const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
		if (r.status === 0) commit = r.stdout.trim();
	} catch {
		/* no git */
	}
	const meta = {
		date: new Date().toISOString(),
		commit,
		built: opt.build,
		origin: ORIGIN,
		runs: opt.runs,
		sirvVersion: JSON.parse(fs.readFileSync(require.resolve('sirv-cli/package.json'), 'utf8')).version,
		playwrightVersion: pwVersion,
		chromium: chromiumVersion,
		chromeFlags: CHROME_FLAGS,
		lighthouseVersion: lhVersion,
		acceptEncoding,
		encodings: [...new Set(todo.flatMap((p) => p.transfer?.encodings ?? []))],
		benchmarkIndex: median(todo.map((p) => p.lighthouse?.benchmarkIndex)),
		targets: TARGETS,
		kb: KB,
		cpus: os.cpus().length,
		loadAverage: { start: Number(loadStart.toFixed(2)), end: Number(os.loadavg()[0].toFixed(2)) },
		notes,
		durationS: null
	};
	if (Math.max(meta.loadAverage.start, meta.loadAverage.end) > meta.cpus) {
		notes.push(
			`The machine was busy (1-min load average ${meta.loadAverage.start} at start, ${meta.loadAverage.end} at end, ${meta.cpus} CPUs): Lighthouse's simulated throttling scales the *observed* CPU work, so TBT (and LCP/FCP/SI, hence the performance score) are pessimistic. Byte counts are unaffected.`
		);
	}
	if (todo.some((p) => p.errors?.length)) notes.push('Some measurements failed: see the **Error** lines under the pages.');
	meta.durationS = Math.round((Date.now() - started) / 1000);
	fs.mkdirSync(opt.out, { recursive: true });
	const withChecks = pages.map((p) => ({ ...p, checks: p.skipped ? [] : checks(p).map(({ fmt, ...c }) => c) }));
	fs.writeFileSync(path.join(opt.out, 'report.json'), JSON.stringify({ meta, pages: withChecks }, null, '\t') + '\n');
	fs.writeFileSync(path.join(opt.out, 'report.md'), writeReport(meta, pages) + '\n');

	console.log('\n' + consoleTable(summaryRows(pages)));
	console.log(`\n✗ = misses its target (lesson JS ≤ ${fmtKB(TARGETS.lessonJsBytes)}, total − images ≤ ${fmtKB(TARGETS.totalNoImagesBytes)}, LCP ≤ ${fmtMs(TARGETS.lcpMs)}, scores 100). KB = 1024 B, compressed, headers included.`);
	for (const n of notes) console.log(`note: ${n}`);
	console.log(`\nWrote ${path.relative(ROOT, path.join(opt.out, 'report.md'))} and report.json in ${meta.durationS} s.`);
}

async function fromJson() {
	const file = path.join(opt.out, 'report.json');
	const { meta, pages } = JSON.parse(fs.readFileSync(file, 'utf8'));
	fs.writeFileSync(path.join(opt.out, 'report.md'), writeReport(meta, pages) + '\n');
	console.log(consoleTable(summaryRows(pages)));
	console.log(`\nRe-rendered ${path.relative(ROOT, path.join(opt.out, 'report.md'))} from ${path.relative(ROOT, file)} (measured ${meta.date}).`);
}

try {
	await (opt.fromJson ? fromJson() : main());
	await cleanup();
} catch (e) {
	if (!aborted) console.error(`[bench:web] error: ${e?.stack ?? e}`);
	await cleanup();
	process.exitCode = aborted ? 130 : 1;
}
