/**
 * Framework definitions shipped with the app: the current FRA definition, and
 * every earlier published version, kept so that assessments and export files
 * answered against it still open. `?framework` gives each one checked and parsed
 * at build time (`Framework.parse`'s output, see vite.config.ts): a broken
 * definition fails the build, and no zod runs over them when the app starts.
 */
import fraHrc from '$frameworks/fra-hrc/framework.json?framework';
import fraHrc100 from '$frameworks/fra-hrc/archive/1.0.0.json?framework';
import type { Framework } from './framework';
import { compareVersions } from './versions';

/** Newest first. */
export const bundledFrameworks: Framework[] = [fraHrc, fraHrc100].sort((a, b) =>
	compareVersions(b.version, a.version)
);

/** The framework new assessments use by default: the newest bundled FRA definition. */
export const defaultFramework: Framework = bundledFrameworks[0]!;

/** True when `id` `version` is a framework shipped with the app. */
export function isBundledFramework(id: string, version: string): boolean {
	return bundledFrameworks.some((f) => f.id === id && f.version === version);
}

/**
 * The definition of framework `id` `version`: the bundled one first, then
 * `others` (e.g. a file's definitions) in order. A definition that claims a
 * bundled id + version never replaces the bundled one, whatever its texts,
 * labels or weights: a file cannot forge the official framework.
 */
export function findFramework(
	id: string,
	version: string,
	...others: readonly (readonly Framework[])[]
): Framework | undefined {
	for (const list of [bundledFrameworks, ...others]) {
		const found = list.find((f) => f.id === id && f.version === version);
		if (found) return found;
	}
	return undefined;
}
