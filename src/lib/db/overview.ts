/** The home page's view of the device: every city with its assessments and answer counts. */
import type { Assessment, City } from '$lib/domain/assessment';
import type { CityOverview } from '$lib/domain/overview';
import { Dexie, liveQuery, type PromiseExtended } from 'dexie';
import { db } from './db';
import { guard } from './errors';
import type { LiveSource } from './live.svelte';

export type { AssessmentSummary, CityOverview } from '$lib/domain/overview';

/**
 * Answer rows read per request. The home, data and compare pages re-read the
 * overview after every answer saved in any window: one request per page of
 * rows, not one per row (a cursor walked 2,100 rows in as many tasks, ~50 ms
 * of main thread and the database's attention each time), and a page at a
 * time, so 100,000 rows never make one long task.
 */
export const ANSWER_PAGE = 2000;
/** live count queries started per task */
const WATCH_CHUNK = 25;

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

interface Count {
	answered: number;
	rows: number;
}

/** Cities and assessments as the overview lists them: by name, and by date within a city. */
function arrange(
	cities: City[],
	assessments: Assessment[],
	countOf: (id: string) => Count | undefined
): CityOverview[] {
	return cities
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((city) => ({
			city,
			assessments: assessments
				.filter((a) => a.cityId === city.id)
				// by date; assessments made in the same millisecond (imports, tests) by label, then id
				.sort(
					(a, b) =>
						a.createdAt - b.createdAt ||
						a.label.localeCompare(b.label) ||
						(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
				)
				.map((assessment) => ({
					assessment,
					...(countOf(assessment.id) ?? { answered: 0, rows: 0 })
				}))
		}));
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
				arrange(cities, assessments, (id) => counts.get(id))
			)
		)
	);
}

/** Two flat records (a city, an assessment) with the same fields and values. */
function sameRecord(a: object, b: object): boolean {
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	const keys = Object.keys(x);
	return keys.length === Object.keys(y).length && keys.every((k) => k in y && x[k] === y[k]);
}

/**
 * `next`, where each city and assessment row that equals the one in `before`
 * is that same object: a page redraws what changed (one assessment's row after
 * an answer), not every city.
 */
export function keepUnchanged(
	before: CityOverview[] | undefined,
	next: CityOverview[]
): CityOverview[] {
	if (!before) return next;
	const old = new Map(before.map((c) => [c.city.id, c]));
	return next.map((entry) => {
		const was = old.get(entry.city.id);
		if (!was) return entry;
		const rows = new Map(was.assessments.map((s) => [s.assessment.id, s]));
		const assessments = entry.assessments.map((s) => {
			const w = rows.get(s.assessment.id);
			return w &&
				w.answered === s.answered &&
				w.rows === s.rows &&
				sameRecord(w.assessment, s.assessment)
				? w
				: s;
		});
		const same =
			sameRecord(was.city, entry.city) &&
			assessments.length === was.assessments.length &&
			assessments.every((s, i) => s === was.assessments[i]);
		return same ? was : { city: entry.city, assessments };
	});
}

/** One assessment's answer rows, and those with an answer. */
function countOne(assessmentId: string): Promise<Count> {
	return guard(() =>
		db.answers
			.where('assessmentId')
			.equals(assessmentId)
			.toArray()
			.then((rows) => ({
				rows: rows.length,
				answered: rows.reduce((n, a) => (a.value === null ? n : n + 1), 0)
			}))
	);
}

/** Run `fn` once before the next frame (without frames: once the current script ends). */
function beforeNextFrame(fn: () => void): void {
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(fn);
	else queueMicrotask(fn);
}

/**
 * `overview()`, live, for a page to keep on screen: the cities and assessments
 * in one live query, each assessment's answer counts in a live query of its
 * own. After an answer is saved (in any window), the database re-runs the
 * list and that one assessment's counts (its ~40 rows), not a count of every
 * answer on the device (2,100 rows with 50 assessments, read again by every
 * open home, data or compare page after every answer).
 *
 * The first value comes from one read of everything (as `overview()`), at once;
 * the assessments' own queries start after it. Later values are reported once
 * every listed assessment's counts are known, at most once a frame (the list and the counts arrive in tasks of their own: one
 * redraw for both), each city and row that did not change being the same
 * object as in the value before (keepUnchanged). Each value is one the
 * database held: the list and every count as committed, each read in a
 * transaction of its own.
 */
export const liveOverview: LiveSource<CityOverview[]> = {
	watch(observer) {
		/** each listed assessment's counts, as last read */
		const counts = new Map<string, Count>();
		/** the live query of each assessment's counts (its stop function) */
		const watching = new Map<string, () => void>();
		let list: [City[], Assessment[]] | undefined;
		let first = true;
		let stopped = false;
		let queued = false;
		let last: CityOverview[] | undefined;
		const report = () => {
			queued = false;
			if (stopped || !list) return;
			const [cities, assessments] = list;
			if (assessments.every((a) => counts.has(a.id)))
				observer.next(
					(last = keepUnchanged(
						last,
						arrange([...cities], assessments, (id) => counts.get(id))
					))
				);
			// the counts' own queries start after this value is drawn (50 transactions at
			// once would put off the first one)
			setTimeout(watchListed, 0);
		};
		const changed = () => {
			if (queued) return;
			queued = true;
			// the first value at once (a page that is loading may not draw a frame for a while)
			if (last) beforeNextFrame(report);
			else queueMicrotask(report);
		};
		const fail = (error: unknown) => {
			if (!stopped) observer.error(error);
		};
		const watchListed = () => {
			if (stopped || !list) return;
			let started = 0;
			for (const { id } of list[1]) {
				if (watching.has(id)) continue;
				// a few at a time: 1,786 new assessments (an import) must not start 1,786 queries in one task
				if (started++ === WATCH_CHUNK) {
					setTimeout(watchListed, 0);
					return;
				}
				const sub = liveQuery(() => countOne(id)).subscribe({
					next: (value) => {
						if (!watching.has(id)) return;
						counts.set(id, value);
						changed();
					},
					error: fail
				});
				watching.set(id, () => sub.unsubscribe());
			}
		};
		// the first read counts every answer too, in the same transaction (one read, as
		// overview(), until the page is drawn); later ones read the list alone
		const listed = liveQuery(() =>
			guard(() =>
				db.transaction('r', db.cities, db.assessments, db.answers, () =>
					Dexie.Promise.all([
						db.cities.toArray(),
						db.assessments.toArray(),
						first ? countAnswers(new Map(), ANSWER_PAGE) : undefined
					])
				)
			)
		).subscribe({
			next: ([cities, assessments, all]) => {
				first = false;
				list = [cities, assessments];
				const ids = new Set(assessments.map((a) => a.id));
				for (const [id, stop] of watching)
					if (!ids.has(id)) {
						stop();
						watching.delete(id);
					}
				for (const id of counts.keys()) if (!ids.has(id)) counts.delete(id);
				if (all)
					for (const id of ids)
						if (!counts.has(id)) counts.set(id, all.get(id) ?? { answered: 0, rows: 0 });
				changed();
			},
			error: fail
		});
		return () => {
			stopped = true;
			listed.unsubscribe();
			for (const stop of watching.values()) stop();
			watching.clear();
		};
	}
};
