/**
 * Helpers on cities, assessments and answers that need no schema (zod-free,
 * so the first screen can use them). assessment.ts re-exports them.
 */
import type { Answer } from './assessment';
import { EVIDENCE_MAX_ITEMS } from './constants';

/**
 * Merge two versions of a text field so that neither is lost: when one
 * contains the other, the longer one; otherwise both, theirs first.
 */
export function mergeText(theirs: string, mine: string): string {
	if (mine.includes(theirs)) return mine;
	if (theirs.includes(mine)) return theirs;
	return `${theirs}\n\n${mine}`;
}

/** Two lists of evidence links as one, without repeats, within the limit. */
export function mergeEvidence(theirs: string[], mine: string[]): string[] {
	return [...new Set([...theirs, ...mine])].slice(0, EVIDENCE_MAX_ITEMS);
}

export function newId(): string {
	return crypto.randomUUID().replaceAll('-', '').slice(0, 20);
}

export function isAnswered(a: Pick<Answer, 'value'> | undefined): boolean {
	return a !== undefined && a.value !== null;
}

/**
 * Rows per assessment, in the order given. One lookup per row, no array
 * copied: an import file may hold 100,000 answers (exchange/plan.ts).
 */
export function byAssessment<T extends { assessmentId: string }>(
	rows: readonly T[]
): Map<string, T[]> {
	const of = new Map<string, T[]>();
	for (const row of rows) {
		const list = of.get(row.assessmentId);
		if (list) list.push(row);
		else of.set(row.assessmentId, [row]);
	}
	return of;
}
