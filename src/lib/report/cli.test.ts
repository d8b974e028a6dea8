/**
 * The command line. Its `main` runs in this process with the output captured
 * (the same code `node scripts/report.mjs` loads); two cases run the real
 * launcher in a child process, for its exit codes and its untouched streams.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { defaultFramework } from '$lib/domain/bundled';
import type { Framework } from '$lib/domain/framework';
import { roundScore, scoreAssessment } from '$lib/domain/scoring';
import { main } from '../../../scripts/report.ts';
import { TEAM, TOP_COMMENTS, assessment, city, fullInput, teamInput } from './fixtures.test-util';
import { flat, pdfText } from './pdf-tools.test-util';

const dir = mkdtempSync(join(tmpdir(), 'hrc-cli-'));

function canonical(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
	if (v && typeof v === 'object')
		return `{${Object.keys(v)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(v);
}

function exportFile(
	extra: {
		assessments?: unknown[];
		cities?: unknown[];
		answers?: unknown[];
		frameworkDefinitions?: unknown[];
	} = {}
) {
	const payload = {
		format: 'hrc-export',
		formatVersion: 1,
		appVersion: '0.1.0',
		exportedAt: Date.UTC(2026, 2, 14),
		scope: 'all',
		frameworks: [{ id: defaultFramework.id, version: defaultFramework.version }],
		frameworkDefinitions: extra.frameworkDefinitions ?? [],
		cities: extra.cities ?? [city],
		assessments: extra.assessments ?? [assessment],
		answers: extra.answers ?? fullInput().answers
	};
	return {
		...payload,
		checksum: `sha256:${createHash('sha256').update(canonical(payload)).digest('hex')}`
	};
}

function write(name: string, content: unknown): string {
	const file = join(dir, name);
	writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
	return file;
}

/** `main` in this process; out and err as a terminal would show them. */
async function run(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(args, {
		out: (line) => out.push(`${line}\n`),
		err: (line) => err.push(`${line}\n`)
	});
	return { code, out: out.join(''), err: err.join('') };
}

/** `node scripts/report.mjs …`: the launcher, which runs the bundled CLI (scripts/build-report-cli.mjs). */
function spawn(...args: string[]) {
	return spawnIn(process.env, ...args);
}

function spawnIn(env: NodeJS.ProcessEnv, ...args: string[]) {
	const r = spawnSync(process.execPath, ['scripts/report.mjs', ...args], {
		encoding: 'utf8',
		timeout: 60_000,
		env
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run report', { timeout: 60_000 }, () => {
	it('writes the bilingual report of an exported assessment (launcher in a child process)', () => {
		const out = join(dir, 'both.pdf');
		const r = spawn(write('ok.json', exportFile()), '--out', out, '--lang', 'both');
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/Wrote .*both\.pdf \(\d+ KB/);
		const bytes = new Uint8Array(readFileSync(out));
		const f = flat(pdfText(bytes));
		expect(f).toContain('Łódź');
		expect(f).toContain('Zażółć gęślą jaźń');
		expect(f).toContain('Raport z samooceny');
		expect(f).toContain('Self-assessment report');
	});

	it('builds its bundle when there is none (as after `npm ci --ignore-scripts`), then reuses it', () => {
		// inside the project, so that the bundle finds jsPDF and zod in node_modules
		const bundleDir = fileURLToPath(
			new URL(`../../../.svelte-kit/report-cli-test-${process.pid}`, import.meta.url)
		);
		onTestFinished(() => rmSync(bundleDir, { recursive: true, force: true }));
		const env = { ...process.env, HRC_REPORT_CLI_DIR: bundleDir };
		const file = write('fresh.json', exportFile());
		const first = spawnIn(env, file, '--out', join(dir, 'fresh-1.pdf'));
		expect(first.err).toBe('');
		expect(first.code).toBe(0);
		const bundle = join(bundleDir, 'report.cjs');
		expect(existsSync(bundle)).toBe(true);
		const inputs = JSON.parse(readFileSync(join(bundleDir, 'report.inputs.json'), 'utf8'));
		expect(inputs).toContain('scripts/report.ts');
		expect(inputs).toContain('src/lib/report/assessment-report.ts');
		const built = readFileSync(bundle, 'utf8');
		// the first run left V8's code cache beside the bundle, headed by the bundle's key
		const cacheFile = join(bundleDir, 'report.cjs.v8cache');
		const cache = readFileSync(cacheFile);
		const keyOf = () => {
			const s = statSync(bundle, { bigint: true });
			return Buffer.from(`${process.version} ${process.arch} ${s.size} ${s.mtimeNs} ${s.ino}\n`);
		};
		const key = keyOf();
		expect(cache.subarray(0, key.length).equals(key)).toBe(true);
		expect(cache.length).toBeGreaterThan(100_000);
		const second = spawnIn(env, file, '--out', join(dir, 'fresh-2.pdf'));
		expect(second.err).toBe('');
		expect(second.code).toBe(0);
		expect(readFileSync(bundle, 'utf8')).toBe(built);
		expect(readFileSync(cacheFile).equals(cache)).toBe(true); // used as it was, not rewritten
		expect(flat(pdfText(new Uint8Array(readFileSync(join(dir, 'fresh-2.pdf')))))).toContain('Łódź');

		// a cache from another bundle, or one V8 refuses: the run is as good, and the cache renewed
		for (const [n, bad] of [
			[3, Buffer.concat([Buffer.alloc(key.length, 7), cache.subarray(key.length)])],
			[4, Buffer.concat([key, Buffer.alloc(5000, 0x5a)])]
		] as const) {
			writeFileSync(cacheFile, bad);
			const r = spawnIn(env, file, '--out', join(dir, `fresh-${n}.pdf`), '--lang', 'both');
			expect(r.err).toBe('');
			expect(r.code).toBe(0);
			const text = flat(pdfText(new Uint8Array(readFileSync(join(dir, `fresh-${n}.pdf`)))));
			expect(text).toContain('Zażółć gęślą jaźń');
			const renewed = readFileSync(cacheFile);
			expect(renewed.subarray(0, key.length).equals(key)).toBe(true);
			expect(renewed.length).toBeGreaterThan(100_000);
		}

		// the same bundle written again (a later build): the cache made for the old file is not used
		const later = new Date(Date.now() + 60_000);
		utimesSync(bundle, later, later);
		const fifth = spawnIn(env, file, '--out', join(dir, 'fresh-5.pdf'));
		expect(fifth.err).toBe('');
		expect(fifth.code).toBe(0);
		const rekeyed = readFileSync(cacheFile);
		expect(rekeyed.subarray(0, key.length).equals(key)).toBe(false);
		expect(rekeyed.subarray(0, keyOf().length).equals(keyOf())).toBe(true);
	});

	it('a version 2 export with respondents gets the team section', async () => {
		const team = teamInput();
		const payload = {
			...exportFile({ answers: team.answers }),
			formatVersion: 2,
			respondents: team.respondents,
			respondentAnswers: team.respondentAnswers
		};
		const { checksum: _, ...rest } = payload;
		const file = {
			...rest,
			checksum: `sha256:${createHash('sha256').update(canonical(rest)).digest('hex')}`
		};
		const out = join(dir, 'team.pdf');
		const r = await run(write('team.json', file), '--out', out, '--lang', 'pl');
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		const f = flat(pdfText(new Uint8Array(readFileSync(out))));
		expect(f).toContain('Samoocena zespołowa');
		expect(f).toContain(TEAM.zofia.name);
		expect(f).toContain(TOP_COMMENTS[0]);
		// the same file without respondents: no team section
		const none = await run(
			write('noteam.json', exportFile({ answers: team.answers })),
			'--out',
			out
		);
		expect(none.code).toBe(0);
		expect(flat(pdfText(new Uint8Array(readFileSync(out))))).not.toContain('Team self-assessment');
	});

	it('chooses among several assessments by label, or lists them', async () => {
		const second = {
			...assessment,
			id: 'assess-second-02',
			label: 'Follow-up 2027'
		};
		const file = write('two.json', exportFile({ assessments: [assessment, second] }));
		const r = await run(file, '--out', join(dir, 'x.pdf'));
		expect(r.code).toBe(2);
		expect(r.err).toContain('holds 2 assessments');
		expect(r.err).toContain('assess-second-02  Łódź – Follow-up 2027');
		const ok = await run(
			file,
			'--assessment',
			'follow-up 2027',
			'--lang',
			'pl',
			'--out',
			join(dir, 'fu.pdf')
		);
		expect(ok.code).toBe(0);
		expect(flat(pdfText(new Uint8Array(readFileSync(join(dir, 'fu.pdf')))))).toContain(
			'Follow-up 2027'
		);
	});

	it.each([
		[[], 'Give the export file'],
		[['a.json', 'b.json'], 'Give one export file'],
		[['x.json', '--lang', 'de'], '--lang must be en, pl or both'],
		[['x.json', '--out'], '--out needs a value'],
		[['x.json', '--colour', 'red'], 'Unknown option --colour'],
		[['x.json', '-x'], 'Unknown option -x'],
		[['x.json', '--out='], '--out needs a value'],
		[['x.json', '--out', '--lang', 'pl'], '--out needs a value'],
		[['x.json', '--assessment', '-2027'], 'write --assessment=<value>'],
		[['x.json', '--out', 'a.pdf', '--out', 'b.pdf'], '--out is given twice'],
		[['--help=yes'], '--help takes no value']
	])('rejects wrong arguments %j', async (args, message) => {
		const r = await run(...args);
		expect(r.code).toBe(2);
		expect(r.err).toContain(message);
		expect(r.err).toContain('Usage: npm run report');
		expect(r.out).toBe('');
	});

	it('exits 2 on wrong arguments (launcher in a child process)', () => {
		const r = spawn('x.json', '--colour', 'red');
		expect(r.code).toBe(2);
		expect(r.err).toContain('Unknown option --colour');
		expect(r.err).toContain('Usage: npm run report');
		expect(r.out).toBe('');
	});

	it.each([[['--help']], [['-h']], [['x.json', '--help', '--colour']], [['--lang', 'de', '-h']]])(
		'prints the help for %j',
		async (args) => {
			const r = await run(...args);
			expect(r.code).toBe(0);
			expect(r.out).toContain('Usage: npm run report');
			expect(r.out).toContain('--assessment <x>');
			expect(r.err).toBe('');
		}
	);

	it('takes what follows "--" as the file, even when it starts with "-"', async () => {
		const r = await run('--out', join(dir, 'never.pdf'), '--', '-not-there.json');
		expect(r.code).toBe(1);
		expect(r.err).toContain('Cannot read -not-there.json: no such file.');
	});

	it('rejects a missing, non-JSON or invalid file with a readable message', async () => {
		const cases: [string, string][] = [
			[join(dir, 'nope.json'), 'no such file'],
			[write('bad.json', '{"format": "hrc-export", '), 'is not valid JSON'],
			[write('other.json', { hello: 'world' }), 'not an assessment export file'],
			[write('newer.json', { ...exportFile(), formatVersion: 3 }), 'Update the app'],
			[
				write('invalid.json', {
					...exportFile(),
					answers: [{ questionId: 'F1.1', value: 7 }]
				}),
				'answers'
			]
		];
		for (const [file, message] of cases) {
			const out = join(dir, 'never.pdf');
			const r = await run(file, '--out', out);
			expect(r.code, file).toBe(1);
			expect(r.err).toContain(message);
			expect(existsSync(out)).toBe(false);
		}
	});

	it('refuses a file changed after export (checksum), like the app does', async () => {
		const f = exportFile();
		const r = await run(
			write('tampered.json', { ...f, appVersion: '9.9.9' }),
			'--out',
			join(dir, 't.pdf')
		);
		expect(r.code).toBe(1);
		expect(r.err).toContain('checksum does not match');
		expect(existsSync(join(dir, 't.pdf'))).toBe(false);
	});
});

describe('npm run report with hostile files', { timeout: 60_000 }, () => {
	it('a definition in the file never replaces the bundled framework (D1)', async () => {
		// the seed + a copy of the bundled framework: F2 weighs 100, everything else 0.001,
		// level 2 and a question renamed (review finding D1, repro/shadow-weights.json)
		const shadow: Framework = structuredClone(defaultFramework);
		for (const el of shadow.elements) {
			el.weight = 0.001;
			for (const item of el.items) item.weight = item.id === 'F2' ? 100 : 0.001;
		}
		shadow.elements[0]!.weight = 100;
		shadow.scale.levels[2]!.label.en = 'Excellent (shadowed)';
		shadow.elements[0]!.items[0]!.questions[0]!.text.en = 'SHADOWED question';
		const f2 = new Set(
			shadow.elements[0]!.items.find((i) => i.id === 'F2')!.questions.map((q) => q.id)
		);
		const answers = fullInput().answers.map((a) =>
			f2.has(a.questionId) ? { ...a, value: 4 as const } : a
		);
		const official = roundScore(scoreAssessment(defaultFramework, answers).score);
		const forged = roundScore(scoreAssessment(shadow, answers).score);
		expect(forged).toBe(100);
		expect(official).toBeLessThan(100);

		const out = join(dir, 'shadow.pdf');
		const r = await run(
			write('shadow.json', exportFile({ answers, frameworkDefinitions: [shadow] })),
			'--out',
			out
		);
		expect(r.code).toBe(0);
		expect(r.err).toContain('differs from the one built into this version');
		const text = flat(pdfText(new Uint8Array(readFileSync(out))));
		expect(text).toContain(`${official} / 100`);
		expect(text).not.toContain('100 / 100');
		expect(text).not.toContain('shadowed');
		expect(text).not.toContain('SHADOWED');
	});

	// eslint-disable-next-line no-control-regex
	const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

	it.each([
		['ansi-listing.json', 2, 'Gdansk\\u{1b}]0;pwned\\u{7}'],
		['ansi-question-id.json', 1, 'The question "Q\\u{1b}]0;pwned\\u{7}'],
		['ansi-framework-id.json', 1, 'The framework fw\\u{1b}]0;pwned\\u{7}'],
		['ansi-not-json.json', 1, 'is not valid JSON']
	])('prints no control sequence from %s (D2)', async (name, code, shown) => {
		const file = fileURLToPath(
			new URL(`../../../tests/unit/fixtures/bad-input/${name}`, import.meta.url)
		);
		const out = join(dir, 'never.pdf');
		const r = await run(file, '--out', out);
		expect(r.code).toBe(code);
		expect(r.err).toContain(shown);
		for (const stream of [r.out, r.err]) {
			expect(stream).not.toContain('\u001b');
			expect(stream).not.toContain('\u0007');
			expect(stream).not.toMatch(CONTROL);
		}
		expect(existsSync(out)).toBe(false);
	});

	it('prints bidi controls in names and labels as escapes (D2)', async () => {
		const evil = { ...city, name: 'City \u202eevil\u2066' };
		const second = { ...assessment, id: 'assess-second-02', label: 'Label \u202e\u200f2027' };
		const r = await run(
			write('bidi.json', exportFile({ cities: [evil], assessments: [assessment, second] })),
			'--out',
			join(dir, 'never.pdf')
		);
		expect(r.code).toBe(2);
		expect(r.err).toContain('City \\u{202e}evil\\u{2066} – Label \\u{202e}\\u{200f}2027');
		expect(r.out + r.err).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
	});
});
