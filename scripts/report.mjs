#!/usr/bin/env node
/**
 * `npm run report -- <export.json> --out report.pdf [--lang en|pl|both]`
 *
 * Node 20 cannot run TypeScript directly, so this launcher loads the CLI
 * (scripts/report.ts) through Vite's SSR module loader — the same TypeScript
 * sources, `$lib` alias and report builder as the app, nothing extra installed.
 *
 * tsconfig.json extends .svelte-kit/tsconfig.json, which only `svelte-kit sync`
 * writes (the `prepare` script runs it after `npm ci`). If it is still missing
 * (`npm ci --ignore-scripts`), it is generated here first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

if (!existsSync(join(root, '.svelte-kit', 'tsconfig.json'))) {
	const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
	const sync = spawnSync(process.execPath, [join(kit, 'svelte-kit.js'), 'sync'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (sync.status !== 0) {
		console.error('report: `svelte-kit sync` failed; run `npx svelte-kit sync` and try again.');
		process.exit(1);
	}
}

const server = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	appType: 'custom',
	server: { middlewareMode: true, hmr: false, ws: false, watch: null },
	optimizeDeps: { noDiscovery: true, include: [] },
	resolve: {
		alias: { $lib: `${root}src/lib`, $frameworks: `${root}frameworks` }
	},
	define: {
		__APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '')
	}
});

let code = 1;
try {
	const cli = await server.ssrLoadModule('/scripts/report.ts');
	code = await cli.main(process.argv.slice(2));
} catch (e) {
	console.error(`report: ${e instanceof Error ? e.message : String(e)}`);
} finally {
	await server.close();
}
process.exit(code);
