/**
 * Framework definitions: bundled with the app, or loaded by the user into the
 * device database (load, list, remove). `lookupWith` is the one lookup of a
 * definition by id and version: bundled first, then loaded; `frameworkFinder`
 * and `frameworkLookup` give it.
 *
 * The bundled definitions are imported on first use, so they are not in the
 * first screen's JS (the home page imports this module).
 */
import { canonicalJson } from '$lib/domain/exchange/canonical';
import type { Framework } from '$lib/domain/framework';
import { Dexie, type PromiseExtended } from 'dexie';
import { db, type StoredFramework } from './db';
import { ValidationError, guard } from './errors';

const bundledModule = () => import('$lib/domain/bundled');

/** The definitions shipped with the app, loaded on first use: they are not in the first screen's JS. */
export async function bundled(): Promise<Framework[]> {
	return (await bundledModule()).bundledFrameworks;
}

/** The framework new assessments use: the newest bundled FRA definition. */
export async function defaultFramework(): Promise<Framework> {
	return (await bundledModule()).defaultFramework;
}

/** Finds the definition of framework `id` `version`; see `frameworkFinder`. */
export type FindFramework = (
	id: string,
	version: string,
	...others: readonly (readonly Framework[])[]
) => Promise<Framework | undefined>;

/** The bundled definitions' lookup, once loaded (see `frameworkLookup`). */
let bundledFind: typeof import('$lib/domain/bundled').findFramework | undefined;

/** `FindFramework` as Dexie promises (no async function: nothing for Dexie to carry across native awaits). */
export type LookupFramework = (
	id: string,
	version: string,
	...others: readonly (readonly Framework[])[]
) => PromiseExtended<Framework | undefined>;

/**
 * The lookup of a framework definition: the bundled one first (nothing loaded
 * or imported replaces it), then `others` in order, then the ones loaded into
 * this device. It reads `db.frameworks` only when the others do not have it,
 * so it can run inside a transaction over that table.
 */
function lookupWith(find: NonNullable<typeof bundledFind>): LookupFramework {
	return (id, version, ...others) => {
		const known = find(id, version, ...others);
		return known
			? Dexie.Promise.resolve(known)
			: db.frameworks.get([id, version]).then((s) => s?.definition);
	};
}

/**
 * The lookup (see `lookupWith`) giving Dexie promises, for reads inside a
 * transaction on every live refresh; once the bundled definitions are loaded
 * it is had at once (`ready`), without a native await.
 */
export function frameworkLookup(): {
	ready: LookupFramework | undefined;
	load: () => Promise<LookupFramework>;
} {
	return {
		ready: bundledFind && lookupWith(bundledFind),
		load: () =>
			bundledModule().then(({ findFramework }) => lookupWith((bundledFind = findFramework)))
	};
}

/** The lookup (see `lookupWith`), its errors normalised; it resolves once the bundled definitions are loaded. */
export async function frameworkFinder(): Promise<FindFramework> {
	const lookup = await frameworkLookup().load();
	return (id, version, ...others) => guard(() => lookup(id, version, ...others));
}

export async function resolve(id: string, version: string): Promise<Framework | undefined> {
	return (await frameworkFinder())(id, version);
}

/** Every definition this device knows: bundled, then loaded. */
export async function listAll(): Promise<Framework[]> {
	const stored = await guard(() => db.frameworks.toArray());
	const out = [...(await bundled())];
	for (const s of stored)
		if (!out.some((f) => f.id === s.id && f.version === s.version)) out.push(s.definition);
	return out;
}

// ---------------------------------------------------------------------------
// Definitions loaded by the user

export type LoadFrameworkResult =
	| { ok: true; status: 'added' | 'alreadyLoaded'; framework: Framework }
	| { ok: false; code: 'bundledVersion' | 'versionExists'; framework: Framework };

/**
 * Store a validated framework definition. A version is never overwritten: a
 * corrected definition must carry a higher version.
 */
export function loadFramework(fw: Framework): Promise<LoadFrameworkResult> {
	return guard(async () => {
		const { isBundledFramework } = await bundledModule();
		const find = await frameworkFinder();
		return db.transaction('rw', db.frameworks, async (): Promise<LoadFrameworkResult> => {
			const known = await find(fw.id, fw.version);
			if (known)
				return canonicalJson(known) === canonicalJson(fw)
					? { ok: true, status: 'alreadyLoaded', framework: fw }
					: {
							ok: false,
							code: isBundledFramework(fw.id, fw.version) ? 'bundledVersion' : 'versionExists',
							framework: fw
						};
			await db.frameworks.add({
				id: fw.id,
				version: fw.version,
				definition: fw,
				loadedAt: Date.now()
			});
			return { ok: true, status: 'added', framework: fw };
		});
	});
}

export interface LoadedFramework {
	stored: StoredFramework;
	/** assessments answered against it */
	used: number;
}

/** The loaded definitions, newest first, with how many assessments use each. */
export function listLoadedFrameworks(): Promise<LoadedFramework[]> {
	return guard(() =>
		db.transaction('r', db.frameworks, db.assessments, async () => {
			const [stored, as] = await Promise.all([db.frameworks.toArray(), db.assessments.toArray()]);
			return stored
				.sort((a, b) => b.loadedAt - a.loadedAt)
				.map((s) => ({
					stored: s,
					used: as.filter((a) => a.frameworkId === s.id && a.frameworkVersion === s.version).length
				}));
		})
	);
}

/** Remove a loaded definition no assessment uses. */
export function removeFramework(id: string, version: string): Promise<void> {
	return guard(() =>
		db.transaction('rw', db.frameworks, db.assessments, async () => {
			const used = await db.assessments
				.filter((a) => a.frameworkId === id && a.frameworkVersion === version)
				.count();
			if (used > 0) throw new ValidationError('framework', 'invalid');
			await db.frameworks.delete([id, version]);
		})
	);
}
