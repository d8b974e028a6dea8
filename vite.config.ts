import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { Framework } from './src/lib/domain/framework';
import { slimFont } from './src/lib/report/ttf';

/** A broken framework definition fails the build (and so CI), never a user's session. */
function validateFrameworks(): Plugin {
	return {
		name: 'hrc:validate-frameworks',
		buildStart() {
			const files = readdirSync('frameworks', { withFileTypes: true })
				.filter((d) => d.isDirectory())
				.flatMap((d) => {
					const archive = `frameworks/${d.name}/archive`;
					return [
						`frameworks/${d.name}/framework.json`,
						...(existsSync(archive)
							? readdirSync(archive)
									.filter((f) => f.endsWith('.json'))
									.map((f) => `${archive}/${f}`)
							: [])
					];
				})
				.filter((f) => existsSync(f));
			for (const file of files) {
				const result = Framework.safeParse(JSON.parse(readFileSync(file, 'utf8')));
				if (!result.success)
					this.error(
						`${file} is not a valid framework definition:\n${result.error.issues
							.map((i) => `  ${i.path.join('.')}: ${i.message}`)
							.join('\n')}`
					);
			}
		}
	};
}

/**
 * The report fonts as the worker fetches them (`…ttf?url` in report/fonts-browser.ts),
 * without the OpenType layout tables and glyph names jsPDF never reads: every
 * character of the font stays, the precache and the first report's fetch shrink.
 * Build only (the dev server serves the files as they are).
 */
function slimReportFonts(): Plugin {
	return {
		name: 'hrc:slim-report-fonts',
		apply: 'build',
		enforce: 'pre',
		load(id) {
			const m = /^(.*\/(NotoSans_[0-9A-Za-z]+)\.ttf)\?url$/.exec(id);
			if (!m) return null;
			const ref = this.emitFile({
				type: 'asset',
				name: `${m[2]}.ttf`,
				source: slimFont(new Uint8Array(readFileSync(m[1]!)))
			});
			return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
		}
	};
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
	version: string;
};

/**
 * The size of the framework new assessments use (the newest bundled one,
 * frameworks/fra-hrc/framework.json), so the home page can say it without
 * loading the whole definition on the first screen. A unit test checks it
 * against the definition itself.
 */
function defaultFrameworkSize(): { questions: number; items: number } {
	const fw = Framework.parse(JSON.parse(readFileSync('frameworks/fra-hrc/framework.json', 'utf8')));
	const items = fw.elements.flatMap((e) => e.items);
	return { questions: items.reduce((n, i) => n + i.questions.length, 0), items: items.length };
}

/**
 * The small modules the home page loads at start (storage, start-up state,
 * messages, a few components), merged into one chunk with Dexie instead of
 * some twenty chunks under 1 KB each: one file and one gzip stream, less
 * import/export glue (`npm run bench -- --only sizes` lists what the first
 * screen loads). Only modules every page needs at start belong here: a module
 * listed here loads with the first screen, whoever uses it. The modules they
 * import come along (Rolldown's default), so the list names no dependency of
 * a later page.
 */
const FIRST_SCREEN = new RegExp(
	'/src/lib/(' +
		[
			'components/(BackupReminder|DocumentTitle|ProgressBar)\\.svelte',
			'db/(assessments|backup|cities|db|errors|frameworks|journal|live\\.svelte|meta|overview|persistence|schemas|teams)\\.ts',
			'domain/(constants|demo|errors|framework-tree|journal-merge|local-day|records|text)\\.ts',
			'domain/(exchange/canonical|team/target)\\.ts',
			'domain/messages/(catalogue|core|format|home|quality|report|start|titles)\\.ts',
			'i18n/(errors|locale\\.svelte)\\.ts',
			'state/(app\\.svelte|editors|notices\\.svelte)\\.ts'
		].join('|') +
		')(\\?|$)'
);
const FIRST_SCREEN_GROUP = {
	name: 'start',
	test: (id: string) =>
		FIRST_SCREEN.test(id) ||
		/\/node_modules\/(dexie|workbox-window|@sveltejs\/kit\/src\/runtime\/(client|app))\//.test(
			id
		) ||
		/^\0rolldown\/runtime|virtual:pwa-register/.test(id)
};

export default defineConfig({
	define: {
		__APP_VERSION__: JSON.stringify(pkg.version),
		__DEFAULT_FRAMEWORK_SIZE__: JSON.stringify(defaultFrameworkSize())
	},
	plugins: [
		validateFrameworks(),
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			strategies: 'generateSW',
			manifest: {
				name: 'Human rights cities – self-assessment',
				short_name: 'HRC self-assessment',
				description:
					'Offline self-assessment of a city against the FRA framework for human rights cities (EN/PL).',
				lang: 'en',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				background_color: '#ffffff',
				theme_color: '#1d3f8f',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
					{
						src: '/icons/icon-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webmanifest,ttf,json}',
					'prerendered/**/*.html'
				],
				maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
				navigateFallback: '/',
				clientsClaim: false,
				skipWaiting: false,
				cleanupOutdatedCaches: true
			}
		})
	],
	build: {
		target: 'es2022',
		chunkSizeWarningLimit: 900,
		rolldownOptions: { output: { codeSplitting: { groups: [FIRST_SCREEN_GROUP] } } }
	},
	worker: { format: 'es', plugins: () => [slimReportFonts()] },
	server: { fs: { allow: ['frameworks'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
