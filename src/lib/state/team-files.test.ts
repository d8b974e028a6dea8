/**
 * The list of team files being imported: many response files at once, each
 * checked and written whole or not at all, with a result per file; a
 * respondent who already has answers waits for the coordinator's choice.
 * (No workers in Node: the same check runs in this thread.)
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as answers from '$lib/db/answers';
import * as assessments from '$lib/db/assessments';
import * as cities from '$lib/db/cities';
import { db } from '$lib/db/db';
import * as respondents from '$lib/db/respondents';
import * as teamFiles from '$lib/db/team-files';
import { defaultFramework } from '$lib/domain/bundled';
import { serializeTeamFile, type TeamFile } from '$lib/domain/exchange/team-files';
import { allQuestions } from '$lib/domain/framework-tree';
import { respondentTarget } from '$lib/domain/team';
import { splitTeamFiles } from './team-check';
import { TeamFileSession } from './team-files.svelte';

const ids = allQuestions(defaultFramework).map((q) => q.question.id);
let assessmentId: string;

beforeEach(async () => {
	await db.delete();
	await db.open();
	const cityId = (await cities.create({ name: 'Kraków' })).id;
	assessmentId = (await assessments.create(cityId, defaultFramework, { label: '2026' })).id;
});

const asFile = (f: TeamFile, name: string) => new File([serializeTeamFile(f)], name);

async function responseOf(name: string, value: 0 | 1 | 2 | 3 | 4) {
	const r = await respondents.create(assessmentId, { name });
	await answers.sync(
		assessmentId,
		ids[0]!,
		{ choice: { value, at: Date.now() } },
		respondentTarget(r.id)
	);
	const file = await teamFiles.exportResponse(assessmentId, r.id);
	return { r, file };
}

describe('TeamFileSession', () => {
	it('imports several responses at once, one result per file, refusing a bad one', async () => {
		const made = [];
		for (const [i, n] of ['Anna', 'Jan', 'Ewa'].entries())
			made.push(await responseOf(n, i as 0 | 1 | 2));
		// the coordinator's device knows none of them yet
		for (const { r } of made) await respondents.remove(r.id);
		const edited = serializeTeamFile(made[0]!.file).replace('"value": 0', '"value": 4');
		const session = new TeamFileSession(() => assessmentId);
		const done = await session.add([
			...made.map((m, i) => asFile(m.file, `r${i}.json`)),
			new File([edited], 'edited.json'),
			new File(['{"format":"hrc-export","formatVersion":2,"scope":"all"}'], 'export.json')
		]);
		expect(done.map((e) => [e.name, e.status])).toEqual([
			['r0.json', 'imported'],
			['r1.json', 'imported'],
			['r2.json', 'imported'],
			['edited.json', 'rejected'],
			['export.json', 'rejected']
		]);
		expect(done[3]!.errors.map((e) => e.code)).toEqual(['checksum']);
		expect(session.counts).toEqual({ imported: 3, skipped: 2, pending: 0 });
		expect((await respondents.list(assessmentId)).map((r) => r.name)).toEqual([
			'Anna',
			'Jan',
			'Ewa'
		]);
	});

	it('asks before replacing a respondent’s answers, then does what the coordinator chose', async () => {
		const { r, file } = await responseOf('Anna', 1);
		const session = new TeamFileSession(() => assessmentId);
		const [entry] = await session.add([asFile(file, 'anna.json')]);
		expect(entry!.status).toBe('decide');
		expect(session.counts.pending).toBe(1);
		await session.decide(entry!.key, 'replace');
		expect(session.entries[0]!.status).toBe('imported');
		expect((await respondents.answersOf(assessmentId, r.id)).map((a) => a.value)).toEqual([1]);
	});

	it('the team page refuses an invitation; the data page imports it', async () => {
		const inv = await teamFiles.exportInvitation(assessmentId);
		const [onTeam] = await new TeamFileSession(() => assessmentId).add([asFile(inv, 'inv.json')]);
		expect([onTeam!.status, onTeam!.misplaced]).toEqual(['rejected', true]);
		const [onData] = await new TeamFileSession().add([asFile(inv, 'inv.json')]);
		expect(onData!.status).toBe('invited');
		expect(onData!.invitation?.result).toEqual({
			assessmentId,
			respondentId: undefined,
			created: false
		});
	});

	it('the team page refuses a response for another assessment on this device; the data page routes it', async () => {
		const { r, file } = await responseOf('Anna', 3);
		await respondents.remove(r.id);
		const cityId = (await cities.create({ name: 'Gdańsk' })).id;
		const otherId = (await assessments.create(cityId, defaultFramework, { label: '2027' })).id;
		// the coordinator imports Anna's response (for Kraków 2026) on Gdańsk 2027's team page
		const [onTeam] = await new TeamFileSession(() => otherId).add([asFile(file, 'anna.json')]);
		expect(onTeam!.status).toBe('rejected');
		expect(onTeam!.plan).toEqual({
			kind: 'otherAssessment',
			assessmentId,
			city: 'Kraków',
			label: '2026'
		});
		// nothing written, to either assessment
		expect(await respondents.list(assessmentId)).toEqual([]);
		expect(await respondents.list(otherId)).toEqual([]);
		// on its own team page, or on the data page, it is imported into its own assessment
		const [onOwn] = await new TeamFileSession(() => assessmentId).add([asFile(file, 'anna.json')]);
		expect(onOwn!.status).toBe('imported');
		await respondents.remove(r.id);
		const [onData] = await new TeamFileSession().add([asFile(file, 'anna.json')]);
		expect(onData!.status).toBe('imported');
		expect((await respondents.list(assessmentId)).map((x) => x.name)).toEqual(['Anna']);
		expect(await respondents.list(otherId)).toEqual([]);
	});

	it('tells team files from exports by their first bytes', async () => {
		const inv = await teamFiles.exportInvitation(assessmentId);
		const { team, other } = await splitTeamFiles([
			asFile(inv, 'inv.json'),
			new File(['{"format":"hrc-export","formatVersion":2}'], 'export.json')
		]);
		expect([team.map((f) => f.name), other.map((f) => f.name)]).toEqual([
			['inv.json'],
			['export.json']
		]);
	});
});
