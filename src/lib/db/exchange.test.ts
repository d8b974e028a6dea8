import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeData, makeExportFile, questionIds } from '../../../scripts/fixtures.mjs';
import { defaultFramework } from '$lib/domain/bundled';
import { checksum, serializeExport, type ExportFile } from '$lib/domain/exchange';
import type { Framework } from '$lib/domain/framework';
import { backupStatus } from './backup';
import { db } from './db';
import {
	applyImport,
	checkText,
	deleteAllData,
	dump,
	exportAll,
	exportAssessment,
	exportCity,
	listLoadedFrameworks,
	loadFramework,
	migrateAssessment,
	planImport,
	planMigration
} from './exchange';

type Data = ReturnType<typeof makeData>;

async function seed(data: Data) {
	await db.transaction('rw', db.cities, db.assessments, db.answers, async () => {
		await db.cities.bulkAdd(data.cities);
		await db.assessments.bulkAdd(data.assessments);
		await db.answers.bulkAdd(data.answers);
	});
}

async function read(text: string): Promise<ExportFile> {
	const r = await checkText(text);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.file;
}

const byId = <T extends { id: string }>(xs: T[]) =>
	[...xs].sort((a, b) => a.id.localeCompare(b.id));
const byKey = <T extends { assessmentId: string; questionId: string }>(xs: T[]) =>
	[...xs].sort((a, b) =>
		`${a.assessmentId}/${a.questionId}`.localeCompare(`${b.assessmentId}/${b.questionId}`)
	);

beforeEach(async () => {
	await db.open();
	await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => vi.restoreAllMocks());

describe('import progress', () => {
	it('tells the rows written as they are, up to every city, assessment and answer, before it resolves', async () => {
		const data = makeData({ cities: 3, assessmentsPerCity: 2, answers: 600 });
		const file = await read(JSON.stringify(await makeExportFile(data)));
		const told: [number, number][] = [];
		await applyImport(file, 'keep', (written, total) => told.push([written, total]));
		const total = data.cities.length + data.assessments.length + data.answers.length;
		expect(told[0]).toEqual([0, total]);
		expect(told.at(-1)).toEqual([total, total]);
		expect(told.every(([, t]) => t === total)).toBe(true);
		// more than one step, never backwards
		expect(told.length).toBeGreaterThan(2);
		expect(told.every(([w], i) => i === 0 || w > told[i - 1]![0])).toBe(true);
		expect((await dump()).answers).toHaveLength(data.answers.length);
	});
});

describe('round trip', () => {
	it('export → delete all data → import gives identical records, ids and timestamps included', async () => {
		const data = makeData({ cities: 4, assessmentsPerCity: 2, commentLength: 6000 });
		await seed(data);
		const before = await dump();
		const text = serializeExport(await exportAll());

		await deleteAllData();
		expect((await dump()).cities).toEqual([]);
		expect((await dump()).meta).toEqual([]);

		const plan = await applyImport(await read(text), 'keep');
		expect(plan.conflicts).toBe(0);
		expect(plan.assessments.every((a) => a.outcome === 'added')).toBe(true);
		const after = await dump();
		expect(byId(after.cities as Data['cities'])).toEqual(byId(before.cities as Data['cities']));
		expect(byId(after.assessments as Data['assessments'])).toEqual(
			byId(before.assessments as Data['assessments'])
		);
		expect(byKey(after.answers as Data['answers'])).toEqual(
			byKey(before.answers as Data['answers'])
		);
		expect((after.answers as Data['answers']).some((a) => a.comment.includes('Щёлково'))).toBe(
			true
		);
		expect((after.answers as Data['answers']).some((a) => a.comment.includes('👩🏽‍⚖️'))).toBe(true);
	});

	it('exports one city or one assessment', async () => {
		const data = makeData({ cities: 2, assessmentsPerCity: 2, commentLength: 10 });
		await seed(data);
		const city = await exportCity(data.cities[0]!.id);
		expect(city.scope).toBe('city');
		expect(city.cities.map((c) => c.id)).toEqual([data.cities[0]!.id]);
		expect(city.assessments).toHaveLength(2);
		expect(city.answers.every((a) => city.assessments.some((x) => x.id === a.assessmentId))).toBe(
			true
		);
		const one = await exportAssessment(data.assessments[1]!.id);
		expect(one.assessments.map((a) => a.id)).toEqual([data.assessments[1]!.id]);
		expect(one.cities).toHaveLength(1);
		expect((await checkText(serializeExport(one))).ok).toBe(true);
		// a partial export is not a full backup
		expect((await backupStatus()).lastExportAt).toBeUndefined();
	});
});

describe('hostile files leave storage unchanged', () => {
	it('every broken file is refused and nothing is written', async () => {
		await seed(makeData({ cities: 2, assessmentsPerCity: 1, commentLength: 50 }));
		const good = (await makeExportFile(
			makeData({ cities: 1, assessmentsPerCity: 1, seed: 99, commentLength: 10 })
		)) as ExportFile;
		const resign = async (f: object) => JSON.stringify({ ...f, checksum: await checksum(f) });
		const corpus = [
			'',
			'\uFEFF',
			JSON.stringify(good).slice(0, -20),
			JSON.stringify(good).replace('"cities":[{', '"cities":[{"__proto__":{"x":1},'),
			'['.repeat(50_000),
			JSON.stringify({ ...good, answers: [{ ...good.answers[0], value: 5 }] }),
			await resign({
				...good,
				answers: [{ ...good.answers[0], value: -1 }, ...good.answers.slice(1)]
			}),
			await resign({ ...good, formatVersion: 3 }),
			await resign({ ...good, cities: [{ ...good.cities[0], name: '' }] }),
			await resign({ ...good, cities: [{ ...good.cities[0], extra: true }] }),
			JSON.stringify({ ...good, answers: good.answers.slice(1) })
		];
		const before = await dump();
		for (const text of corpus) {
			const r = await checkText(text, 100_000);
			expect(r.ok, text.slice(0, 80)).toBe(false);
			if (!r.ok) expect(r.errors[0]!.message.length).toBeGreaterThan(10);
		}
		expect(await dump()).toEqual(before);
	});

	it('an import that fails half-way writes nothing (one transaction)', async () => {
		await seed(makeData({ cities: 1, assessmentsPerCity: 1, commentLength: 10 }));
		const file = await read(
			serializeExport(
				(await makeExportFile(
					makeData({ cities: 3, assessmentsPerCity: 2, seed: 5, commentLength: 10 })
				)) as ExportFile
			)
		);
		const before = await dump();
		vi.spyOn(db.answers, 'bulkPut').mockImplementation(() => {
			throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
		});
		await expect(applyImport(file, 'keep')).rejects.toMatchObject({ kind: 'quota' });
		vi.restoreAllMocks();
		expect(await dump()).toEqual(before);
	});
});

describe('conflicts', () => {
	async function setup() {
		// every question answered in the first assessment, the rest in the second
		const data = makeData({ cities: 1, assessmentsPerCity: 2, answers: 60, commentLength: 10 });
		const file = await read(serializeExport((await makeExportFile(data)) as ExportFile));
		await applyImport(file, 'keep');
		return { data, file };
	}

	it('plans conflicts for records that exist', async () => {
		const { file } = await setup();
		const plan = await planImport(file);
		expect(plan.conflicts).toBe(2);
		expect(plan.cities[0]!.match).toBe('same');
		expect(plan.assessments.map((a) => a.conflict?.kind)).toEqual(['id', 'id']);
		expect(plan.assessments[0]!.total).toBe(questionIds.length);
	});

	it('keep leaves stored records as they are', async () => {
		const { data, file } = await setup();
		await db.answers.update([data.assessments[0]!.id, 'F1.1'], { comment: 'edited here' });
		const before = await dump();
		const plan = await applyImport(file, 'keep');
		expect(plan.assessments.map((a) => a.outcome)).toEqual(['kept', 'kept']);
		expect(await dump()).toEqual(before);
	});

	it('replace puts the file version in place', async () => {
		const { data, file } = await setup();
		await db.answers.update([data.assessments[0]!.id, 'F1.1'], { comment: 'edited here' });
		const second = data.assessments[1]!.id;
		await db.answers.add({
			...data.answers[0]!,
			assessmentId: second,
			questionId: 'T5.3',
			comment: 'only here'
		});
		await applyImport(file, 'replace');
		const a = await db.answers.get([data.assessments[0]!.id, 'F1.1']);
		expect(a?.comment).toBe(
			data.answers.find((x) => x.assessmentId === a?.assessmentId && x.questionId === 'F1.1')!
				.comment
		);
		expect(await db.answers.get([second, 'T5.3'])).toBeUndefined();
		expect(await db.answers.count()).toBe(60);
		expect(await db.assessments.count()).toBe(2);
	});

	it('copy adds new assessments with new ids and labels', async () => {
		const { data, file } = await setup();
		const plan = await applyImport(file, 'copy');
		expect(plan.assessments.map((a) => a.outcome)).toEqual(['copied', 'copied']);
		expect(await db.assessments.count()).toBe(4);
		expect(await db.cities.count()).toBe(1);
		const copies = plan.assessments.map((a) => a.id);
		expect(copies.some((id) => data.assessments.some((x) => x.id === id))).toBe(false);
		expect(plan.assessments.map((a) => a.finalLabel)).toEqual(
			file.assessments.map((a) => `${a.label} (2)`)
		);
		expect(await db.answers.where('assessmentId').anyOf(copies).count()).toBe(data.answers.length);
	});

	it('workshop: files from several devices for the same city are collected under one city', async () => {
		const files = [];
		for (let i = 0; i < 5; i++) {
			const d = makeData({ cities: 1, assessmentsPerCity: 1, seed: 100 + i, commentLength: 10 });
			d.assessments[0]!.label = `Uczestnik ${i + 1}`;
			files.push(await read(serializeExport((await makeExportFile(d)) as ExportFile)));
		}
		expect(new Set(files.map((f) => f.cities[0]!.id)).size).toBe(5);
		const ids: string[] = [];
		for (const f of files) ids.push(...(await applyImport(f, 'copy')).assessments.map((a) => a.id));
		expect(await db.cities.count()).toBe(1);
		expect(await db.assessments.count()).toBe(5);
		expect(new Set(ids).size).toBe(5);
		const plan = await planImport(files[0]!);
		expect(plan.cities[0]!.match).toBe('same');
	});
});

describe('framework versions', () => {
	function nextVersion(): Framework {
		const fw = structuredClone(defaultFramework);
		fw.version = '1.1.0';
		const item = fw.elements[0]!.items[0]!;
		item.questions = item.questions.filter((q) => q.id !== 'F1.2');
		item.questions.push({ ...item.questions[0]!, id: 'F1.9' });
		return fw;
	}

	it('loads a corrected definition once and refuses to overwrite a version', async () => {
		const fw = nextVersion();
		expect(await loadFramework(fw)).toMatchObject({ ok: true, status: 'added' });
		expect(await loadFramework(fw)).toMatchObject({ ok: true, status: 'alreadyLoaded' });
		const changed = structuredClone(fw);
		changed.title.en = 'Changed';
		expect(await loadFramework(changed)).toMatchObject({ ok: false, code: 'versionExists' });
		const bundled = structuredClone(defaultFramework);
		bundled.title.en = 'Changed';
		expect(await loadFramework(bundled)).toMatchObject({ ok: false, code: 'bundledVersion' });
		expect((await listLoadedFrameworks()).map((f) => f.stored.version)).toEqual(['1.1.0']);
	});

	it('moves an assessment to a new version: a new assessment, answers carried where ids match', async () => {
		const data = makeData({ cities: 1, assessmentsPerCity: 1, commentLength: 10 });
		data.answers.find((a) => a.questionId === 'F1.2')!.value = 2;
		await seed(data);
		await loadFramework(nextVersion());
		const id = data.assessments[0]!.id;
		const preview = await planMigration(id, '1.1.0');
		expect(preview.dropped.map((a) => a.questionId)).toEqual(['F1.2']);
		expect(preview.added).toEqual(['F1.9']);
		const before = await db.answers.where('assessmentId').equals(id).toArray();
		const { assessment, plan } = await migrateAssessment(id, '1.1.0');
		expect(assessment.id).not.toBe(id);
		expect(assessment.frameworkVersion).toBe('1.1.0');
		expect(assessment.label).toBe(`${data.assessments[0]!.label} (1.1.0)`);
		expect(plan.carried).toHaveLength(before.length - 1);
		const moved = await db.answers.where('assessmentId').equals(assessment.id).toArray();
		expect(moved.map((a) => a.questionId).sort()).toEqual(
			before
				.map((a) => a.questionId)
				.filter((q) => q !== 'F1.2')
				.sort()
		);
		// the original is untouched
		expect(await db.answers.where('assessmentId').equals(id).toArray()).toEqual(before);
		expect((await db.assessments.get(id))!.frameworkVersion).toBe(defaultFramework.version);
	});

	it('a file carries the user-loaded definition its assessments need', async () => {
		const data = makeData({ cities: 1, assessmentsPerCity: 1, commentLength: 10 });
		await seed(data);
		await loadFramework(nextVersion());
		const { assessment } = await migrateAssessment(data.assessments[0]!.id, '1.1.0');
		const file = await exportAssessment(assessment.id);
		expect(file.frameworkDefinitions.map((f) => f.version)).toEqual(['1.1.0']);
		await deleteAllData();
		const plan = await applyImport(await read(serializeExport(file)), 'keep');
		expect(plan.frameworksAdded).toEqual([`${defaultFramework.id}@1.1.0`]);
		expect((await listLoadedFrameworks()).length).toBe(1);
	});
});

describe('backup reminder and deleting everything', () => {
	it('reminds after 7 days of unexported changes, not after a full export', async () => {
		const data = makeData({ cities: 1, assessmentsPerCity: 1, commentLength: 10 });
		await seed(data);
		const created = data.cities[0]!.createdAt;
		const day = 86_400_000;
		expect((await backupStatus(created + 3 * day)).due).toBe(false);
		expect((await backupStatus(created + 8 * day)).due).toBe(true);
		const file = await exportAll();
		const s = await backupStatus(file.exportedAt + 30 * day);
		expect(s).toMatchObject({ unexported: false, due: false, lastExportAt: file.exportedAt });
		await db.cities.update(data.cities[0]!.id, { updatedAt: file.exportedAt + 1 });
		expect((await backupStatus(file.exportedAt + 8 * day)).due).toBe(true);
	});

	it('delete all data empties every table and local storage', async () => {
		await seed(makeData({ cities: 2, assessmentsPerCity: 1, commentLength: 10 }));
		await loadFramework({ ...structuredClone(defaultFramework), version: '9.0.0' });
		const store = new Map<string, string>();
		vi.stubGlobal('localStorage', { clear: () => store.clear() });
		store.set('x', '1');
		await deleteAllData();
		vi.unstubAllGlobals();
		const d = await dump();
		for (const rows of Object.values(d)) expect(rows).toEqual([]);
		expect(store.size).toBe(0);
		expect(db.isOpen()).toBe(true);
	});
});

describe('benchmark (fake-indexeddb, not representative of a browser)', () => {
	it('imports a 1,000-answer file', async () => {
		const file = (await makeExportFile(
			makeData({ answers: 1000, cities: 6, assessmentsPerCity: 4 })
		)) as ExportFile;
		expect(file.answers).toHaveLength(1000);
		const text = serializeExport(file);
		const t0 = performance.now();
		const parsed = await read(text);
		const t1 = performance.now();
		await applyImport(parsed, 'keep');
		const t2 = performance.now();
		expect(await db.answers.count()).toBe(1000);
		console.log(
			`1,000-answer import (${(text.length / 1024).toFixed(0)} KiB): check ${(t1 - t0).toFixed(0)} ms, write ${(t2 - t1).toFixed(0)} ms (fake-indexeddb)`
		);
	});
});
