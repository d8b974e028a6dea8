/** Framework definitions: bundled with the app, or loaded by the user into the device database. */
import type { Framework } from '$lib/domain/framework';
import { db } from './db';
import { guard } from './errors';

/** The definitions shipped with the app, loaded on first use: they are not in the first screen's JS. */
export async function bundled(): Promise<Framework[]> {
	return (await import('$lib/domain/bundled')).bundledFrameworks;
}

/** The framework new assessments use: the newest bundled FRA definition. */
export async function defaultFramework(): Promise<Framework> {
	return (await import('$lib/domain/bundled')).defaultFramework;
}

export async function resolve(id: string, version: string): Promise<Framework | undefined> {
	const shipped = (await bundled()).find((f) => f.id === id && f.version === version);
	if (shipped) return shipped;
	const stored = await guard(() => db.frameworks.get([id, version]));
	return stored?.definition;
}

export async function listAll(): Promise<Framework[]> {
	const stored = await guard(() => db.frameworks.toArray());
	const out = [...(await bundled())];
	for (const s of stored)
		if (!out.some((f) => f.id === s.id && f.version === s.version)) out.push(s.definition);
	return out;
}
