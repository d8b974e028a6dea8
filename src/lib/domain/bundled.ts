/** Framework definitions shipped with the app (validated again at build time by the tests). */
import fraHrc from '$frameworks/fra-hrc/framework.json';
import { Framework } from './framework';

export const bundledFrameworks: Framework[] = [Framework.parse(fraHrc)];

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
