/** The home page's view of the device: every city with its assessments and answer counts. */
import type { CityOverview } from '$lib/domain/overview';
import { db } from './db';
import { guard } from './errors';

export type { AssessmentSummary, CityOverview } from '$lib/domain/overview';

export function overview(): Promise<CityOverview[]> {
	return guard(() =>
		db.transaction('r', db.cities, db.assessments, db.answers, async () => {
			const [cities, assessments] = await Promise.all([
				db.cities.toArray(),
				db.assessments.toArray()
			]);
			const counts = new Map<string, { answered: number; rows: number }>();
			await db.answers.each((a) => {
				const c = counts.get(a.assessmentId) ?? { answered: 0, rows: 0 };
				c.rows++;
				if (a.value !== null) c.answered++;
				counts.set(a.assessmentId, c);
			});
			return cities
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
				}));
		})
	);
}
