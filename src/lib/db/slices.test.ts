import { describe, expect, it } from 'vitest';
import { inSlices } from './slices';

describe('inSlices', () => {
	it('writes every row once, in order, in slices sized to the time each slice costs', async () => {
		const rows = Array.from({ length: 10_000 }, (_, i) => i);
		const written: number[] = [];
		const sizes: number[] = [];
		let now = 0;
		// every row costs 0.4 ms to issue: slices settle at about 40 ms, i.e. 100 rows
		await inSlices(
			rows,
			async (slice) => {
				now += slice.length * 0.4;
				sizes.push(slice.length);
				written.push(...slice);
			},
			() => now
		);
		expect(written).toEqual(rows);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
	});

	it('shrinks the slices when the page gets slower, and grows them (at most twice) when faster', async () => {
		const sizes: number[] = [];
		let now = 0;
		let cost = 0.1;
		await inSlices(
			Array.from({ length: 5_000 }, (_, i) => i),
			async (slice) => {
				sizes.push(slice.length);
				now += slice.length * cost;
				if (sizes.length === 4) cost = 2; // the machine gets busy
			},
			() => now
		);
		// 10, 20, 40 and 40 ms; then one slow slice of 800 ms, and slices of 20 rows (40 ms) after it
		expect(sizes.slice(0, 7)).toEqual([100, 200, 400, 400, 400, 20, 20]);
	});
});
