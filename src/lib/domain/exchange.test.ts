import { describe, expect, it } from 'vitest';
import { makeData, makeExportFile } from '../../../scripts/fixtures.mjs';
import { bundledFrameworks, defaultFramework } from './bundled';
import {
	EXPORT_FORMAT_VERSION,
	MAX_DEPTH,
	buildExport,
	canonicalJson,
	checksum,
	exportFileName,
	parseExportText,
	parseFrameworkText,
	serializeExport,
	slug,
	utf8Length,
	type ExportFile,
	type ParseResult
} from './exchange';

const opts = { frameworks: bundledFrameworks };

async function validFile(
	data = makeData({ cities: 2, assessmentsPerCity: 2, commentLength: 300 })
) {
	return (await makeExportFile(data)) as ExportFile;
}

/** Re-checksum after editing, so a test reaches the check it is about. */
async function resign(file: Record<string, unknown>): Promise<string> {
	return JSON.stringify({ ...file, checksum: await checksum(file) });
}

function errorsOf(r: ParseResult) {
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.errors;
}

describe('canonicalJson and checksum', () => {
	it('sorts keys recursively and ignores key order', async () => {
		expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
			'{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}'
		);
		expect(await checksum({ a: 1, b: 2 })).toBe(await checksum({ b: 2, a: 1 }));
		expect(await checksum({ a: 1, checksum: 'x' })).toBe(await checksum({ a: 1 }));
		expect(await checksum({ a: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/);
	});

	it('matches the fixture generator used by the CLI benchmark', async () => {
		const data = makeData({ cities: 1, assessmentsPerCity: 1, commentLength: 50 });
		const built = await buildExport({
			scope: 'all',
			appVersion: '0.1.0',
			exportedAt: Date.UTC(2026, 10, 25, 12, 0, 0),
			...data
		});
		const fixture = await makeExportFile(data);
		expect(built.checksum).toBe(fixture.checksum);
	});
});

describe('buildExport + parseExportText round trip', () => {
	it('returns exactly what was exported, Polish, Cyrillic and emoji included', async () => {
		const data = makeData({ cities: 3, assessmentsPerCity: 2, commentLength: 4000 });
		const file = await buildExport({ scope: 'all', appVersion: '0.1.0', ...data });
		const text = serializeExport(file);
		const r = await parseExportText(text, opts);
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		expect(r.file).toEqual(file);
		expect(r.warnings).toEqual([]);
		const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
		expect(ids(r.file.cities)).toEqual(ids(data.cities));
		expect(r.file.answers).toHaveLength(data.answers.length);
		expect(r.file.answers.some((a) => a.comment.includes('Київ'))).toBe(true);
		expect(r.file.answers.some((a) => a.comment.includes('🇵🇱'))).toBe(true);
	});

	it('accepts a BOM and warns about frameworks it does not know', async () => {
		const file = await validFile();
		const r = await parseExportText('\uFEFF' + JSON.stringify(file), { frameworks: [] });
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.warnings.map((w) => w.code)).toEqual(['unknownFramework']);
	});
});

describe('hostile and broken files', () => {
	const cases: [string, () => Promise<string>, string, string?][] = [
		['empty', async () => '', 'empty'],
		['whitespace', async () => ' \n\t ', 'empty'],
		['truncated JSON', async () => JSON.stringify(await validFile()).slice(0, 500), 'notJson'],
		['not JSON at all', async () => '<html>hello</html>', 'notJson'],
		['JSON but not an export', async () => '{"hello":"world"}', 'notExport'],
		['an array', async () => '[1,2,3]', 'notExport'],
		[
			'__proto__ key',
			async () => {
				const t = JSON.stringify(await validFile());
				return t.replace('"cities":[{', '"cities":[{"__proto__":{"polluted":true},');
			},
			'forbiddenKey'
		],
		[
			'constructor key',
			async () => {
				const f = await validFile();
				return JSON.stringify({ ...f, constructor: { prototype: { x: 1 } } });
			},
			'forbiddenKey'
		],
		[
			'deep nesting',
			async () => '{"format":"hrc-export","x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
			'tooDeep'
		],
		[
			'oversized',
			async () => JSON.stringify({ format: 'hrc-export', pad: 'x'.repeat(2_000_000) }),
			'tooLarge'
		],
		[
			'newer format',
			async () => resign({ ...(await validFile()), formatVersion: EXPORT_FORMAT_VERSION + 1 }),
			'newerVersion',
			'formatVersion'
		],
		[
			'older unknown format',
			async () => resign({ ...(await validFile()), formatVersion: 0 }),
			'olderVersion'
		],
		[
			'altered after export',
			async () => {
				const f = await validFile();
				f.answers[0]!.value = f.answers[0]!.value === 4 ? 3 : 4;
				return JSON.stringify(f);
			},
			'checksum'
		],
		[
			'wrong type',
			async () => {
				const f = await validFile();
				return resign({ ...f, cities: [{ ...f.cities[0], name: 42 }, ...f.cities.slice(1)] });
			},
			'type',
			'cities[0].name'
		],
		[
			'NaN-like value (string "NaN" as level)',
			async () => {
				const f = await validFile();
				return resign({
					...f,
					answers: [{ ...f.answers[0], value: 'NaN' }, ...f.answers.slice(1)]
				});
			},
			'invalidValue',
			'answers[0].value'
		],
		[
			'out-of-range level',
			async () => {
				const f = await validFile();
				return resign({ ...f, answers: [{ ...f.answers[0], value: 7 }, ...f.answers.slice(1)] });
			},
			'invalidValue',
			'answers[0].value'
		],
		[
			'unknown key',
			async () => {
				const f = await validFile();
				return resign({
					...f,
					assessments: [{ ...f.assessments[0], score: 100 }, ...f.assessments.slice(1)]
				});
			},
			'unknownKey',
			'assessments[0]'
		],
		[
			'huge string',
			async () => {
				const f = await validFile();
				return resign({
					...f,
					answers: [{ ...f.answers[0], comment: 'ż'.repeat(200_000) }, ...f.answers.slice(1)]
				});
			},
			'tooBig',
			'answers[0].comment'
		],
		[
			'duplicate city id',
			async () => {
				const f = await validFile();
				return resign({ ...f, cities: [...f.cities, { ...f.cities[0]!, name: 'Other' }] });
			},
			'duplicateId'
		],
		[
			'duplicate answer',
			async () => {
				const f = await validFile();
				return resign({ ...f, answers: [...f.answers, f.answers[0]] });
			},
			'duplicateId'
		],
		[
			'answer for a missing assessment',
			async () => {
				const f = await validFile();
				return resign({
					...f,
					answers: [{ ...f.answers[0], assessmentId: 'nope123456' }, ...f.answers.slice(1)]
				});
			},
			'missingAssessment',
			'answers[0].assessmentId'
		],
		[
			'assessment of a missing city',
			async () => {
				const f = await validFile();
				return resign({
					...f,
					assessments: [{ ...f.assessments[0], cityId: 'nope123456' }, ...f.assessments.slice(1)]
				});
			},
			'missingCity'
		],
		[
			'unknown question id',
			async () => {
				const f = await validFile();
				return resign({
					...f,
					answers: [{ ...f.answers[0], questionId: 'Z9.9' }, ...f.answers.slice(1)]
				});
			},
			'unknownQuestion',
			'answers[0].questionId'
		],
		[
			'invalid id characters',
			async () => {
				const f = await validFile();
				const bad = '../../etc';
				return resign({
					...f,
					cities: [{ ...f.cities[0], id: bad }, ...f.cities.slice(1)]
				});
			},
			'invalidFormat'
		]
	];

	it.each(cases)('%s is rejected with a readable message', async (_name, make, code, path) => {
		const errors = errorsOf(await parseExportText(await make(), { ...opts, maxBytes: 1_000_000 }));
		expect(errors.map((e) => e.code)).toContain(code);
		const e = errors.find((x) => x.code === code)!;
		if (path !== undefined) expect(e.path).toBe(path);
		expect(e.message.length).toBeGreaterThan(10);
		expect(e.message).not.toMatch(/undefined|\[object/);
	});

	it('never pollutes Object.prototype', async () => {
		await parseExportText('{"__proto__":{"polluted":1},"format":"hrc-export"}');
		await parseExportText('{"a":{"constructor":{"prototype":{"polluted":1}}}}');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('checks the size before parsing', async () => {
		const text = '{' + ' '.repeat(300) + '}';
		const r = await parseExportText(text, { maxBytes: 100 });
		expect(errorsOf(r)[0]!.code).toBe('tooLarge');
		// multi-byte letters count as bytes, not characters
		expect(utf8Length('żółw🙂')).toBe(2 + 2 + 2 + 1 + 4);
	});

	it('allows the nesting a framework definition needs', async () => {
		const r = await parseFrameworkText(JSON.stringify(defaultFramework));
		expect(r.ok).toBe(true);
		expect(MAX_DEPTH).toBeGreaterThanOrEqual(12);
	});
});

describe('framework definitions', () => {
	it('accepts a corrected version and refuses broken ones', () => {
		const next = { ...defaultFramework, version: '1.1.0' };
		expect(parseFrameworkText(JSON.stringify(next)).ok).toBe(true);
		const bad = parseFrameworkText(JSON.stringify({ ...next, extra: 1 }));
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.errors[0]!.code).toBe('unknownKey');
		const noPl = structuredClone(next) as { title: { pl?: string } };
		delete noPl.title.pl;
		const r = parseFrameworkText(JSON.stringify(noPl));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]!.path).toBe('title.pl');
	});
});

describe('file names', () => {
	it('say what the file is, with Polish letters transliterated', () => {
		const date = new Date(2026, 10, 25, 15).getTime();
		expect(exportFileName({ city: 'Łódź', label: 'Baseline 2026', date }, 'json')).toBe(
			'hrc_Lodz_Baseline-2026_2026-11-25.json'
		);
		expect(exportFileName({ city: 'Świętochłowice', date }, 'csv')).toBe(
			'hrc_Swietochlowice_2026-11-25.csv'
		);
		expect(exportFileName({ date }, 'json')).toBe('hrc_all_2026-11-25.json');
		expect(slug('Львів')).toBe('Lviv');
		expect(slug('🚀🚀', 'city')).toBe('city');
		expect(slug('../../etc/passwd')).toBe('etc-passwd');
	});
});
