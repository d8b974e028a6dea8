#!/usr/bin/env node
/**
 * `npm run report -- <export.json> --out report.pdf [--lang en|pl|both]`
 *
 * Node 20 cannot run TypeScript directly, so the CLI (scripts/report.ts, the
 * same sources and report builder as the app) is bundled into one ES module
 * by scripts/build-report-cli.mjs — run by `prepare` after `npm ci`, and here
 * whenever the bundle is missing or older than one of its sources. A run
 * then needs only Node: no Vite start-up, no generated tsconfig.
 */
import { pathToFileURL } from 'node:url';
import { BUNDLE, bundleIsFresh } from './build-report-cli.mjs';

let code = 1;
try {
	if (!bundleIsFresh()) {
		const { buildReportCli } = await import('./build-report-cli.mjs');
		await buildReportCli();
	}
	const cli = await import(pathToFileURL(BUNDLE).href);
	code = await cli.main(process.argv.slice(2));
} catch (e) {
	console.error(`report: ${e instanceof Error ? e.message : String(e)}`);
}
process.exit(code);
