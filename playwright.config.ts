import { defineConfig } from '@playwright/test';

// A port of its own per run (set once here; the workers inherit it through the environment),
// so a test run never collides with a server already on the machine.
process.env.E2E_PORT ??= String(43100 + Math.floor(Math.random() * 800));
const port = Number(process.env.E2E_PORT);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	outputDir: 'test-results/e2e',
	reporter: [
		['list'],
		[
			'json',
			{ outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }
		]
	],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		serviceWorkers: 'allow',
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--headless',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-dev-shm-usage'
			]
		},
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	webServer: {
		command: `./node_modules/.bin/vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
