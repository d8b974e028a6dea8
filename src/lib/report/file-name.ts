/** Report file names live with every other file name in domain/file-names.ts (re-exported for old imports). */
import { slug } from '$lib/domain/file-names';

export { comparisonFileName, reportFileName } from '$lib/domain/file-names';

/** A part of a report's file name: ASCII, at most `max` characters, "report" when nothing is left. */
export function fileNamePart(text: string, max = 40): string {
	return slug(text, 'report', max);
}
