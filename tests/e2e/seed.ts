/**
 * Test data written straight into the app's IndexedDB ("hrc-self-assessment"),
 * in the shape of the zod schemas in src/lib/domain/assessment.ts. Call after
 * the app has opened the database, then reload so live queries see the rows.
 */
import type { Page } from '@playwright/test';
import framework from '../../frameworks/fra-hrc/framework.json' with { type: 'json' };

/** The current FRA definition, which new assessments use: its version and question ids. */
export const CURRENT_VERSION = framework.version;
export const CURRENT_QUESTION_IDS = framework.elements.flatMap((e) =>
	e.items.flatMap((i) => i.questions.map((q) => q.id))
);
export const CURRENT_QUESTIONS = CURRENT_QUESTION_IDS.length;

export type Value = 0 | 1 | 2 | 3 | 4 | 'na' | 'dk' | null;

export interface SeedAssessment {
	id: string;
	cityId: string;
	cityName: string;
	label: string;
	createdAt: number;
	/** question id → value */
	answers: Record<string, Value>;
	/** the fra-hrc version it is answered against; 1.0.0 unless said */
	frameworkVersion?: string;
}

/**
 * Every question id of FRA framework 1.0.0, which seeded assessments use (it stays
 * bundled): F1.1 … T5.3 (14 items × 3 questions).
 */
export const FRA_ITEMS = [
	'F1',
	'F2',
	'F3',
	'F4',
	'S1',
	'S2',
	'S3',
	'S4',
	'S5',
	'T1',
	'T2',
	'T3',
	'T4',
	'T5'
];
export const FRA_QUESTIONS = FRA_ITEMS.flatMap((i) => [1, 2, 3].map((n) => `${i}.${n}`));

/** Answers built from a rule per question id (undefined = not answered). */
export function answersBy(
	rule: (questionId: string) => Value | undefined,
	questions: readonly string[] = FRA_QUESTIONS
): Record<string, Value> {
	const out: Record<string, Value> = {};
	for (const q of questions) {
		const v = rule(q);
		if (v !== undefined) out[q] = v;
	}
	return out;
}

export async function seed(page: Page, list: SeedAssessment[]): Promise<void> {
	await page.evaluate(async (list) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('hrc-self-assessment');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction(['cities', 'assessments', 'answers'], 'readwrite');
		const cities = new Map<string, string>();
		for (const a of list) cities.set(a.cityId, a.cityName);
		for (const [id, name] of cities)
			tx.objectStore('cities').put({
				id,
				name,
				country: '',
				notes: '',
				createdAt: 1,
				updatedAt: 1
			});
		for (const a of list) {
			tx.objectStore('assessments').put({
				id: a.id,
				cityId: a.cityId,
				frameworkId: 'fra-hrc',
				frameworkVersion: a.frameworkVersion ?? '1.0.0',
				label: a.label,
				status: 'draft',
				participants: '',
				createdAt: a.createdAt,
				updatedAt: a.createdAt
			});
			for (const [questionId, value] of Object.entries(a.answers))
				tx.objectStore('answers').put({
					assessmentId: a.id,
					questionId,
					value,
					comment: '',
					evidence: [],
					updatedAt: a.createdAt,
					rev: 1
				});
		}
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, list);
}
