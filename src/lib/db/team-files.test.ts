import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundledFrameworks, defaultFramework } from '$lib/domain/bundled';
import { checksum } from '$lib/domain/exchange/canonical';
import {
	parseTeamFileText,
	serializeTeamFile,
	type ResponseFile
} from '$lib/domain/exchange/team-files';
import type { Framework } from '$lib/domain/framework';
import { allQuestions } from '$lib/domain/framework-tree';
import { respondentTarget } from '$lib/domain/team';
import * as answers from './answers';
import * as assessments from './assessments';
import * as cities from './cities';
import { db } from './db';
import { dump } from './dump';
import { listLoadedFrameworks, loadFramework, resolve } from './frameworks';
import * as respondents from './respondents';
import * as teamFiles from './team-files';

const ids = allQuestions(defaultFramework).map((q) => q.question.id);
let assessmentId: string;

beforeEach(async () => {
	await db.delete();
	await db.open();
	const cityId = (await cities.create({ name: 'Kraków' })).id;
	assessmentId = (await assessments.create(cityId, defaultFramework, { label: 'Ocena 2026' })).id;
});

async function answer(respondentId: string, questionId: string, value: 0 | 1 | 2 | 3 | 4) {
	await answers.sync(
		assessmentId,
		questionId,
		{ choice: { value, at: Date.now() } },
		respondentTarget(respondentId)
	);
}

/** Move a file to a fresh device: everything is deleted, then `setup` runs. */
async function freshDevice() {
	await db.delete();
	await db.open();
}

describe('team files on a device', () => {
	it('invitation → respondent’s device → response → coordinator: the answers arrive apart', async () => {
		const anna = await respondents.create(assessmentId, { name: 'Anna Nowak' });
		const invitation = await teamFiles.exportInvitation(assessmentId, anna.id);
		const coordinator = await dump();

		await freshDevice();
		const parsed = await parseTeamFileText(serializeTeamFile(invitation));
		expect(parsed.ok).toBe(true);
		const got = await teamFiles.importInvitation(invitation);
		expect(got).toEqual({ assessmentId, respondentId: anna.id, created: true });
		await answer(anna.id, ids[0]!, 3);
		await answer(anna.id, ids[1]!, 1);
		const response = await teamFiles.exportResponse(assessmentId, anna.id);
		expect(response.answers.map((a) => a.value)).toEqual(expect.arrayContaining([3, 1]));
		// nothing of the consensus is in the respondent's device
		expect(await db.answers.count()).toBe(0);

		await freshDevice();
		await db.transaction('rw', db.tables, async () => {
			for (const t of db.tables)
				await t.bulkAdd((coordinator as Record<string, unknown[]>)[t.name] ?? []);
		});
		const plan = await teamFiles.importResponse(response);
		expect(plan.kind).toBe('write');
		const theirs = await respondents.answersOf(assessmentId, anna.id);
		expect(theirs.map((a) => [a.questionId, a.value]).sort()).toEqual(
			[
				[ids[0], 3],
				[ids[1], 1]
			].sort()
		);
		expect(await db.answers.count()).toBe(0);
	});

	it('writes nothing for a response to an assessment not on this device', async () => {
		const r = await respondents.create(assessmentId, { name: 'Jan' });
		await answer(r.id, ids[0]!, 2);
		const response = await teamFiles.exportResponse(assessmentId, r.id);
		await freshDevice();
		const before = await dump();
		expect((await teamFiles.importResponse(response)).kind).toBe('unknownAssessment');
		expect(await dump()).toEqual(before);
	});

	it('the same respondent twice: asks with both dates, writes nothing until told; keep or replace', async () => {
		const r = await respondents.create(assessmentId, { name: 'Jan' });
		await answer(r.id, ids[0]!, 2);
		const first = await teamFiles.exportResponse(assessmentId, r.id);
		await answer(r.id, ids[0]!, 4);
		await answer(r.id, ids[2]!, 1);
		const before = await dump();
		const plan = await teamFiles.importResponse(first);
		expect(plan).toMatchObject({ kind: 'decide', newer: 'device' });
		expect(await dump()).toEqual(before);
		expect((await teamFiles.importResponse(first, 'keep')).kind).toBe('kept');
		expect(await dump()).toEqual(before);
		expect((await teamFiles.importResponse(first, 'replace')).kind).toBe('write');
		// the file replaces the respondent's answers whole: no merge with the device's
		const now = await respondents.answersOf(assessmentId, r.id);
		expect(now.map((a) => [a.questionId, a.value])).toEqual([[ids[0], 2]]);
	});

	it('imports many responses in one transaction: each decided as one at a time would be', async () => {
		const made: ResponseFile[] = [];
		for (const name of ['Anna', 'Jan', 'Ewa']) {
			const r = await respondents.create(assessmentId, { name });
			await answer(r.id, ids[0]!, 2);
			made.push(await teamFiles.exportResponse(assessmentId, r.id));
		}
		const coordinator = await dump();
		await freshDevice();
		await db.transaction('rw', db.tables, async () => {
			for (const t of db.tables)
				await t.bulkAdd((coordinator as Record<string, unknown[]>)[t.name] ?? []);
		});
		await db.respondentAnswers.clear();
		await db.respondents.clear();
		let transactions = 0;
		const spy = db.transaction.bind(db);
		// the same respondent's file twice in one batch: the second asks, as it would alone
		const plans = await (async () => {
			(db as { transaction: unknown }).transaction = (...args: unknown[]) => {
				transactions++;
				return (spy as (...a: unknown[]) => unknown)(...args);
			};
			try {
				return await teamFiles.importResponses([made[0]!, made[1]!, made[2]!, made[0]!]);
			} finally {
				(db as { transaction: unknown }).transaction = spy;
			}
		})();
		expect(plans.map((p) => p.kind)).toEqual(['write', 'write', 'write', 'decide']);
		expect(transactions).toBe(1);
		expect((await respondents.list(assessmentId)).map((r) => r.name).sort()).toEqual([
			'Anna',
			'Ewa',
			'Jan'
		]);
	});

	it('a batch with a decision: the last file of a respondent wins, their old answers go, the others stay', async () => {
		const jan = await respondents.create(assessmentId, { name: 'Jan' });
		const ewa = await respondents.create(assessmentId, { name: 'Ewa' });
		await answer(jan.id, ids[0]!, 2);
		await answer(jan.id, ids[1]!, 3);
		const older = await teamFiles.exportResponse(assessmentId, jan.id);
		await answer(jan.id, ids[2]!, 4);
		const newer = await teamFiles.exportResponse(assessmentId, jan.id);
		await answer(ewa.id, ids[3]!, 1);
		// on this device since: Jan answered a fourth question, which neither file has
		await answer(jan.id, ids[3]!, 0);
		const plans = await teamFiles.importResponses([newer, older], 'replace');
		expect(plans.map((p) => p.kind)).toEqual(['write', 'write']);
		// the second file of the batch replaces the first one whole, as one at a time would
		const janNow = await respondents.answersOf(assessmentId, jan.id);
		expect(janNow.map((a) => [a.questionId, a.value])).toEqual(
			[
				[ids[0], 2],
				[ids[1], 3]
			].sort()
		);
		const ewaNow = await respondents.answersOf(assessmentId, ewa.id);
		expect(ewaNow.map((a) => [a.questionId, a.value])).toEqual([[ids[3], 1]]);
		// each write a new revision of the respondent
		const stored = await db.respondents.get(jan.id);
		expect(stored!.rev).toBeGreaterThanOrEqual(jan.rev + 2);
	});

	it('a batch with a respondent of another assessment writes nothing at all', async () => {
		const jan = await respondents.create(assessmentId, { name: 'Jan' });
		await answer(jan.id, ids[0]!, 2);
		const good = await teamFiles.exportResponse(assessmentId, jan.id);
		const cityId = (await cities.create({ name: 'Gdańsk' })).id;
		const other = await assessments.create(cityId, defaultFramework, { label: 'Inna' });
		const anna = await respondents.create(other.id, { name: 'Anna' });
		// Anna's id, claimed by a response to this assessment
		const moved = {
			...good,
			respondent: { ...good.respondent, id: anna.id },
			answers: good.answers.map((a) => ({ ...a, respondentId: anna.id }))
		};
		await db.respondentAnswers.clear();
		const before = await dump();
		await expect(teamFiles.importResponses([good, moved])).rejects.toThrow();
		expect(await dump()).toEqual(before);
	});

	it('writes nothing when the response names questions the framework lacks', async () => {
		const r = await respondents.create(assessmentId, { name: 'Jan' });
		await answer(r.id, ids[0]!, 2);
		const f = await teamFiles.exportResponse(assessmentId, r.id);
		await respondents.remove(r.id);
		const odd = { ...f.answers[0]!, questionId: 'Z9.9' };
		const bad: ResponseFile = { ...f, answers: [...f.answers, odd] };
		const signed = { ...bad, checksum: await checksum(bad) };
		const before = await dump();
		expect(await teamFiles.importResponse(signed)).toEqual({
			kind: 'unknownQuestions',
			ids: ['Z9.9']
		});
		expect(await dump()).toEqual(before);
	});

	it('carries a response from another framework version over by question id', async () => {
		const old = bundledFrameworks.find((f) => f.version !== defaultFramework.version)!;
		const oldIds = new Set(allQuestions(old).map((q) => q.question.id));
		const cityId = (await cities.create({ name: 'Łódź' })).id;
		const onOld = (await assessments.create(cityId, old, { label: '2025' })).id;
		const r = await respondents.create(assessmentId, { name: 'Jan' });
		const common = ids.find((id) => oldIds.has(id))!;
		const gone = ids.find((id) => !oldIds.has(id))!;
		await answer(r.id, common, 3);
		await answer(r.id, gone, 2);
		const f = await teamFiles.exportResponse(assessmentId, r.id);
		// the same response, as if sent for the assessment on 1.0.0
		const moved: ResponseFile = {
			...f,
			assessmentId: onOld,
			respondent: { ...f.respondent, id: 'resp-moved1', assessmentId: onOld },
			answers: f.answers.map((a) => ({ ...a, assessmentId: onOld, respondentId: 'resp-moved1' }))
		};
		const plan = await teamFiles.importResponse({ ...moved, checksum: await checksum(moved) });
		expect(plan).toMatchObject({ kind: 'write', dropped: [gone] });
		const got = await respondents.answersOf(onOld, 'resp-moved1');
		expect(got.map((a) => a.questionId)).toEqual([common]);
	});

	it('a general invitation adds nobody; the respondent joins on their device', async () => {
		const inv = await teamFiles.exportInvitation(assessmentId);
		await freshDevice();
		const got = await teamFiles.importInvitation(inv);
		expect(got.respondentId).toBeUndefined();
		const me = await teamFiles.joinAsRespondent(assessmentId, {
			name: 'Ewa',
			department: 'Budżet'
		});
		expect((await respondents.list(assessmentId)).map((r) => r.id)).toEqual([me.id]);
		// importing the same invitation again changes nothing
		expect((await teamFiles.importInvitation(inv)).created).toBe(false);
	});
});

describe('an invitation to an assessment on a framework definition loaded on the device', () => {
	/** version 9.0.0: the built-in questions and one of its own */
	function corrected(): Framework {
		const fw = structuredClone(defaultFramework);
		fw.version = '9.0.0';
		const item = fw.elements[0]!.items[0]!;
		item.questions.push({ ...structuredClone(item.questions[0]!), id: 'F1.9' });
		return fw;
	}

	/** `corrected()` loaded on this device and an assessment of the first city answered against it */
	async function onLoadedVersion() {
		const fw = corrected();
		const loaded = await loadFramework(fw);
		const cityId = (await db.cities.toArray())[0]!.id;
		const onLoaded = (await assessments.create(cityId, fw, { label: 'Ocena 9' })).id;
		return { fw, loaded, onLoaded };
	}

	it('carries the definition: a device without it can answer, the coordinator reads the response', async () => {
		const { fw, loaded, onLoaded } = await onLoadedVersion();
		expect(loaded).toMatchObject({ ok: true, status: 'added' });
		const ewa = await respondents.create(onLoaded, { name: 'Ewa' });
		const invitation = await teamFiles.exportInvitation(onLoaded, ewa.id);
		expect(invitation.definition).toEqual(fw);
		const coordinator = await dump();

		await freshDevice();
		expect(await resolve(fw.id, '9.0.0')).toBeUndefined();
		const parsed = await parseTeamFileText(serializeTeamFile(invitation));
		expect(parsed.ok).toBe(true);
		expect(await teamFiles.importInvitation(invitation)).toEqual({
			assessmentId: onLoaded,
			respondentId: ewa.id,
			created: true
		});
		expect(await resolve(fw.id, '9.0.0')).toEqual(fw);
		expect((await listLoadedFrameworks()).map((l) => [l.stored.version, l.used])).toEqual([
			['9.0.0', 1]
		]);
		await answers.sync(
			onLoaded,
			'F1.9',
			{ choice: { value: 2, at: Date.now() } },
			respondentTarget(ewa.id)
		);
		const response = await teamFiles.exportResponse(onLoaded, ewa.id);
		// the same invitation again: nothing new, the definition stays one
		expect((await teamFiles.importInvitation(invitation)).created).toBe(false);
		expect(await db.frameworks.count()).toBe(1);

		await freshDevice();
		await db.transaction('rw', db.tables, async () => {
			for (const t of db.tables)
				await t.bulkAdd((coordinator as Record<string, unknown[]>)[t.name] ?? []);
		});
		expect((await teamFiles.importResponse(response)).kind).toBe('write');
		expect(
			(await respondents.answersOf(onLoaded, ewa.id)).map((a) => [a.questionId, a.value])
		).toEqual([['F1.9', 2]]);
	});

	it('an invitation on a built-in version carries no definition', async () => {
		const inv = await teamFiles.exportInvitation(assessmentId);
		expect(inv.definition).toBeUndefined();
		expect('definition' in inv).toBe(false);
	});

	it('a device that has a definition of that version keeps its own', async () => {
		const { fw, onLoaded } = await onLoadedVersion();
		const invitation = await teamFiles.exportInvitation(onLoaded);
		await freshDevice();
		const mine = corrected();
		mine.title.en = 'Our own 9.0.0';
		await loadFramework(mine);
		await teamFiles.importInvitation(invitation);
		expect((await resolve(fw.id, '9.0.0'))?.title.en).toBe('Our own 9.0.0');
		expect(await db.frameworks.count()).toBe(1);
	});

	it('refused, nothing written, when the framework is neither on the device nor in the file', async () => {
		const { onLoaded } = await onLoadedVersion();
		const { definition: _d, ...withoutDefinition } = await teamFiles.exportInvitation(onLoaded);
		await freshDevice();
		await expect(teamFiles.importInvitation(withoutDefinition)).rejects.toThrow();
		expect(await db.assessments.count()).toBe(0);
		expect(await db.cities.count()).toBe(0);
	});

	it('a file whose definition is not the framework it names is refused', async () => {
		const { fw, onLoaded } = await onLoadedVersion();
		const inv = await teamFiles.exportInvitation(onLoaded);
		const { checksum: _c, ...payload } = { ...inv, definition: { ...fw, version: '9.0.1' } };
		const text = serializeTeamFile({ ...payload, checksum: await checksum(payload) });
		const parsed = await parseTeamFileText(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.errors.map((e) => [e.code, e.path])).toEqual([
				['missingFrameworkRef', 'framework']
			]);
	});
});
