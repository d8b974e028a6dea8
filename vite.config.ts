import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { Framework } from './src/lib/domain/framework';
import { slimFont } from './src/lib/report/ttf';

/** Every framework definition in frameworks/: each one's current file and its archive. */
function frameworkFiles(): string[] {
	return readdirSync('frameworks', { withFileTypes: true })
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
}

/** The definition in `file` as the app uses it (`Framework.parse`'s output), or the reasons it is broken. */
function parseFrameworkFile(file: string): { data: Framework } | { error: string } {
	const result = Framework.safeParse(JSON.parse(readFileSync(file, 'utf8')));
	if (result.success) return { data: result.data };
	return {
		error: `${file} is not a valid framework definition:\n${result.error.issues
			.map((i) => `  ${i.path.join('.')}: ${i.message}`)
			.join('\n')}`
	};
}

const FRAMEWORK_QUERY = /^(.*\.json)\?framework$/;
const FRAMEWORK_MODULE = '\0hrc-framework:';

/**
 * The bundled framework definitions, checked and parsed at build time.
 * - A broken definition in frameworks/ fails the build (and so CI), never a user's session.
 * - `import fw from '$frameworks/…/framework.json?framework'` gives the definition as
 *   `Framework.parse` returns it (texts trimmed, default weights filled in), as an object
 *   literal, so the pages that load the definitions (questionnaire, results, compare, team)
 *   do not run zod over them: at 4× CPU the module took 100 ms to evaluate with the parse,
 *   35–38 ms without (53–56 ms as `JSON.parse` of a string instead of a literal). The
 *   module's id has no `.json` ending, so Vite's JSON plugin leaves it alone.
 * The report CLI's bundle (scripts/build-report-cli.mjs) takes this plugin from here.
 */
export function bundledFrameworks(): Plugin {
	return {
		name: 'hrc:bundled-frameworks',
		enforce: 'pre',
		buildStart() {
			for (const file of frameworkFiles()) {
				const parsed = parseFrameworkFile(file);
				if ('error' in parsed) this.error(parsed.error);
			}
		},
		async resolveId(source, importer) {
			const m = FRAMEWORK_QUERY.exec(source);
			if (!m) return null;
			const resolved = await this.resolve(m[1]!, importer, { skipSelf: true });
			if (!resolved) return null;
			return FRAMEWORK_MODULE + resolved.id.replace(/\.json$/, '');
		},
		load(id) {
			if (!id.startsWith(FRAMEWORK_MODULE)) return null;
			const file = `${id.slice(FRAMEWORK_MODULE.length)}.json`;
			this.addWatchFile(file);
			const parsed = parseFrameworkFile(file);
			if ('error' in parsed) this.error(parsed.error);
			return `export default ${JSON.stringify(parsed.data)};`;
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
	const parsed = parseFrameworkFile('frameworks/fra-hrc/framework.json');
	if ('error' in parsed) throw new Error(parsed.error);
	const items = parsed.data.elements.flatMap((e) => e.items);
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
		bundledFrameworks(),
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
	worker: { format: 'es', plugins: () => [bundledFrameworks(), slimReportFonts()] },
	server: { fs: { allow: ['frameworks'] } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// runes with effects: compiled as for the browser (see the environment's file)
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['src/**/*.svelte.test.ts'],
					environment: './tests/unit/runes-environment.ts'
				}
			}
		]
	}
});
