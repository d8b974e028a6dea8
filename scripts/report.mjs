#!/usr/bin/env node
/**
 * `npm run report -- <export.json> --out report.pdf [--lang en|pl|both]`
 *
 * Node 20 cannot run TypeScript directly, so the CLI (scripts/report.ts, the
 * same sources and report builder as the app) is bundled into one file by
 * scripts/build-report-cli.mjs — run by `prepare` after `npm ci`, and here
 * whenever the bundle is missing or older than one of its sources. A run
 * then needs only Node: no Vite start-up, no generated tsconfig.
 *
 * The bundle is compiled with V8's code cache (Node 20 has no
 * module.enableCompileCache): after a run, the code V8 compiled for it is
 * saved beside it (report.cjs.v8cache), and the next run starts from that
 * instead of parsing and compiling 0.7 MB of JavaScript again. The cache is
 * used only for the very bundle file and Node it was made with (its first line
 * names both: Node's version and architecture, the bundle's size, modification
 * time and inode, which every build changes); when it is missing, stale or
 * refused by V8, the bundle is compiled as usual and a new cache written.
 * Failing to write it changes nothing but speed. (The key used to be a SHA-256
 * of the bundle's text: about 8 ms of every run, node:crypto loaded and 0.7 MB hashed.)
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';
import { BUNDLE, CODE_CACHE, bundleIsFresh } from './build-report-cli.mjs';

/** The bundle's exports, and a function that saves V8's code cache when it is worth it. */
function loadBundle() {
	const stamp = () => {
		const s = statSync(BUNDLE, { bigint: true });
		return `${process.version} ${process.arch} ${s.size} ${s.mtimeNs} ${s.ino}\n`;
	};
	const before = stamp();
	const source = readFileSync(BUNDLE, 'utf8');
	const key = Buffer.from(before);
	let cachedData;
	// rebuilt while being read: compile without a cache, and save none
	const steady = stamp() === before;
	if (steady)
		try {
			const file = readFileSync(CODE_CACHE);
			if (file.length > key.length && file.subarray(0, key.length).equals(key))
				cachedData = file.subarray(key.length);
		} catch {
			// no cache yet
		}
	const script = new vm.Script(
		`(function (exports, require, module, __filename, __dirname) {${source}\n})`,
		{ filename: BUNDLE, cachedData }
	);
	const module = { exports: {} };
	script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
	const stale = cachedData === undefined || script.cachedDataRejected === true;
	return {
		cli: module.exports,
		/** After a run, when the cache was missing or refused: its functions are compiled by now. */
		saveCache() {
			if (!stale || !steady) return;
			const temp = `${CODE_CACHE}.${process.pid}.tmp`;
			try {
				writeFileSync(temp, Buffer.concat([key, script.createCachedData()]));
				renameSync(temp, CODE_CACHE);
			} catch {
				rmSync(temp, { force: true });
			}
		}
	};
}

let code = 1;
try {
	if (!bundleIsFresh()) {
		const { buildReportCli } = await import('./build-report-cli.mjs');
		await buildReportCli();
	}
	const { cli, saveCache } = loadBundle();
	code = await cli.main(process.argv.slice(2));
	saveCache();
} catch (e) {
	console.error(`report: ${e instanceof Error ? e.message : String(e)}`);
}
process.exit(code);
