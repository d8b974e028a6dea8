/** The example city (see domain/demo.ts): written in one transaction, deleted in one. */
import type { Assessment } from '$lib/domain/assessment';
import { DEMO_NOTE, isDemoCity, type DemoAnswer } from '$lib/domain/demo';
import type { Framework } from '$lib/domain/framework';
import { newId } from '$lib/domain/records';
import { nameKey } from '$lib/domain/text';
import { db } from './db';
import { ValidationError, guard } from './errors';
import { schemas } from './schemas';

export interface DemoTexts {
	cityName: string;
	label: string;
	participants: string;
}

/** Add the example city with one assessment and its made-up answers; returns the assessment. */
export function create(
	texts: DemoTexts,
	framework: Framework,
	answers: DemoAnswer[]
): Promise<Assessment> {
	return guard(async () => {
		const { Answer, Assessment, City } = await schemas();
		return db.transaction('rw', db.cities, db.assessments, db.answers, async () => {
			const key = nameKey(texts.cityName);
			if (await db.cities.filter((c) => nameKey(c.name) === key).first())
				throw new ValidationError('name', 'duplicate');
			const now = Date.now();
			const city = City.parse({
				id: newId(),
				name: texts.cityName,
				country: '',
				notes: DEMO_NOTE,
				createdAt: now,
				updatedAt: now
			});
			const assessment = Assessment.parse({
				id: newId(),
				cityId: city.id,
				frameworkId: framework.id,
				frameworkVersion: framework.version,
				label: texts.label,
				status: 'draft',
				participants: texts.participants,
				createdAt: now,
				updatedAt: now
			});
			await db.cities.add(city);
			await db.assessments.add(assessment);
			await db.answers.bulkAdd(
				answers.map((a) =>
					Answer.parse({
						...a,
						assessmentId: assessment.id,
						evidence: [],
						updatedAt: now,
						valueAt: now,
						rev: 1
					})
				)
			);
			return assessment;
		});
	});
}

/** Delete every example city with its assessments and answers, in one transaction. */
export function removeAll(): Promise<number> {
	return guard(() =>
		db.transaction('rw', db.cities, db.assessments, db.answers, async () => {
			const cities = await db.cities.filter((c) => isDemoCity(c)).toArray();
			for (const city of cities) {
				const ids = await db.assessments.where('cityId').equals(city.id).primaryKeys();
				await db.answers.where('assessmentId').anyOf(ids).delete();
				await db.assessments.bulkDelete(ids);
				await db.cities.delete(city.id);
			}
			return cities.length;
		})
	);
}
