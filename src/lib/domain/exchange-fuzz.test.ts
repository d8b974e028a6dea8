/**
 * Fuzzing the export reader: arbitrary text, and mutations of a valid file —
 * cut or changed text (checksum broken), and re-signed changes of a field or of
 * the relations between records, so that the schema and the integrity checks
 * are reached, not only the checksum.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeData, makeExportFile } from '../../../scripts/fixtures.mjs';
import { bundledFrameworks, defaultFramework } from './bundled';
import {
	canonicalJson,
	checksum,
	parseExportText,
	type ExportFile,
	type ParseResult
} from './exchange';

const opts = { frameworks: bundledFrameworks };

async function validFile(data: ReturnType<typeof makeData>) {
	return (await makeExportFile(data)) as ExportFile;
}

/** Re-checksum after editing, so the file passes the checksum and reaches the checks beyond. */
async function resign(file: Record<string, unknown>): Promise<string> {
	return JSON.stringify({ ...file, checksum: await checksum(file) });
}

describe('fuzzing', () => {
	type Finding = Extract<ParseResult, { ok: false }>['errors'][number];

	/**
	 * What the parser's defensive catch-all made of an exception: it answers a crash with
	 * "invalid" at the file's root (path ""), a shape no real finding has, since the export
	 * schema has no root-level refinement. A dedicated code ("internal") counts too.
	 */
	function crashes(r: ParseResult): Finding[] {
		return r.ok
			? []
			: r.errors.filter(
					(e) => (e.code as string) === 'internal' || (e.code === 'invalid' && e.path === '')
				);
	}

	/** Objects that pass the first checks (format, maybe version, checksum) and reach the schema. */
	const exportShaped = fc
		.record(
			{
				format: fc.constant('hrc-export'),
				formatVersion: fc.oneof(fc.constant(1), fc.constant(0), fc.jsonValue()),
				appVersion: fc.oneof(fc.constant('0.1.0'), fc.jsonValue()),
				exportedAt: fc.oneof(fc.nat(), fc.jsonValue()),
				scope: fc.oneof(fc.constantFrom('all', 'city', 'assessment'), fc.jsonValue()),
				frameworks: fc.oneof(
					fc.constant([{ id: defaultFramework.id, version: defaultFramework.version }]),
					fc.jsonValue()
				),
				cities: fc.oneof(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.jsonValue()),
				assessments: fc.oneof(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.jsonValue()),
				answers: fc.oneof(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.jsonValue()),
				checksum: fc.oneof(fc.constant(`sha256:${'0'.repeat(64)}`), fc.jsonValue())
			},
			{ requiredKeys: ['format'] }
		)
		.map((o) => JSON.stringify(o));

	it('parseExportText answers arbitrary text with findings, never with an exception', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) => JSON.stringify(v)),
					exportShaped
				),
				async (text) => {
					const r = await parseExportText(text, opts);
					// a crash hidden by the catch-all fails here (it would still be "ok: false")
					expect(crashes(r)).toEqual([]);
					expect(r.ok).toBe(false);
					if (r.ok) return;
					expect(r.errors.length).toBeGreaterThan(0);
					let value: unknown;
					try {
						value = JSON.parse(text.replace(/^\uFEFF/, ''));
					} catch {
						for (const e of r.errors) expect(['empty', 'notJson', 'tooDeep']).toContain(e.code);
						return;
					}
					const isExport =
						value !== null &&
						typeof value === 'object' &&
						(value as { format?: unknown }).format === 'hrc-export';
					if (!isExport)
						for (const e of r.errors)
							expect(['notExport', 'forbiddenKey', 'tooDeep']).toContain(e.code);
				}
			),
			{ numRuns: 300 }
		);
	});

	// Mutations of a valid file. "cut" and "char" leave the checksum as it was; every other
	// kind re-signs the file, so the schema and the integrity checks are reached.
	type Mutation =
		| { kind: 'cut'; at: number }
		| { kind: 'char'; at: number; text: string }
		| { kind: 'field'; table: Table; row: number; key: string; value: fc.JsonValue }
		| { kind: 'refs'; ops: RefOp[] };
	type Table = 'cities' | 'assessments' | 'answers';
	type RefOp =
		| { op: 'answerToMissingAssessment'; row: number }
		| { op: 'assessmentToMissingCity'; row: number }
		| { op: 'assessmentToUnlistedFramework'; row: number }
		| { op: 'answerToUnknownQuestion'; row: number }
		| { op: 'duplicateCityId'; row: number; of: number }
		| { op: 'duplicateAnswer'; row: number; of: number };
	type Rows = Record<Table, Record<string, unknown>[]>;

	/** The finding each reference change must produce, where it must be reported. */
	function applyRefs(copy: Rows, ops: RefOp[]): { code: string; path: string }[] {
		const expected: { code: string; path: string }[] = [];
		const touched = new Set<string>();
		const n = (table: Table, row: number) => row % copy[table].length;
		// one change per row, so that the expectations do not mask each other
		const claim = (...keys: string[]) =>
			keys.some((k) => touched.has(k)) ? false : (keys.forEach((k) => touched.add(k)), true);
		ops.forEach((o, k) => {
			const fresh = `fuzz${k}missing`;
			switch (o.op) {
				case 'answerToMissingAssessment': {
					const i = n('answers', o.row);
					if (!claim(`answers:${i}`)) return;
					copy.answers[i]!.assessmentId = fresh;
					expected.push({ code: 'missingAssessment', path: `answers[${i}].assessmentId` });
					return;
				}
				case 'assessmentToMissingCity': {
					const i = n('assessments', o.row);
					if (!claim(`assessments:${i}`)) return;
					copy.assessments[i]!.cityId = fresh;
					expected.push({ code: 'missingCity', path: `assessments[${i}].cityId` });
					return;
				}
				case 'assessmentToUnlistedFramework': {
					const i = n('assessments', o.row);
					if (!claim(`assessments:${i}`)) return;
					copy.assessments[i]!.frameworkVersion = '9.9.9';
					expected.push({
						code: 'missingFrameworkRef',
						path: `assessments[${i}].frameworkVersion`
					});
					return;
				}
				case 'answerToUnknownQuestion': {
					const i = n('answers', o.row);
					const a = copy.answers[i]!;
					const of = copy.assessments.findIndex((x) => x.id === a.assessmentId);
					// its assessment must stay as it is, or the question is not looked up
					if (!claim(`answers:${i}`, `assessments:${of}`)) return;
					a.questionId = `Z${k}.9`;
					expected.push({ code: 'unknownQuestion', path: `answers[${i}].questionId` });
					return;
				}
				case 'duplicateCityId': {
					const [i, j] = [n('cities', o.row), n('cities', o.of)];
					if (i === j || !claim(`cities:${i}`, `cities:${j}`)) return;
					// the assessments of the city whose id is taken now point to no city
					copy.assessments.forEach((x, m) => {
						if (x.cityId === copy.cities[i]!.id && claim(`assessments:${m}`))
							expected.push({ code: 'missingCity', path: `assessments[${m}].cityId` });
					});
					copy.cities[i]!.id = copy.cities[j]!.id;
					expected.push({ code: 'duplicateId', path: `cities[${Math.max(i, j)}].id` });
					return;
				}
				case 'duplicateAnswer': {
					const [i, j] = [n('answers', o.row), n('answers', o.of)];
					if (i === j || !claim(`answers:${i}`, `answers:${j}`)) return;
					copy.answers[i] = { ...copy.answers[j]!, comment: 'a second answer' };
					expected.push({ code: 'duplicateId', path: `answers[${Math.max(i, j)}]` });
					return;
				}
			}
		});
		return expected;
	}

	const INTEGRITY = [
		'duplicateId',
		'missingCity',
		'missingAssessment',
		'missingFrameworkRef',
		'unknownQuestion',
		'scopeMismatch'
	];
	/** Findings about the text as a whole, wherever the cause lies. */
	const FILE_LEVEL = ['forbiddenKey', 'tooDeep'];

	it('a mutated file is rejected with the right findings or still valid, never a crash', async () => {
		const file = await validFile(makeData({ cities: 2, assessmentsPerCity: 2, commentLength: 20 }));
		const text = JSON.stringify(file);
		const row = fc.nat({ max: 1000 });
		const refOp: fc.Arbitrary<RefOp> = fc.oneof(
			row.map((r) => ({ op: 'answerToMissingAssessment' as const, row: r })),
			row.map((r) => ({ op: 'assessmentToMissingCity' as const, row: r })),
			row.map((r) => ({ op: 'assessmentToUnlistedFramework' as const, row: r })),
			row.map((r) => ({ op: 'answerToUnknownQuestion' as const, row: r })),
			fc.tuple(row, row).map(([r, of]) => ({ op: 'duplicateCityId' as const, row: r, of })),
			fc.tuple(row, row).map(([r, of]) => ({ op: 'duplicateAnswer' as const, row: r, of }))
		);
		const mutation: fc.Arbitrary<Mutation> = fc.oneof(
			// cut the text somewhere
			fc.nat({ max: text.length }).map((at) => ({ kind: 'cut' as const, at })),
			// replace one character
			fc
				.tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
				.map(([at, s]) => ({ kind: 'char' as const, at, text: s })),
			// set a field somewhere to a random JSON value
			fc
				.tuple(
					fc.constantFrom<Table>('cities', 'assessments', 'answers'),
					row,
					fc.string({ maxLength: 12 }),
					fc.jsonValue()
				)
				.map(([table, r, key, value]) => ({ kind: 'field' as const, table, row: r, key, value })),
			// point references elsewhere, duplicate ids: valid records, broken relations
			fc.array(refOp, { minLength: 1, maxLength: 3 }).map((ops) => ({ kind: 'refs' as const, ops }))
		);
		const reached = new Set<string>();
		await fc.assert(
			fc.asyncProperty(mutation, async (m) => {
				if (m.kind === 'cut' || m.kind === 'char') {
					const mutated =
						m.kind === 'cut'
							? text.slice(0, m.at)
							: text.slice(0, m.at) + m.text + text.slice(m.at + 1);
					const r = await parseExportText(mutated, opts);
					expect(crashes(r)).toEqual([]);
					// the checksum no longer matches unless nothing that matters changed
					if (r.ok) expect(canonicalJson(r.file)).toBe(canonicalJson(file));
					else expect(r.errors.length).toBeGreaterThan(0);
					return;
				}
				const copy = structuredClone(file) as unknown as Rows & Record<string, unknown>;
				let expected: { code: string; path: string }[] = [];
				let changed: { target: string; key: string; known: boolean } | undefined;
				if (m.kind === 'field') {
					const rows = copy[m.table];
					const i = m.row % rows.length;
					const keys = Object.keys(rows[i]!);
					const key = m.key.length % 2 === 0 ? keys[m.key.length % keys.length]! : m.key;
					Object.defineProperty(rows[i]!, key, {
						value: m.value,
						enumerable: true,
						configurable: true,
						writable: true
					});
					changed = { target: `${m.table}[${i}]`, key, known: keys.includes(key) };
				} else expected = applyRefs(copy, m.ops);
				const r = await parseExportText(await resign(copy), opts);
				expect(crashes(r)).toEqual([]);
				if (r.ok) {
					// only a change the format allows: never an unknown field, never a broken relation
					expect(expected).toEqual([]);
					if (changed) expect(changed.known, `unknown field "${changed.key}" accepted`).toBe(true);
					return;
				}
				const found = r.errors.map((e) => ({ code: e.code, path: e.path }));
				for (const e of found) {
					// re-signed: the checksum holds, so what is found lies beyond it
					expect(e.code).not.toBe('checksum');
					if (INTEGRITY.includes(e.code)) reached.add(e.code);
				}
				if (changed) {
					// a record finding is about the changed record; a relation finding may be elsewhere
					const { target } = changed;
					for (const e of found)
						if (!INTEGRITY.includes(e.code) && !FILE_LEVEL.includes(e.code))
							expect(
								e.path === target ||
									e.path.startsWith(`${target}.`) ||
									e.path.startsWith(`${target}[`),
								`${e.code} at ${e.path}`
							).toBe(true);
				} else {
					// the records stay valid: every finding is about relations, each change has its own
					for (const e of found) expect(INTEGRITY).toContain(e.code);
					for (const x of expected) expect(found).toContainEqual(x);
				}
			}),
			{ numRuns: 300 }
		);
		// the integrity checks were really exercised, not only the checksum and the schema
		expect([...reached].sort()).toEqual(
			[
				'duplicateId',
				'missingAssessment',
				'missingCity',
				'missingFrameworkRef',
				'unknownQuestion'
			].sort()
		);
	});
});
