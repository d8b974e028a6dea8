/** Labels made unique among their siblings (an imported copy, a migrated assessment). */
import { NAME_MAX } from './constants';
import { nameKey } from './text';

/**
 * `label` itself when no name in `taken` (a set of `nameKey`s) is the same;
 * otherwise `label (2)`, `label (3)`… whichever is free, cut to fit NAME_MAX.
 */
export function freeLabel(label: string, taken: ReadonlySet<string>): string {
	if (!taken.has(nameKey(label))) return label;
	for (let n = 2; ; n++) {
		const suffix = ` (${n})`;
		const candidate = label.slice(0, NAME_MAX - suffix.length) + suffix;
		if (!taken.has(nameKey(candidate))) return candidate;
	}
}
