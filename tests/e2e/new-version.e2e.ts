import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import sirv from 'sirv';
import { answerSomething } from './answer';

// A new version deployed while a quiz is open (issue 19): another tab applies the update, which
// used to delete the previous version's files at once; the open quiz then could not load the
// module it needed next (the review scheduler, fetched on the first Check) and that answer never
// reached the review deck. Here the host plays both versions: the built site, then the same site
// under another version number whose files no longer include that module (as a new build's
// hashes would not), which the host no longer serves either.
const site = resolve(import.meta.dirname, '../..', process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173) + 13;
const origin = `http://127.0.0.1:${port}`;
const chunks = join(site, '_app/immutable/chunks');
const scheduler = readdirSync(chunks).find((f) => f.endsWith('.js') && readFileSync(join(chunks, f), 'utf8').includes('Invalid memory state'))!;
const version = JSON.parse(readFileSync(join(site, '_app/version.json'), 'utf8')).version as string;

let deployed = 1;
let server: Server;
test.beforeAll(async () => {
	const serve = sirv(site, { etag: true });
	const nextWorker = readFileSync(join(site, 'service-worker.js'), 'utf8').replaceAll(version, String(Number(version) + 1));
	// the new version's list of what to keep offline (scripts/list-offline.mjs) no longer has it
	const parts = JSON.parse(readFileSync(join(site, 'offline.json'), 'utf8')) as Record<string, Record<string, string[]>>;
	for (const ofLang of Object.values(parts)) for (const part of Object.keys(ofLang)) ofLang[part] = ofLang[part].filter((url) => !url.endsWith(`/${scheduler}`));
	const nextParts = JSON.stringify(parts);
	server = createServer((req, res) => {
		if (deployed === 2 && req.url === '/service-worker.js') {
			res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
			return res.end(nextWorker);
		}
		if (deployed === 2 && req.url?.startsWith('/offline.json')) {
			res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
			return res.end(nextParts);
		}
		if (deployed === 2 && req.url?.includes(scheduler)) {
			res.writeHead(404);
			return res.end();
		}
		serve(req, res, () => {
			res.writeHead(404);
			res.end();
		});
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('a quiz open while another tab applies a new version keeps working, and its answers reach the review deck', async ({ browser }) => {
	test.setTimeout(180_000);
	expect(scheduler).toBeTruthy();
	const context = await browser.newContext();
	const quiz = await context.newPage();
	await quiz.goto(`${origin}/en/modules/01-jurisdiction/quiz/`);
	await quiz.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await quiz.reload();
	await expect.poll(() => quiz.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
	await expect(quiz.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();

	// The new version is deployed; the learner opens the site in another tab and applies it.
	deployed = 2;
	const other = await context.newPage();
	await other.goto(`${origin}/en/`);
	await other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	// the new version takes over (the tab reloads once it is active)
	await Promise.all([other.waitForEvent('load'), other.getByRole('button', { name: 'Reload now' }).click()]);
	await expect.poll(() => quiz.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null)).toBe(true);

	// Back in the quiz tab: the first Check needs the scheduler, which only the old version had.
	await answerSomething(quiz);
	await quiz.getByRole('button', { name: 'Check' }).click();
	await expect(quiz.getByRole('heading', { name: /Correct|Incorrect|Partly/ }).first()).toBeVisible();
	// the answer is in progress at once, and its scheduling is done (nothing left pending)
	await expect
		.poll(() => quiz.evaluate(() => {
			const items = JSON.parse(localStorage.getItem('icc:progress') ?? '{"items":{}}').items as Record<string, { pending?: unknown[] }>;
			const all = Object.values(items);
			return all.length === 1 && !all[0].pending;
		}), { timeout: 15_000 })
		.toBe(true);
	await context.close();
});
