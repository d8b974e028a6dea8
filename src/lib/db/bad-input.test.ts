/**
 * Names and imports with hostile or awkward input (review findings D3, D5,
 * D6c), with the reviewer's files from tests/unit/fixtures/bad-input.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checksum, type ExportFile } from '$lib/domain/exchange';
import * as assessments from './assessments';
import * as cities from './cities';
import { db } from './db';
import { StorageError, ValidationError } from './errors';
import { applyImport, checkText, dump, planImport } from './exchange';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/unit/fixtures/bad-input/${name}`, import.meta.url), 'utf8');

async function read(text: string): Promise<ExportFile> {
	const r = await checkText(text);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.file;
}

const ZERO_WIDTH = ['\u200b', '\u200b\u200d\u2060', ' \u2060 ', '\u00ad', '\u3164', '\ufeff\u200c'];

beforeEach(async () => {
	await db.open();
	await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => vi.restoreAllMocks());

describe('names (D3)', () => {
	it('a city name or label of only invisible characters is required, like an empty one', async () => {
		for (const name of ZERO_WIDTH)
			await expect(cities.create({ name }), JSON.stringify(name)).rejects.toMatchObject({
				field: 'name',
				code: 'required'
			});
		const city = await cities.create({ name: 'Gdańsk' });
		for (const label of ZERO_WIDTH)
			await expect(
				assessments.create(city.id, { id: 'fra-hrc', version: '1.0.0' }, { label })
			).rejects.toMatchObject({ field: 'label', code: 'required' });
		await expect(cities.update(city.id, { name: '\u200b' })).rejects.toBeInstanceOf(
			ValidationError
		);
		expect((await dump()).cities).toHaveLength(1);
	});

	it('stores names in NFC and finds an NFD or zero-width variant a duplicate', async () => {
		const city = await cities.create({ name: ' Krako\u0301w ' });
		expect(city.name).toBe('Kraków');
		expect(city.name).toBe('Kraków'.normalize('NFC'));
		for (const name of ['Kraków', 'KRAKO\u0301W', 'Kra\u200bków'])
			await expect(cities.create({ name }), name).rejects.toMatchObject({ code: 'duplicate' });

		const a = await assessments.create(
			city.id,
			{ id: 'fra-hrc', version: '1.0.0' },
			{ label: 'Ocena wste\u0328pna' }
		);
		expect(a.label).toBe('Ocena wstępna'.normalize('NFC'));
		await expect(
			assessments.create(city.id, { id: 'fra-hrc', version: '1.0.0' }, { label: 'OCENA WSTĘPNA' })
		).rejects.toMatchObject({ code: 'duplicate' });
	});

	it('an import with a zero-width city name is refused (105)', async () => {
		const r = await checkText(fixture('105-city-name-zero-width.json'));
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.errors).toEqual([
				expect.objectContaining({ code: 'tooSmall', path: 'cities[0].name' })
			]);
	});

	it('an NFD "Kraków" merges into the stored NFC "Kraków" (058)', async () => {
		await applyImport(await read(fixture('_baseline.json')), 'keep');
		const file = await read(fixture('058-city-merge-NFD.json'));
		expect(file.cities[0]!.name).toBe('Kraków'.normalize('NFC'));
		const plan = await applyImport(file, 'keep');
		expect(plan.cities).toEqual([
			{ fileId: 'aa7729acd3ae4d7d8ae5', name: 'Kraków', match: 'merged' }
		]);
		const stored = await dump();
		expect(stored.cities).toHaveLength(1);
		expect(stored.assessments).toHaveLength(2);
	});

	it('a city already stored in NFD is still the same city for an NFC import', async () => {
		const data = JSON.parse(fixture('_baseline.json')) as ExportFile;
		await db.cities.add({ ...data.cities[0]!, id: 'storedNfd01', name: 'Krako\u0301w' });
		const plan = await planImport(await read(fixture('058-city-merge-NFD.json')));
		expect(plan.cities[0]!.match).toBe('merged');
	});
});

describe('keep does not add an unused city (D5)', () => {
	it('054 into a device holding _baseline: the assessment and its new city are both skipped', async () => {
		await applyImport(await read(fixture('_baseline.json')), 'keep');
		const before = await dump();
		const file = await read(fixture('054-conflict-same-id-keep.json'));
		const preview = await planImport(file, 'keep');
		expect(preview.cities[0]!.match).toBe('skipped');
		const plan = await applyImport(file, 'keep');
		expect(plan.assessments.map((a) => a.outcome)).toEqual(['kept']);
		expect(plan.cities[0]!.match).toBe('skipped');
		expect(await dump()).toEqual(before);
		expect((await dump()).cities!.map((c) => (c as { name: string }).name)).toEqual(['Kraków']);
	});

	it('the same file with "copy" or "replace" adds the city', async () => {
		for (const strategy of ['copy', 'replace'] as const) {
			await Promise.all(db.tables.map((t) => t.clear()));
			await applyImport(await read(fixture('_baseline.json')), 'keep');
			const plan = await applyImport(
				await read(fixture('054-conflict-same-id-keep.json')),
				strategy
			);
			expect(plan.cities[0]!.match, strategy).toBe('new');
			expect((await dump()).cities, strategy).toHaveLength(2);
		}
	});

	it('a city exported without assessments is still added', async () => {
		const data = JSON.parse(fixture('054-conflict-same-id-keep.json')) as Record<string, unknown>;
		const payload: Record<string, unknown> = {
			...data,
			scope: 'city',
			frameworks: [],
			assessments: [],
			answers: []
		};
		delete payload.checksum;
		const file = await read(JSON.stringify({ ...payload, checksum: await checksum(payload) }));
		const plan = await applyImport(file, 'keep');
		expect(plan.cities[0]!.match).toBe('new');
		expect((await dump()).cities).toHaveLength(1);
	});

	it('two cities of one file with the same name become one', async () => {
		const data = JSON.parse(fixture('054-conflict-same-id-keep.json')) as ExportFile;
		const twin = { ...data.cities[0]!, id: 'twinCity01', name: 'GDAN\u0301SK' };
		const payload: Record<string, unknown> = {
			...data,
			scope: 'all',
			cities: [data.cities[0], twin],
			assessments: [
				...data.assessments,
				{ ...data.assessments[0]!, id: 'twinAssess01', cityId: twin.id, label: 'Twin' }
			]
		};
		delete payload.checksum;
		const plan = await applyImport(
			await read(JSON.stringify({ ...payload, checksum: await checksum(payload) })),
			'keep'
		);
		expect(plan.cities.map((c) => c.match)).toEqual(['new', 'merged']);
		const stored = await dump();
		expect(stored.cities).toHaveLength(1);
		expect(stored.assessments).toHaveLength(2);
	});
});

describe('storage errors (D6c)', () => {
	it('an aborted import rejects with a StorageError and writes nothing', async () => {
		await applyImport(await read(fixture('_baseline.json')), 'keep');
		const before = await dump();
		vi.spyOn(db.answers, 'bulkPut').mockImplementation(() => {
			throw Object.assign(
				new Error('answers.bulkPut(): 840 of 840 operations failed. Errors: AbortError'),
				{ name: 'BulkError' }
			);
		});
		await expect(
			applyImport(await read(fixture('058-city-merge-NFD.json')), 'keep')
		).rejects.toBeInstanceOf(StorageError);
		vi.restoreAllMocks();
		expect(await dump()).toEqual(before);
	});
});
