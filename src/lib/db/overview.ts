/** The home page's view of the device: every city with its assessments and answer counts. */
import type { Assessment, City } from '$lib/domain/assessment';
import type { CityOverview } from '$lib/domain/overview';
import {
	cmp,
	Dexie,
	type IndexableType,
	type IntervalTreeNode,
	type ObservabilitySet,
	type PromiseExtended,
	type Table
} from 'dexie';
import { db } from './db';
import { guard } from './errors';
import { shareLive, type LiveSource } from './live.svelte';

export type { AssessmentSummary, CityOverview } from '$lib/domain/overview';

/**
 * Rows read per request. The home, data and compare pages re-read the overview
 * after every answer saved in any window: one request per page of rows, not one
 * per row (a cursor walked 2,100 rows in as many tasks, ~50 ms of main thread
 * and the database's attention each time), and a page at a time, so that no
 * read makes one long task whatever the number of rows: the rows of a request
 * are deserialised in the task that receives them. After a 100,000-answer
 * import (447 cities, 1,786 assessments), in traces at 4× CPU, a page of 2,000
 * answers was a task of 130–220 ms and all 1,786 assessments at once one of
 * 240 ms; pages of 500 rows are tasks of 60–120 ms (the trace's own overhead
 * included). Smaller pages cost little in all: reading 100,000 answers took
 * about as long in pages of 250 as of 2,000, most of it per row.
 */
export const PAGE_ROWS = 500;

type Counts = Map<string, { answered: number; rows: number }>;

/**
 * Every row of `table`, page by page in primary-key order (`pageSize` rows per
 * request), each page handed to `take`; `keyOf` gives a row's primary key.
 */
function readPaged<T, K extends IndexableType, TInsert>(
	table: Table<T, K, TInsert>,
	keyOf: (row: T) => K,
	pageSize: number,
	take: (rows: T[]) => void,
	after?: K
): PromiseExtended<void> {
	const page = after === undefined ? table.toCollection() : table.where(':id').above(after);
	return page
		.limit(pageSize)
		.toArray()
		.then((rows) => {
			take(rows);
			const last = rows.at(-1);
			return rows.length === pageSize && last !== undefined
				? readPaged(table, keyOf, pageSize, take, keyOf(last))
				: undefined;
		});
}

/** Every row of `table`, read page by page (see `readPaged`). */
function readAll<T, K extends IndexableType, TInsert>(
	table: Table<T, K, TInsert>,
	keyOf: (row: T) => K,
	pageSize: number
): PromiseExtended<T[]> {
	const out: T[] = [];
	return readPaged(table, keyOf, pageSize, (rows) => out.push(...rows)).then(() => out);
}

/** Every city and assessment, read page by page. */
function readList(pageSize: number): PromiseExtended<[City[], Assessment[]]> {
	return Dexie.Promise.all([
		readAll(db.cities, (c) => c.id, pageSize),
		readAll(db.assessments, (a) => a.id, pageSize)
	]);
}

/** Count every answer row, and those with an answer, per assessment: page by page in key order. */
function countAnswers(counts: Counts, pageSize: number): PromiseExtended<Counts> {
	return readPaged(
		db.answers,
		(a) => [a.assessmentId, a.questionId] as [string, string],
		pageSize,
		(rows) => {
			for (const a of rows) {
				const c = counts.get(a.assessmentId) ?? { answered: 0, rows: 0 };
				c.rows++;
				if (a.value !== null) c.answered++;
				counts.set(a.assessmentId, c);
			}
		}
	).then(() => counts);
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
	// grouped once (not filtered per city: 447 cities × 1,786 assessments after a large import)
	const byCity = new Map<string, Assessment[]>();
	for (const a of assessments) {
		const list = byCity.get(a.cityId);
		if (list) list.push(a);
		else byCity.set(a.cityId, [a]);
	}
	return cities
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((city) => ({
			city,
			assessments: (byCity.get(city.id) ?? [])
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
	return readOverview(PAGE_ROWS);
}

/** `overview()`, reading `pageSize` answer rows per request (tests page through a few rows). */
export function readOverview(pageSize: number): Promise<CityOverview[]> {
	return guard(() =>
		// Dexie promises only, no async function (no zone echoes on every refresh)
		db.transaction('r', db.cities, db.assessments, db.answers, () =>
			Dexie.Promise.all([readList(pageSize), countAnswers(new Map(), pageSize)]).then(
				([[cities, assessments], counts]) => arrange(cities, assessments, (id) => counts.get(id))
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
function countOne(assessmentId: string): PromiseExtended<Count> {
	return db.answers
		.where('assessmentId')
		.equals(assessmentId)
		.toArray()
		.then((rows) => ({
			rows: rows.length,
			answered: rows.reduce((n, a) => (a.value === null ? n : n + 1), 0)
		}));
}

/** Run `fn` once before the next frame (without frames: once the current script ends). */
function beforeNextFrame(fn: () => void): void {
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(fn);
	else queueMicrotask(fn);
}

/**
 * Above this many assessments to count again, every answer is read instead
 * (page by page): one request per 2,000 rows rather than one per assessment.
 */
const RECOUNT_ALL_ABOVE = 50;

/** What a change signal asks the overview to read again. */
export interface Mutated {
	/** the cities or assessments changed */
	list: boolean;
	/** every assessment's answers may have changed */
	all: boolean;
	/** the assessments whose answers changed (when not `all`) */
	ids: Set<string>;
	/** ranges of assessment ids whose answers changed (bounds included) */
	ranges: [string, string][];
}

/**
 * Which part of the overview a change signal of Dexie (`storagemutated`, in
 * this window or, through Dexie's BroadcastChannel, in another) touches. Parts
 * are named `idb://<database>/<table>/<index>`; the part of a table's primary
 * keys (index '') lists every row written or deleted. An answer's key is
 * [assessmentId, questionId], so a key, or a range of keys within one
 * assessment, names that assessment; wider ranges (a bulk write marks the
 * whole table) name a range of assessments or all of them. The tree is walked
 * by its documented fields only (from, to, l, r): a signal from another window
 * arrives as a plain copy.
 */
export function mutatedOverview(parts: ObservabilitySet, dbName: string): Mutated {
	const out: Mutated = { list: false, all: false, ids: new Set(), ranges: [] };
	const prefix = `idb://${dbName}/`;
	if ('all' in parts) return { ...out, list: true, all: true };
	const touched = (table: string) => {
		const tree = parts[`${prefix}${table}/`];
		return tree && 'from' in tree ? tree : undefined;
	};
	out.list = Boolean(touched('cities') || touched('assessments'));
	const walk = (node: IntervalTreeNode | null | undefined) => {
		if (!node || out.all) return;
		const from = Array.isArray(node.from) ? node.from[0] : undefined;
		const to = Array.isArray(node.to) ? node.to[0] : undefined;
		if (typeof from !== 'string' || typeof to !== 'string') out.all = true;
		else if (from === to) out.ids.add(from);
		else out.ranges.push([from, to]);
		walk(node.l);
		walk(node.r);
	};
	walk(touched('answers'));
	return out;
}

/**
 * `overview()`, live, for a page to keep on screen. One listener for Dexie's
 * change signals (`storagemutated`, fired after each commit in this window or
 * another one) tells which assessments' answers changed; the list and those
 * assessments' counts are read again, in one transaction, and nothing else.
 * After an answer is saved, that is the list and the answer's assessment (its
 * ~40 rows), whatever the number of assessments on the device: no live query
 * per assessment (Dexie checked every change signal against each one, ~70 µs
 * per query: ~125 ms a save with 1,786 assessments), no count of every answer
 * (2,100 rows with 50 assessments). A change to many assessments at once (an
 * import writes whole tables) reads every answer again, page by page.
 *
 * The first value comes from one read of everything (as `overview()`), at
 * once. Later values are reported once no change is waiting to be read, at most
 * once a frame, each city and row that did not change being the same object
 * as in the value before (keepUnchanged). Each value is one the database held:
 * what changed read in one transaction, after the change's commit; the rest
 * unchanged since it was read.
 */
export const liveOverview: LiveSource<CityOverview[]> = {
	watch(observer) {
		/** each listed assessment's counts, as last read */
		let counts = new Map<string, Count>();
		let list: [City[], Assessment[]] | undefined;
		/** what is still to read: everything, at first */
		let wanted: Mutated = { list: true, all: true, ids: new Set(), ranges: [] };
		let reading = false;
		let stopped = false;
		let queued = false;
		let last: CityOverview[] | undefined;

		const pending = () =>
			wanted.list || wanted.all || wanted.ids.size > 0 || wanted.ranges.length > 0;
		const report = () => {
			queued = false;
			if (stopped || !list || reading || pending()) return;
			const [cities, assessments] = list;
			observer.next(
				(last = keepUnchanged(
					last,
					arrange([...cities], assessments, (id) => counts.get(id))
				))
			);
		};
		const fail = (error: unknown) => {
			if (!stopped) observer.error(error);
		};
		const read = () => {
			if (stopped || reading || !pending()) return;
			const want = wanted;
			wanted = { list: false, all: false, ids: new Set(), ranges: [] };
			// a range of assessments: those listed in it (new ones are counted once listed)
			for (const [from, to] of want.ranges)
				for (const a of list?.[1] ?? [])
					if (cmp(from, a.id) <= 0 && cmp(a.id, to) <= 0) want.ids.add(a.id);
			const all = want.all || want.ids.size > RECOUNT_ALL_ABOVE;
			const ids = all ? [] : [...want.ids];
			reading = true;
			guard(() =>
				// Dexie promises only, no async function (no zone echoes on every refresh)
				db.transaction('r', db.cities, db.assessments, db.answers, () =>
					Dexie.Promise.all([
						want.list || !list ? readList(PAGE_ROWS) : undefined,
						all ? countAnswers(new Map(), PAGE_ROWS) : undefined,
						Dexie.Promise.all(ids.map(countOne))
					])
				)
			).then(
				([listed, every, some]) => {
					reading = false;
					if (stopped) return;
					if (listed) list = listed;
					const assessments = list![1];
					if (every) counts = every;
					ids.forEach((id, i) => counts.set(id, some[i]!));
					const known = new Map<string, Count>();
					for (const { id } of assessments) {
						const c = counts.get(id) ?? (every ? { answered: 0, rows: 0 } : undefined);
						// listed since its answers were last read
						if (c) known.set(id, c);
						else wanted.ids.add(id);
					}
					counts = known;
					if (pending()) read();
					else if (!queued) {
						queued = true;
						// the first value at once (a page that is loading may not draw a frame for a while)
						if (last) beforeNextFrame(report);
						else queueMicrotask(report);
					}
				},
				(error: unknown) => {
					reading = false;
					fail(error);
				}
			);
		};
		const mutated = (parts: ObservabilitySet) => {
			const m = mutatedOverview(parts, db.name);
			wanted.list ||= m.list;
			wanted.all ||= m.all;
			for (const id of m.ids) wanted.ids.add(id);
			wanted.ranges.push(...m.ranges);
			read();
		};
		Dexie.on.storagemutated.subscribe(mutated);
		read();
		return () => {
			stopped = true;
			Dexie.on.storagemutated.unsubscribe(mutated);
		};
	}
};

/**
 * How long the overview is kept after the last page showing it closed (while
 * the page is shown). The home, compare and data pages show it; going from
 * one to another takes it as it stands, instead of reading every answer
 * again: 100,000 answers are 50 reads of 2,000 rows, some 5 s of the main
 * thread at 4× CPU before the list appears.
 */
const OVERVIEW_KEPT_MS = 10_000;

/** `liveOverview`, watched once for the pages that show it (shareLive). */
export const sharedOverview = shareLive(liveOverview, OVERVIEW_KEPT_MS);
