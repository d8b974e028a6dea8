/** The home page's view of the device: every city with its assessments and answer counts. */
import type { CityOverview } from '$lib/domain/overview';
import { Dexie, type PromiseExtended } from 'dexie';
import { db } from './db';
import { guard } from './errors';

export type { AssessmentSummary, CityOverview } from '$lib/domain/overview';

/**
 * Answer rows read per request. The home, data and compare pages re-read the
 * overview after every answer saved in any window: one request per page of
 * rows, not one per row (a cursor walked 2,100 rows in as many tasks, ~50 ms
 * of main thread and the database's attention each time), and a page at a
 * time, so 100,000 rows never make one long task.
 */
export const ANSWER_PAGE = 2000;

type Counts = Map<string, { answered: number; rows: number }>;

/** Count every answer row, and those with an answer, per assessment: page by page in key order. */
function countAnswers(
	counts: Counts,
	pageSize: number,
	after?: [string, string]
): PromiseExtended<Counts> {
	const page = after ? db.answers.where(':id').above(after) : db.answers.toCollection();
	return page
		.limit(pageSize)
		.toArray()
		.then((rows) => {
			for (const a of rows) {
				const c = counts.get(a.assessmentId) ?? { answered: 0, rows: 0 };
				c.rows++;
				if (a.value !== null) c.answered++;
				counts.set(a.assessmentId, c);
			}
			const last = rows.at(-1);
			return rows.length === pageSize && last
				? countAnswers(counts, pageSize, [last.assessmentId, last.questionId])
				: counts;
		});
}

export function overview(): Promise<CityOverview[]> {
	return readOverview(ANSWER_PAGE);
}

/** `overview()`, reading `pageSize` answer rows per request (tests page through a few rows). */
export function readOverview(pageSize: number): Promise<CityOverview[]> {
	return guard(() =>
		// Dexie promises only, no async function (no zone echoes on every refresh)
		db.transaction('r', db.cities, db.assessments, db.answers, () =>
			Dexie.Promise.all([
				db.cities.toArray(),
				db.assessments.toArray(),
				countAnswers(new Map(), pageSize)
			]).then(([cities, assessments, counts]) =>
				cities
					.sort((a, b) => a.name.localeCompare(b.name))
					.map((city) => ({
						city,
						assessments: assessments
							.filter((a) => a.cityId === city.id)
							.sort((a, b) => a.createdAt - b.createdAt)
							.map((assessment) => ({
								assessment,
								...(counts.get(assessment.id) ?? { answered: 0, rows: 0 })
							}))
					}))
			)
		)
	);
}
