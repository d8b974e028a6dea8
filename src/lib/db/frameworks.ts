/** Framework definitions: bundled with the app, or loaded by the user into the device database. */
import { bundledFrameworks } from '$lib/domain/bundled';
import type { Framework } from '$lib/domain/framework';
import { db } from './db';
import { guard } from './errors';

export async function resolve(id: string, version: string): Promise<Framework | undefined> {
	const bundled = bundledFrameworks.find((f) => f.id === id && f.version === version);
	if (bundled) return bundled;
	const stored = await guard(() => db.frameworks.get([id, version]));
	return stored?.definition;
}

export async function listAll(): Promise<Framework[]> {
	const stored = await guard(() => db.frameworks.toArray());
	const out = [...bundledFrameworks];
	for (const s of stored)
		if (!out.some((f) => f.id === s.id && f.version === s.version)) out.push(s.definition);
	return out;
}
