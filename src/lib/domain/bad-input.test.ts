/** Review findings D1, D3 and D6 (a)(b) in the pure domain code. */
import { describe, expect, it } from 'vitest';
import { makeData, makeExportFile } from '../../../scripts/fixtures.mjs';
import { bundledFrameworks, defaultFramework, findFramework, isBundledFramework } from './bundled';
import { checksum, parseExportText, parseFrameworkText, type ExportFile } from './exchange';
import type { Framework } from './framework';

const opts = { frameworks: bundledFrameworks };

async function resign(file: Record<string, unknown>): Promise<string> {
	const payload = { ...file };
	delete payload.checksum;
	return JSON.stringify({ ...payload, checksum: await checksum(payload) });
}

async function validFile() {
	return (await makeExportFile(
		makeData({ cities: 1, assessmentsPerCity: 1, commentLength: 10 })
	)) as ExportFile;
}

async function errorsOf(text: string) {
	const r = await parseExportText(text, opts);
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.errors;
}

describe('findFramework (D1)', () => {
	const shadow: Framework = {
		...defaultFramework,
		title: { en: 'SHADOWED', pl: 'SHADOWED' }
	};
	const other: Framework = { ...defaultFramework, version: '9.0.0' };

	it('returns the bundled definition even when another list claims its id and version', () => {
		expect(findFramework(shadow.id, shadow.version, [shadow])).toBe(defaultFramework);
		expect(findFramework(shadow.id, shadow.version, [shadow], [shadow])).toBe(defaultFramework);
		expect(isBundledFramework(shadow.id, shadow.version)).toBe(true);
	});

	it('falls back to the other lists, in order, for what is not bundled', () => {
		const second = { ...other, title: { en: 'second', pl: 'drugi' } };
		expect(findFramework(other.id, '9.0.0', [], [other], [second])).toBe(other);
		expect(findFramework(other.id, '9.0.0', [second, other])).toBe(second);
		expect(findFramework(other.id, '9.0.1', [other])).toBeUndefined();
		expect(isBundledFramework(other.id, '9.0.0')).toBe(false);
	});
});

describe('names in a file (D3)', () => {
	it('a city name or label of only invisible characters is "too short", like an empty one', async () => {
		const f = await validFile();
		for (const name of ['\u200b\u200d\u2060', ' \u2060 ', '']) {
			const errors = await errorsOf(await resign({ ...f, cities: [{ ...f.cities[0], name }] }));
			expect(errors).toEqual([
				expect.objectContaining({ code: 'tooSmall', path: 'cities[0].name' })
			]);
			const labelErrors = await errorsOf(
				await resign({ ...f, assessments: [{ ...f.assessments[0], label: name }] })
			);
			expect(labelErrors).toEqual([
				expect.objectContaining({ code: 'tooSmall', path: 'assessments[0].label' })
			]);
		}
	});

	it('names are read in NFC', async () => {
		const f = await validFile();
		const r = await parseExportText(
			await resign({
				...f,
				cities: [{ ...f.cities[0], name: 'Krako\u0301w' }],
				assessments: [{ ...f.assessments[0], label: ' Ocena wste\u0328pna ' }]
			}),
			opts
		);
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.file.cities[0]!.name).toBe('Kraków'.normalize('NFC'));
			expect(r.file.assessments[0]!.label).toBe('Ocena wstępna'.normalize('NFC'));
		}
	});
});

describe('zod 4 issues as readable errors (D6)', () => {
	it('a fraction where a whole number belongs is "expected integer", not "int"', async () => {
		const f = await validFile();
		const errors = await errorsOf(
			await resign({
				...f,
				answers: [{ ...f.answers[0], rev: 1.5 }, ...f.answers.slice(1)],
				assessments: [{ ...f.assessments[0], updatedAt: 1795939580418.5 }]
			})
		);
		expect(errors.map((e) => [e.code, e.path, e.params.expected, e.message])).toEqual([
			['type', 'assessments[0].updatedAt', 'integer', 'Expected integer.'],
			['type', 'answers[0].rev', 'integer', 'Expected integer.']
		]);
	});

	it('a field that is not there is "missing", not "expected string"; a present one of the wrong kind stays "type"', async () => {
		const f = await validFile();
		const { name: _name, ...nameless } = f.cities[0]!;
		const errors = await errorsOf(
			await resign({
				...f,
				cities: [nameless, ...f.cities.slice(1)],
				assessments: [{ ...f.assessments[0], label: null }, ...f.assessments.slice(1)]
			})
		);
		expect(errors.map((e) => [e.code, e.path, e.message])).toEqual([
			['missing', 'cities[0].name', 'A required field is missing.'],
			['type', 'assessments[0].label', 'Expected string.']
		]);
	});

	it('a framework definition without its scale: the scale is missing', () => {
		const { scale: _scale, ...rest } = structuredClone(defaultFramework);
		const r = parseFrameworkText(JSON.stringify({ ...rest, version: '9.0.0' }));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.map((e) => [e.code, e.path])).toEqual([['missing', 'scale']]);
	});

	it('an unknown enum value lists the allowed values, not "a level outside 0–4"', async () => {
		const f = await validFile();
		const status = await errorsOf(
			await resign({ ...f, assessments: [{ ...f.assessments[0], status: 'archived' }] })
		);
		expect(status[0]).toMatchObject({
			code: 'invalidValue',
			path: 'assessments[0].status',
			params: { allowed: '"draft", "complete"' },
			message: 'Not an allowed value (allowed: "draft", "complete").'
		});
		const scope = await errorsOf(await resign({ ...f, scope: 'everything' }));
		expect(scope[0]).toMatchObject({
			path: 'scope',
			params: { allowed: '"assessment", "city", "all"' }
		});
		const level = await errorsOf(
			await resign({ ...f, answers: [{ ...f.answers[0], value: 7 }, ...f.answers.slice(1)] })
		);
		expect(level[0]).toMatchObject({
			code: 'invalidValue',
			path: 'answers[0].value',
			params: { allowed: '0, 1, 2, 3, 4, "na", "dk"' }
		});
	});
});
