import { defineConfig } from '@playwright/test';

// Browsers cannot be downloaded on this project's machines: use Debian's Chromium
// (apt-get install chromium), or any Chromium named by CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The site under test: build/ on port 4173, unless BUILD_DIR / PORT say otherwise.
const buildDir = process.env.BUILD_DIR ?? 'build';
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 60_000,
	// The built site (build/, as deployed), served by a plain static server. `npm test` builds it
	// first; `vite preview` is not used because it serves .svelte-kit/output, not build/.
	webServer: {
		command: `sirv ${buildDir} --port ${port} --host 127.0.0.1 --quiet`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	},
	// Timings run alone, once every other test is done: on a two-core machine a second test in
	// parallel doubles every task.
	projects: [
		{ name: 'site', testIgnore: '**/*.timing.e2e.ts' },
		// one after the other too (a file's tests, in order, in one worker)
		{ name: 'timing', testMatch: '**/*.timing.e2e.ts', dependencies: ['site'], fullyParallel: false }
	],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		headless: true,
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run'
			]
		}
	}
});
