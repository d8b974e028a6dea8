#!/usr/bin/env node
/**
 * `npm run bench`: build the app, serve it, measure it in Chromium, print a
 * table and write bench-results/bench.json.
 *
 *   npm run bench -- [--no-build] [--port 4180] [--runs 5] [--only sizes,save] [--cpu 1,4]
 *
 * Steps are the modules in scripts/bench/ (see scripts/bench/_lib.mjs for the
 * interface); known ones run in a fixed order, any other *.mjs there after
 * them, so a new step is added by dropping in a file.
 *
 * Exit codes: 0 all gated budgets kept; 1 a gated (size) budget broken;
 * 2 the bench itself failed (build, server or a step threw).
 * Times are reported against their targets but never gated.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import {
	BUDGETS,
	CHROME,
	CHROMIUM_ARGS,
	emojiFonts,
	machineSpeed,
	openProfile,
	round,
	startPreview,
	throttle
} from './bench/_lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ORDER = ['sizes', 'offline', 'save', 'import', 'pdf', 'compare'];

function option(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	if (i < 0) return fallback;
	const v = process.argv[i + 1];
	if (v === undefined || v.startsWith('--')) {
		console.error(`bench: --${name} needs a value`);
		process.exit(2);
	}
	return v;
}
const build = !process.argv.includes('--no-build');
const port = Number(option('port', process.env.BENCH_PORT ?? 4180));
const runs = Number(option('runs', 5));
const cpu = option('cpu', '1,4').split(',').map(Number);
const only = option('only', '').split(',').filter(Boolean);

const log = (s) => process.stderr.write(`bench: ${s}\n`);

const stepDir = join(root, 'scripts/bench');
const stepFiles = new Map(
	readdirSync(stepDir)
		.filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
		.map((f) => [f.replace(/\.mjs$/, ''), join(stepDir, f)])
);
const present = [...stepFiles.keys()];
const steps = [
	...ORDER.filter((s) => present.includes(s)),
	...present.filter((s) => !ORDER.includes(s)).sort()
].filter((s) => only.length === 0 || only.includes(s));
const absent = ORDER.filter((s) => !present.includes(s) && (only.length === 0 || only.includes(s)));
for (const s of only) if (!present.includes(s)) log(`no step "${s}" in scripts/bench/`);

if (build) {
	log('building (vite build)');
	const r = spawnSync(`${root}/node_modules/.bin/vite`, ['build'], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8'
	});
	if (r.status !== 0) {
		process.stderr.write(`${r.stdout}\n${r.stderr}\n`);
		log('the build failed');
		process.exit(2);
	}
} else if (!existsSync(join(root, 'build/sw.js'))) {
	log('no build/ (run without --no-build)');
	process.exit(2);
}

const tmpDir = mkdtempSync(join(tmpdir(), 'hrc-bench-'));
const server = await startPreview(root, port);
const browser = await chromium.launch({
	executablePath: CHROME,
	args: CHROMIUM_ARGS
});
const chromiumVersion = browser.version();
const emoji = emojiFonts();
const emojiNote =
	emoji === null
		? 'emoji font not checked (no fontconfig)'
		: emoji.length
			? `emoji font ${emoji.join(', ')}`
			: "NO EMOJI FONT: the fixtures' labels (🚀) are laid out several times slower than on any user's system (Debian: apt-get install fonts-noto-color-emoji)";
const ctx = {
	browser,
	baseUrl: server.baseUrl,
	cpu,
	runs,
	root,
	buildDir: join(root, 'build'),
	tmpDir,
	throttle,
	profile: (options) => openProfile(tmpDir, options),
	budgets: BUDGETS
};

const results = [];
let broken = false;
const started = Date.now();
/** the machine's speed before the first step and after the last (see machineSpeed) */
const machine = {};
try {
	machine.before = round(await machineSpeed(browser));
	log(`machine: fixed workload ${machine.before} ms at 1x; ${emojiNote}`);
	for (const name of steps) {
		const t0 = Date.now();
		log(`step ${name}`);
		try {
			const mod = await import(pathToFileURL(stepFiles.get(name)).href);
			const rows = await mod.run({ ...ctx, log: (s) => log(`  ${name}: ${s}`) });
			results.push({ step: name, title: mod.title ?? name, seconds: secs(t0), rows });
		} catch (e) {
			broken = true;
			log(`step ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
			results.push({ step: name, title: name, seconds: secs(t0), error: String(e), rows: [] });
		}
	}
	machine.after = round(await machineSpeed(browser));
} finally {
	await browser.close();
	server.stop();
	rmSync(tmpDir, { recursive: true, force: true });
}

function secs(t0) {
	return Math.round((Date.now() - t0) / 100) / 10;
}

// verdicts
for (const { rows } of results)
	for (const r of rows) {
		if (r.limit !== undefined) r.pass = typeof r.value === 'number' && r.value <= r.limit;
		if (r.target !== undefined && typeof r.value === 'number') r.meetsTarget = r.value <= r.target;
		r.gated = r.limit !== undefined || typeof r.pass === 'boolean';
	}
const failures = results.flatMap(({ rows }) => rows.filter((r) => r.gated && !r.pass));

// table
const fmt = (v) => (typeof v === 'number' ? String(v) : v);
const cells = (r) => [
	r.name,
	r.cpu ? `${r.cpu}×` : '',
	`${fmt(r.value)}${r.unit && r.unit !== 'files' ? ` ${r.unit}` : r.unit ? ` ${r.unit}` : ''}`,
	[
		r.budget ?? '',
		r.target !== undefined ? `≤${r.target}` : '',
		r.limit !== undefined ? `gate ≤${r.limit}` : ''
	]
		.filter(Boolean)
		.join(' '),
	r.gated
		? r.pass
			? r.meetsTarget === false
				? 'ok, over target'
				: 'ok'
			: 'FAIL'
		: r.meetsTarget === false
			? 'over target'
			: r.meetsTarget
				? 'ok'
				: '',
	r.note ?? ''
];
const header = ['metric', 'cpu', 'value', 'budget', 'status', 'note'];
const all = results.flatMap((s) => s.rows.map(cells));
const width = header.map((h, i) =>
	Math.min(i === 0 ? 48 : 24, Math.max(h.length, ...all.map((c) => c[i].length)))
);
const line = (c) =>
	c
		.map((x, i) => (i === c.length - 1 ? x : x.padEnd(width[i])))
		.join('  ')
		.trimEnd();
const out = [line(header)];
for (const s of results) {
	out.push('', `== ${s.title} (${s.seconds} s)${s.error ? ` — FAILED: ${s.error}` : ''}`);
	for (const r of s.rows) out.push(line(cells(r)));
}
for (const s of absent)
	out.push('', `== ${s}: skipped (no scripts/bench/${s}.mjs in this version)`);
const drift = machine.after / machine.before;
out.push(
	'',
	`Machine: Chromium ${chromiumVersion}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; a fixed workload took ${machine.before} ms before the first step and ${machine.after ?? '–'} ms after the last (1×; compare runs by it); ${emojiNote}` +
		(drift > 1.25 || drift < 0.8
			? `: the machine's speed changed by ${Math.round(Math.abs(drift - 1) * 100)}% during the run — read the times with care.`
			: '.')
);
console.log(out.join('\n'));
console.log(
	`\n${failures.length ? `GATED BUDGETS BROKEN: ${failures.map((f) => `${f.budget ? `${f.budget} ` : ''}${f.name}`).join('; ')}.` : 'All gated (size) budgets kept.'} Times are reported, not gated. Total ${secs(started)} s.`
);

const git = (args) => {
	try {
		return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
	} catch {
		return undefined;
	}
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
const file = join(root, 'bench-results/bench.json');
writeFileSync(
	file,
	JSON.stringify(
		{
			date: new Date().toISOString(),
			commit: git(['rev-parse', 'HEAD']),
			dirty: Boolean(git(['status', '--porcelain'])),
			node: process.version,
			chromium: chromiumVersion,
			cpus: cpus().length,
			cpuModel: cpus()[0]?.model,
			emojiFonts: emoji,
			machine: {
				...machine,
				note: 'ms at 1x for a fixed workload (machineSpeed in scripts/bench/_lib.mjs)'
			},
			options: { runs, cpu, build },
			budgets: BUDGETS,
			gates: { passed: failures.length === 0, broken: failures.map((f) => f.name) },
			skipped: absent,
			steps: results
		},
		null,
		'\t'
	) + '\n'
);
log(`wrote ${file.replace(root, '')}`);
process.exit(broken ? 2 : failures.length ? 1 : 0);
