import { defineConfig } from '@playwright/test';

// Browsers cannot be downloaded on this project's machines: use Debian's Chromium
// (apt-get install chromium), or any Chromium named by CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
		command: 'npm run serve:static',
		url: 'http://127.0.0.1:4173/',
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	},
	use: {
		baseURL: 'http://127.0.0.1:4173',
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
