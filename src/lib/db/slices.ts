/**
 * Writing many rows in one read-write transaction without one long task: the
 * data import (db/import.ts, in the import check's worker) and the team
 * page's response files (db/team-files.ts, on the page).
 */
/**
 * Write `rows` in slices, each issued once the previous one is written: the
 * thread that writes (the import check's worker, or the page) stays responsive
 * and can tell the progress, and it is still the one transaction (all or
 * nothing): awaiting the transaction's own requests keeps it open. Putting a
 * row clones it on the writing thread while the request is issued
 * (synchronously), so that time is measured and the next slice sized to take
 * about SLICE_MS: a fixed 500 answers took 80–140 ms on a 4× slower CPU, and
 * 500–800 ms when the machine was busy besides. (Twelve response files put in
 * one go, 672 answers, were one task of 290 ms at 4× on the team page.)
 */
export async function inSlices<T>(
	rows: readonly T[],
	write: (slice: T[]) => Promise<unknown>,
	clock: () => number = () => performance.now()
): Promise<void> {
	let size = FIRST_SLICE;
	for (let i = 0; i < rows.length;) {
		const slice = rows.slice(i, i + size);
		i += slice.length;
		const t0 = clock();
		const written = write(slice);
		const spent = clock() - t0;
		size = Math.max(
			MIN_SLICE,
			Math.min(MAX_SLICE, size * 2, Math.round((size * SLICE_MS) / Math.max(spent, 1)))
		);
		await written;
	}
}

const SLICE_MS = 40;
const FIRST_SLICE = 100;
const MIN_SLICE = 20;
const MAX_SLICE = 2000;
