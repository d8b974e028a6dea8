#!/usr/bin/env node
/**
 * `npm run report -- <export.json> --out report.pdf [--lang en|pl|both]`
 *
 * Node 20 cannot run TypeScript directly, so this launcher loads the CLI
 * (scripts/report.ts) through Vite's SSR module loader — the same TypeScript
 * sources, `$lib` alias and report builder as the app, nothing extra installed.
 */
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

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
