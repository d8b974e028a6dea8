/** Every row of every table, for tests and diagnostics. */
import { db } from './db';
import { guard } from './errors';

export function dump(): Promise<Record<string, unknown[]>> {
	return guard(() =>
		db.transaction(
			'r',
			[
				db.cities,
				db.assessments,
				db.answers,
				db.frameworks,
				db.meta,
				db.respondents,
				db.respondentAnswers
			],
			async () => ({
				cities: await db.cities.toArray(),
				assessments: await db.assessments.toArray(),
				answers: await db.answers.toArray(),
				frameworks: await db.frameworks.toArray(),
				meta: await db.meta.toArray(),
				respondents: await db.respondents.toArray(),
				respondentAnswers: await db.respondentAnswers.toArray()
			})
		)
	);
}
