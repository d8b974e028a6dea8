/**
 * Moving an assessment to another version of its framework: a NEW assessment
 * answered against that version, with the answers whose question id exists
 * there; the original is left as it was.
 */
import { Assessment, NAME_MAX, newId } from '$lib/domain/assessment';
import { freeLabel } from '$lib/domain/labels';
import { nameKey } from '$lib/domain/text';
import { planAnswerMigration, type AnswerMigrationPlan } from '$lib/domain/versions';
import { db } from './db';
import { ValidationError, guard } from './errors';
import { frameworkFinder, type FindFramework } from './frameworks';

const tables = () => [db.assessments, db.answers, db.frameworks];

/** The assessment and what moving it would carry over. Runs inside a transaction. */
async function loadMigrationInput(find: FindFramework, assessmentId: string, toVersion: string) {
	const assessment = await db.assessments.get(assessmentId);
	if (!assessment) throw new ValidationError('id', 'invalid');
	const to = await find(assessment.frameworkId, toVersion);
	if (!to) throw new ValidationError('framework', 'invalid');
	const from = await find(assessment.frameworkId, assessment.frameworkVersion);
	const answers = await db.answers.where('assessmentId').equals(assessment.id).toArray();
	return { assessment, plan: planAnswerMigration(from, to, answers) };
}

/** What moving an assessment to `toVersion` would carry over and leave behind. */
export function planMigration(
	assessmentId: string,
	toVersion: string
): Promise<AnswerMigrationPlan> {
	return guard(async () => {
		const find = await frameworkFinder();
		return db.transaction('r', tables(), async () => {
			return (await loadMigrationInput(find, assessmentId, toVersion)).plan;
		});
	});
}

/**
 * Create a NEW assessment answered against `toVersion` of the same framework,
 * copying answers whose question id exists there. The original assessment is
 * left as it was.
 */
export function migrateAssessment(
	assessmentId: string,
	toVersion: string
): Promise<{ assessment: Assessment; plan: AnswerMigrationPlan }> {
	return guard(async () => {
		const find = await frameworkFinder();
		return db.transaction('rw', tables(), async () => {
			const { assessment: a, plan } = await loadMigrationInput(find, assessmentId, toVersion);
			const siblings = await db.assessments.where('cityId').equals(a.cityId).toArray();
			const taken = new Set(siblings.map((s) => nameKey(s.label)));
			const label = freeLabel(`${a.label} (${toVersion})`.slice(0, NAME_MAX), taken);
			const now = Date.now();
			const assessment = Assessment.parse({
				...a,
				id: newId(),
				frameworkVersion: toVersion,
				label,
				status: 'draft',
				createdAt: now,
				updatedAt: now
			});
			await db.assessments.add(assessment);
			await db.answers.bulkAdd(plan.carried.map((x) => ({ ...x, assessmentId: assessment.id })));
			return { assessment, plan };
		});
	});
}
