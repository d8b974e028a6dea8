#!/usr/bin/env node
/**
 * Benchmark: import a file of 1,000 answers in Chromium, through the real UI
 * (file input → check → "Import"), at normal speed and with the CPU slowed 4×.
 * Needs a build (`npx vite build`). Usage:
 *   node scripts/bench-import.mjs [--port 4351] [--runs 5] [--answers 1000]
 * Prints the median time to check the file (read + parse + validate + plan)
 * and to write it (one IndexedDB transaction), and their sum.
 * The measurement itself is scripts/bench/import.mjs, also a step of `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openProfile, startPreview } from './bench/_lib.mjs';
import { measureImport } from './bench/import.mjs';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const port = arg('port', Number(process.env.E2E_PORT ?? 4351));
const runs = arg('runs', 5);
const answers = arg('answers', 1000);

const root = fileURLToPath(new URL('..', import.meta.url));
const tmpDir = mkdtempSync(join(tmpdir(), 'hrc-bench-'));
const server = await startPreview(root, port);
try {
	const { results, described } = await measureImport({
		profile: (options) => openProfile(tmpDir, options),
		baseUrl: server.baseUrl,
		runs,
		cpu: [1, 4],
		tmpDir,
		answers
	});
	console.log(`File: ${described}`);
	for (const { rate, check, write, total } of results)
		console.log(
			`CPU ${rate}×: check ${check.toFixed(0)} ms, write ${write.toFixed(0)} ms, total ${total.toFixed(0)} ms (median of ${runs}; includes UI updates)`
		);
} finally {
	server.stop();
	rmSync(tmpDir, { recursive: true, force: true });
}
