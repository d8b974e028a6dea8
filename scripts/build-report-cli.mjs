#!/usr/bin/env node
/**
 * Bundles the report command line (scripts/report.ts with the `$lib` code it
 * uses) into one CommonJS file, .svelte-kit/report-cli/report.cjs, with Vite's
 * build API: `npm run report` then starts in plain Node, without Vite's
 * module loader on every run. jsPDF, fflate and zod are bundled and minified
 * with it (loading them from node_modules cost about 0.2 s more per run); the
 * fonts are read from node_modules.
 *
 * The `prepare` script runs it after `npm ci`; scripts/report.mjs runs it
 * again when the bundle is missing or older than one of its sources (the list
 * is written beside it, report.inputs.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
/** HRC_REPORT_CLI_DIR puts it elsewhere (a test starts from no bundle, as after `npm ci --ignore-scripts`). */
export const OUT_DIR = process.env.HRC_REPORT_CLI_DIR ?? join(root, '.svelte-kit', 'report-cli');
export const BUNDLE = join(OUT_DIR, 'report.cjs');
export const INPUTS = join(OUT_DIR, 'report.inputs.json');
/** V8's compiled code of the bundle, from an earlier run (see scripts/report.mjs). */
export const CODE_CACHE = join(OUT_DIR, 'report.cjs.v8cache');

/** Whether the bundle exists and is newer than every file it was built from. */
export function bundleIsFresh() {
	try {
		const built = statSync(BUNDLE).mtimeMs;
		const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
		return inputs.every((f) => statSync(join(root, f)).mtimeMs <= built);
	} catch {
		return false;
	}
}

export async function buildReportCli() {
	// tsconfig.json extends .svelte-kit/tsconfig.json, which only `svelte-kit sync` writes
	if (!existsSync(join(root, '.svelte-kit', 'tsconfig.json'))) {
		const kit = dirname(require.resolve('@sveltejs/kit/package.json'));
		const sync = spawnSync(process.execPath, [join(kit, 'svelte-kit.js'), 'sync'], {
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit']
		});
		if (sync.status !== 0) throw new Error('`svelte-kit sync` failed; run `npx svelte-kit sync`');
	}
	const { build, loadConfigFromFile } = await import('vite');
	// the bundled framework definitions checked and parsed at build time, by the app's own plugin
	const appConfig = await loadConfigFromFile(
		{ command: 'build', mode: 'production' },
		join(root, 'vite.config.ts'),
		root,
		'error'
	);
	const frameworks = appConfig?.config.plugins
		?.flat(Infinity)
		.find((p) => p && typeof p === 'object' && 'name' in p && p.name === 'hrc:bundled-frameworks');
	if (!frameworks) throw new Error('vite.config.ts has no hrc:bundled-frameworks plugin');
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const result = await build({
		root,
		configFile: false,
		logLevel: 'error',
		resolve: {
			alias: [
				{ find: '$lib', replacement: `${root}src/lib` },
				{ find: '$frameworks', replacement: `${root}frameworks` },
				// fflate's Node build loads worker_threads on start (for its asynchronous API,
				// which jsPDF never calls): its plain build has the same synchronous code
				{
					find: /^fflate$/,
					replacement: join(dirname(require.resolve('fflate')), '../esm/browser.js')
				}
			]
		},
		plugins: [frameworks],
		define: { __APP_VERSION__: JSON.stringify(pkg.version) },
		// jsPDF (its ES build), fflate and zod go into the bundle: Node then reads one
		// minified file instead of parsing jsPDF's CommonJS build for its exports and
		// resolving zod's many modules. jsPDF's optional helpers (html2canvas, DOMPurify,
		// canvg: HTML and SVG input the report never uses) stay outside, loaded only if called.
		ssr: { noExternal: true, external: ['html2canvas', 'dompurify', 'canvg'] },
		build: {
			ssr: join(root, 'scripts/report.ts'),
			outDir: OUT_DIR,
			emptyOutDir: true,
			target: 'node20',
			minify: true,
			copyPublicDir: false,
			// CommonJS, so that scripts/report.mjs can compile it with vm.Script and a code cache
			rollupOptions: { output: { format: 'cjs', entryFileNames: 'report.cjs' } }
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output ?? []);
	const inputs = new Set([
		'package.json',
		'scripts/build-report-cli.mjs',
		'vite.config.ts',
		...outputs
			.flatMap((o) => o.moduleIds ?? Object.keys(o.modules ?? {}))
			// a framework definition parsed by the plugin: its file
			.map((id) => id.replace(/^\0hrc-framework:(.*)$/, '$1.json'))
			.filter((id) => id.startsWith(root) && !id.includes('/node_modules/'))
			.map((id) => relative(root, id.split('?')[0]))
	]);
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(INPUTS, JSON.stringify([...inputs].sort(), null, '\t') + '\n');
	return BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	try {
		await buildReportCli();
	} catch (e) {
		console.error(`build-report-cli: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	}
}
