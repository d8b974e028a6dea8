/**
 * Moving from the first published FRA definition (1.0.0) to the current one:
 * an export file of 1.0.0 still imports, and an assessment answered on 1.0.0
 * moves to the current version with every answer kept (the app's own
 * migration, on a real IndexedDB implementation).
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { checksumOf } from '../../../scripts/fixtures.mjs';
import { defaultFramework, findFramework } from '$lib/domain/bundled';
import type { Answer } from '$lib/domain/assessment';
import { Framework, type AnswerValue } from '$lib/domain/framework';
import { allQuestions } from '$lib/domain/framework-tree';
import { scoreAssessment } from '$lib/domain/scoring';
import { db } from './db';
import { applyImport, checkText, migrateAssessment, planMigration } from './exchange';

const v1 = Framework.parse(
	JSON.parse(readFileSync('frameworks/fra-hrc/archive/1.0.0.json', 'utf8')) as unknown
);
const VALUES: (AnswerValue | null)[] = [0, 1, 2, 3, 4, 'na', 'dk', null];

/** An export file of 1.0.0 as the app wrote it: one city, one assessment, every question answered. */
async function fileOf100(): Promise<string> {
	const t0 = Date.UTC(2026, 5, 1);
	const answers: Answer[] = allQuestions(v1).map(({ question }, i) => ({
		assessmentId: 'assessV100',
		questionId: question.id,
		value: VALUES[i % VALUES.length]!,
		comment: i % 3 === 0 ? `Uchwała nr ${i}/2026 – „zażółć gęślą jaźń”` : '',
		evidence: i % 4 === 0 ? [`https://bip.example.pl/${question.id}`] : [],
		updatedAt: t0 + i,
		rev: 1 + (i % 3)
	}));
	const payload = {
		format: 'hrc-export',
		formatVersion: 1,
		appVersion: '0.1.0',
		exportedAt: t0 + 1000,
		scope: 'all',
		frameworks: [{ id: 'fra-hrc', version: '1.0.0' }],
		frameworkDefinitions: [],
		cities: [
			{ id: 'cityV100', name: 'Kraków', country: 'Polska', notes: '', createdAt: t0, updatedAt: t0 }
		],
		assessments: [
			{
				id: 'assessV100',
				cityId: 'cityV100',
				frameworkId: 'fra-hrc',
				frameworkVersion: '1.0.0',
				label: 'Diagnoza 2026',
				status: 'complete',
				participants: 'Anna Żółkiewska',
				createdAt: t0,
				updatedAt: t0 + 500
			}
		],
		answers
	};
	return JSON.stringify({ ...payload, checksum: await checksumOf(payload) });
}

const content = (a: Answer) => ({
	questionId: a.questionId,
	value: a.value,
	comment: a.comment,
	evidence: a.evidence
});
const byQuestion = (xs: Answer[]) =>
	[...xs].sort((a, b) => a.questionId.localeCompare(b.questionId));

beforeEach(async () => {
	await db.open();
	await Promise.all(db.tables.map((t) => t.clear()));
});

describe('fra-hrc 1.0.0 → current version', () => {
	it('the current version is newer, and 1.0.0 is still bundled', () => {
		expect(defaultFramework.version).not.toBe('1.0.0');
		expect(findFramework('fra-hrc', '1.0.0')).toEqual(v1);
	});

	it('an export file of 1.0.0 still imports, against 1.0.0', async () => {
		const checked = await checkText(await fileOf100());
		expect(checked.ok ? [] : checked.errors).toEqual([]);
		if (!checked.ok) return;
		await applyImport(checked.file, 'keep');
		const a = await db.assessments.get('assessV100');
		expect(a?.frameworkVersion).toBe('1.0.0');
		const answers = await db.answers.where('assessmentId').equals('assessV100').toArray();
		expect(answers).toHaveLength(allQuestions(v1).length);
		expect(answers).toEqual(expect.arrayContaining(checked.file.answers));
	});

	it('moves an assessment answered on 1.0.0 to the current version with every answer kept', async () => {
		const checked = await checkText(await fileOf100());
		if (!checked.ok) throw new Error('file refused');
		await applyImport(checked.file, 'keep');
		const before = await db.answers.where('assessmentId').equals('assessV100').toArray();

		const preview = await planMigration('assessV100', defaultFramework.version);
		expect(preview.dropped).toEqual([]);
		expect(preview.carried).toHaveLength(before.length);
		const newIds = allQuestions(defaultFramework)
			.map((q) => q.question.id)
			.filter((id) => !allQuestions(v1).some((q) => q.question.id === id));
		expect(preview.added.sort()).toEqual(newIds.sort());

		const { assessment } = await migrateAssessment('assessV100', defaultFramework.version);
		expect(assessment.frameworkVersion).toBe(defaultFramework.version);
		const after = await db.answers.where('assessmentId').equals(assessment.id).toArray();
		expect(byQuestion(after).map(content)).toEqual(byQuestion(before).map(content));
		// the original stays as it was, on 1.0.0
		expect(await db.answers.where('assessmentId').equals('assessV100').toArray()).toEqual(before);
		expect((await db.assessments.get('assessV100'))!.frameworkVersion).toBe('1.0.0');
		// the moved answers score on the new version; the new questions are simply open
		const score = scoreAssessment(defaultFramework, after);
		expect(score.counts.unanswered).toBe(
			newIds.length + before.filter((a) => a.value === null).length
		);
	});
});
