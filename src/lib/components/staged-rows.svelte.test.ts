/**
 * StagedRows: a long list's rows brought up to date a few per paint when its
 * group changes (the team's respondents, after an import), and at once
 * otherwise. Paints are stood in for by timers (Node has no frames).
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StagedRows } from './staged-rows.svelte';

interface Row {
	id: string;
	v: number;
}
const rows = (n: number, v: number): Row[] =>
	Array.from({ length: n }, (_, i) => ({ id: `q${i}`, v }));

/** What the list shows now: each row's value (the one taken, else the current one). */
const shown = (s: StagedRows<Row>, list: Row[]) => list.map((r) => (s.get(r.id) ?? r).v);

class Source {
	list = $state.raw<Row[]>([]);
	group = $state('a');
}

let cleanup = () => {};
beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(fn, 16));
});
afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

function setUp(first: Row[]) {
	const source = new Source();
	source.list = first;
	let staged!: StagedRows<Row>;
	cleanup = $effect.root(() => {
		staged = new StagedRows(
			() => source.list,
			(r) => r.id,
			() => source.group,
			3
		);
	});
	flushSync();
	return { source, staged };
}

/** One paint and the task after it. */
const paint = () => vi.advanceTimersByTime(17);

describe('StagedRows', () => {
	it('takes the first list, and any change within the same group, whole at once', () => {
		const { source, staged } = setUp(rows(8, 1));
		expect(shown(staged, rows(8, 0))).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
		source.list = rows(8, 2);
		flushSync();
		expect(shown(staged, source.list)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
	});

	it('when the group changes: three rows at once, three more after each paint, in order', () => {
		const { source, staged } = setUp(rows(8, 1));
		source.list = rows(8, 2);
		source.group = 'b';
		flushSync();
		expect(shown(staged, source.list)).toEqual([2, 2, 2, 1, 1, 1, 1, 1]);
		paint();
		expect(shown(staged, source.list)).toEqual([2, 2, 2, 2, 2, 2, 1, 1]);
		paint();
		expect(shown(staged, source.list)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
		paint();
		expect(shown(staged, source.list)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
	});

	it('a newer list while one is being taken replaces it; within its group, at once', () => {
		const { source, staged } = setUp(rows(8, 1));
		source.list = rows(8, 2);
		source.group = 'b';
		flushSync();
		// a consensus chosen before the cards caught up: all of the newest at once
		source.list = rows(8, 3);
		flushSync();
		expect(shown(staged, source.list)).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
		// the earlier list's remaining steps do not bring its rows back
		paint();
		paint();
		paint();
		expect(shown(staged, source.list)).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
	});

	it('what reads a row is redrawn when it is taken, the first time too', () => {
		const { source, staged } = setUp(rows(2, 1));
		const seen: number[][] = [];
		// two cards whose rows are not taken yet: they show the current ones (0)
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(shown(staged, rows(4, 0).slice(2)));
			});
		});
		flushSync();
		source.list = rows(4, 2);
		flushSync();
		source.list = rows(4, 3);
		source.group = 'b';
		flushSync();
		paint();
		flushSync();
		stop();
		expect(seen).toEqual([
			[0, 0],
			[2, 2],
			[3, 2],
			[3, 3]
		]);
	});

	it('a row not taken yet shows the current one', () => {
		const { source, staged } = setUp(rows(2, 1));
		source.list = rows(8, 2);
		source.group = 'b';
		flushSync();
		expect(shown(staged, source.list)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
		expect(staged.get('q7')).toBeUndefined();
	});
});
