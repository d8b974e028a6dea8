/** The command line, run for real: `node scripts/report.mjs …`. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '$lib/domain/bundled';
import { assessment, city, fullInput } from './fixtures.test-util';
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

function exportFile(extra: { assessments?: unknown[] } = {}) {
	const payload = {
		format: 'hrc-export',
		formatVersion: 1,
		appVersion: '0.1.0',
		exportedAt: Date.UTC(2026, 2, 14),
		scope: 'all',
		frameworks: [{ id: defaultFramework.id, version: defaultFramework.version }],
		frameworkDefinitions: [],
		cities: [city],
		assessments: extra.assessments ?? [assessment],
		answers: fullInput().answers
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

function run(...args: string[]) {
	const r = spawnSync(process.execPath, ['scripts/report.mjs', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run report', { timeout: 60_000 }, () => {
	it('writes the bilingual report of an exported assessment', () => {
		const out = join(dir, 'both.pdf');
		const r = run(write('ok.json', exportFile()), '--out', out, '--lang', 'both');
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

	it('chooses among several assessments by label, or lists them', () => {
		const second = {
			...assessment,
			id: 'assess-second-02',
			label: 'Follow-up 2027'
		};
		const file = write('two.json', exportFile({ assessments: [assessment, second] }));
		const r = run(file, '--out', join(dir, 'x.pdf'));
		expect(r.code).toBe(2);
		expect(r.err).toContain('holds 2 assessments');
		expect(r.err).toContain('assess-second-02  Łódź – Follow-up 2027');
		const ok = run(
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
		[['x.json', '--colour', 'red'], 'Unknown option --colour']
	])('rejects wrong arguments %j', (args, message) => {
		const r = run(...args);
		expect(r.code).toBe(2);
		expect(r.err).toContain(message);
		expect(r.err).toContain('Usage: npm run report');
	});

	it('rejects a missing, non-JSON or invalid file with a readable message', () => {
		const cases: [string, string][] = [
			[join(dir, 'nope.json'), 'no such file'],
			[write('bad.json', '{"format": "hrc-export", '), 'is not valid JSON'],
			[write('other.json', { hello: 'world' }), 'not an assessment export file'],
			[write('newer.json', { ...exportFile(), formatVersion: 2 }), 'Update the app'],
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
			const r = run(file, '--out', out);
			expect(r.code, file).toBe(1);
			expect(r.err).toContain(message);
			expect(existsSync(out)).toBe(false);
		}
	});

	it('refuses a file changed after export (checksum), like the app does', () => {
		const f = exportFile();
		const r = run(
			write('tampered.json', { ...f, appVersion: '9.9.9' }),
			'--out',
			join(dir, 't.pdf')
		);
		expect(r.code).toBe(1);
		expect(r.err).toContain('checksum does not match');
		expect(existsSync(join(dir, 't.pdf'))).toBe(false);
	});
});
