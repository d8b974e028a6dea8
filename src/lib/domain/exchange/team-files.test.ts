import { describe, expect, it } from 'vitest';
import { bundledFrameworks } from '../bundled';
import { allQuestions } from '../framework-tree';
import type { Respondent, RespondentAnswer } from '../team/respondent';
import { checksum } from './canonical';
import { T, assessment, city } from './plan.test-util';
import {
	buildInvitation,
	buildResponse,
	checkResponseTarget,
	parseTeamFileText,
	peekKind,
	planResponse,
	serializeTeamFile,
	type ResponseFile
} from './team-files';

const [v2, v1] = bundledFrameworks as [
	(typeof bundledFrameworks)[0],
	(typeof bundledFrameworks)[0]
];
const ids2 = allQuestions(v2).map((q) => q.question.id);
const ids1 = allQuestions(v1).map((q) => q.question.id);
const c = city('city000001', 'Kraków');
const a = assessment('asmt000001', c.id, 'Ocena 2026');
const anna: Respondent = {
	id: 'resp000001',
	assessmentId: a.id,
	name: 'Anna Nowak',
	department: 'Edukacja',
	createdAt: T,
	updatedAt: T,
	rev: 0
};
const ans = (questionId: string, value: RespondentAnswer['value'], at = T): RespondentAnswer => ({
	assessmentId: a.id,
	respondentId: anna.id,
	questionId,
	value,
	comment: '',
	evidence: [],
	updatedAt: at,
	rev: 1
});

async function response(answers: RespondentAnswer[], extra: Partial<ResponseFile> = {}) {
	const f = await buildResponse({
		appVersion: '0.3.0',
		city: c,
		assessment: { ...a, ...(extra.framework ? { frameworkVersion: extra.framework.version } : {}) },
		respondent: anna,
		answers,
		exportedAt: T + 10
	});
	return f;
}

describe('team files: invitation and response', () => {
	it('an invitation round-trips through its text, with its named respondent', async () => {
		const inv = await buildInvitation({
			appVersion: '0.3.0',
			city: c,
			assessment: a,
			respondent: anna
		});
		const text = serializeTeamFile(inv);
		expect(peekKind(text.slice(0, 200))).toBe('invitation');
		const r = await parseTeamFileText(text);
		expect(r).toEqual({ ok: true, file: inv });
	});

	it('a general invitation names nobody', async () => {
		const inv = await buildInvitation({ appVersion: '0.3.0', city: c, assessment: a });
		const r = await parseTeamFileText(serializeTeamFile(inv));
		expect(r.ok && r.file.kind === 'invitation' && r.file.respondent).toBeUndefined();
	});

	it('a response round-trips, its checksum over the canonical payload', async () => {
		const f = await response([ans(ids2[1]!, 3), ans(ids2[0]!, 'na')]);
		expect(f.answers.map((x) => x.questionId)).toEqual([ids2[0], ids2[1]].sort());
		expect(f.checksum).toBe(await checksum(f));
		const text = serializeTeamFile(f);
		expect(peekKind(text)).toBe('response');
		expect(await parseTeamFileText(text)).toEqual({ ok: true, file: f });
	});

	it('an export file is not a team file', () => {
		expect(
			peekKind('{\n  "format": "hrc-export",\n  "formatVersion": 2,\n  "appVersion": "x"')
		).toBe(undefined);
	});

	it('refuses a response edited by hand (checksum), whatever the edit', async () => {
		const f = await response([ans(ids2[0]!, 2)]);
		const edited = serializeTeamFile(f).replace('"value": 2', '"value": 4');
		const r = await parseTeamFileText(edited);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['checksum']);
		// even a change that keeps the JSON valid and the schema happy
		const renamed = serializeTeamFile(f).replace('Anna Nowak', 'Ania Nowak');
		expect((await parseTeamFileText(renamed)).ok).toBe(false);
	});

	it('refuses a response whose answers name another respondent, even with a valid checksum', async () => {
		const f = await response([ans(ids2[0]!, 2)]);
		const bad = { ...f, answers: [{ ...f.answers[0]!, respondentId: 'resp000002' }] };
		const text = serializeTeamFile({ ...bad, checksum: await checksum(bad) });
		const r = await parseTeamFileText(text);
		expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['answers[0].respondentId']);
	});

	it('refuses a file of a newer format version', async () => {
		const f = await response([]);
		const newer = { ...f, formatVersion: 3 };
		const r = await parseTeamFileText(
			JSON.stringify({ ...newer, checksum: await checksum(newer) })
		);
		expect(!r.ok && r.errors[0]!.code).toBe('newerVersion');
	});
});

describe('planResponse: what a response writes on the coordinator’s device', () => {
	const snap = (extra: Partial<Parameters<typeof planResponse>[1]> = {}) => ({
		assessment: a,
		questionIds: new Set(ids2),
		existing: [],
		...extra
	});

	it('writes a new respondent and their answers', async () => {
		const f = await response([ans(ids2[0]!, 2), ans(ids2[1]!, 'dk')]);
		const p = planResponse(f, snap());
		expect(p).toMatchObject({ kind: 'write', respondent: anna, replaced: false, dropped: [] });
		expect(p.kind === 'write' && p.answers).toHaveLength(2);
	});

	it('writes nothing for an assessment not on this device', async () => {
		const f = await response([ans(ids2[0]!, 2)]);
		expect(planResponse(f, snap({ assessment: undefined }))).toEqual({
			kind: 'unknownAssessment',
			assessmentId: a.id,
			city: 'Kraków',
			label: 'Ocena 2026'
		});
	});

	it('names the assessment a response belongs to when it is not the one expected', async () => {
		const f = await response([ans(ids2[0]!, 2)]);
		expect(checkResponseTarget(f, a.id)).toBeUndefined();
		expect(checkResponseTarget(f, 'asmt000002')).toEqual({
			kind: 'otherAssessment',
			assessmentId: a.id,
			city: 'Kraków',
			label: 'Ocena 2026'
		});
	});

	it('writes nothing when the response names questions the framework lacks', async () => {
		const f = await response([ans(ids2[0]!, 2), ans('X9.9', 1)]);
		expect(planResponse(f, snap())).toEqual({ kind: 'unknownQuestions', ids: ['X9.9'] });
	});

	it('asks when the respondent already has answers here, with both dates; never merges', async () => {
		const f = await response([ans(ids2[0]!, 4, T + 500)]);
		const here = [ans(ids2[0]!, 1, T + 100), ans(ids2[1]!, 2, T + 200)];
		const p = planResponse(f, snap({ respondent: anna, existing: here }));
		expect(p).toEqual({
			kind: 'decide',
			respondent: anna,
			deviceDate: T + 200,
			fileDate: T + 500,
			newer: 'file'
		});
		expect(planResponse(f, snap({ respondent: anna, existing: here }), 'keep').kind).toBe('kept');
		const replace = planResponse(f, snap({ respondent: anna, existing: here }), 'replace', T + 900);
		expect(replace).toMatchObject({ kind: 'write', replaced: true });
		// the file's answers replace the device's whole: none of the device's stays
		expect(replace.kind === 'write' && replace.answers.map((x) => x.value)).toEqual([4]);
		expect(replace.kind === 'write' && replace.respondent.rev).toBe(1);
	});

	it('says which is newer when the device’s answers are', async () => {
		const f = await response([ans(ids2[0]!, 4, T + 5)]);
		const p = planResponse(f, snap({ respondent: anna, existing: [ans(ids2[0]!, 1, T + 50)] }));
		expect(p.kind === 'decide' && p.newer).toBe('device');
	});

	it('a named respondent without answers yet takes the response without a question', async () => {
		const f = await response([ans(ids2[0]!, 3)]);
		expect(planResponse(f, snap({ respondent: anna })).kind).toBe('write');
	});

	it('carries answers over by question id from another framework version and reports the rest', async () => {
		// the coordinator's assessment is on 1.0.0, the respondent answered 2.0.0
		const common = ids2.find((id) => ids1.includes(id))!;
		const gone = ids2.find((id) => !ids1.includes(id))!;
		expect(common && gone).toBeTruthy();
		const f = await response([ans(common, 2), ans(gone, 3)]);
		const p = planResponse(
			f,
			snap({ assessment: { ...a, frameworkVersion: v1.version }, questionIds: new Set(ids1) })
		);
		expect(p).toMatchObject({ kind: 'write', dropped: [gone], otherVersion: v2.version });
		expect(p.kind === 'write' && p.answers.map((x) => x.questionId)).toEqual([common]);
	});

	it('refuses a response to another framework', async () => {
		const f = await response([], { framework: { id: 'other-fw', version: '1.0.0' } });
		const fixed = { ...f, framework: { id: 'other-fw', version: '1.0.0' } };
		expect(planResponse(fixed, snap()).kind).toBe('frameworkMismatch');
	});
});
