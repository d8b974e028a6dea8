import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shareLive, type LiveSource } from './live.svelte';
import { fakeDocument } from './visibility.test-util';

/** A live source the test drives: how often it was watched and stopped, and its observers. */
function fakeSource() {
	const watching = new Set<{ next(v: number): void; error(e: unknown): void }>();
	const counts = { watched: 0, stopped: 0 };
	const source: LiveSource<number> = {
		watch(observer) {
			counts.watched++;
			watching.add(observer);
			return () => {
				counts.stopped++;
				watching.delete(observer);
			};
		}
	};
	return {
		source,
		counts,
		watching,
		next: (v: number) => [...watching].forEach((o) => o.next(v)),
		fail: (e: unknown) => [...watching].forEach((o) => o.error(e))
	};
}

/** An observer that records what it is told. */
function recorder() {
	const seen: (number | string)[] = [];
	return {
		seen,
		next: (v: number) => void seen.push(v),
		error: (e: unknown) => void seen.push(`error: ${String(e)}`)
	};
}

const LINGER = 1000;

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('shareLive', () => {
	it('watches the source once for every observer at a time', () => {
		const f = fakeSource();
		const shared = shareLive(f.source, LINGER);
		const a = recorder();
		const b = recorder();
		const stopA = shared.watch(a);
		const stopB = shared.watch(b);
		f.next(1);
		f.next(2);
		expect(f.counts.watched).toBe(1);
		expect(a.seen).toEqual([1, 2]);
		expect(b.seen).toEqual([1, 2]);
		stopA();
		f.next(3);
		expect(a.seen).toEqual([1, 2]);
		expect(b.seen).toEqual([1, 2, 3]);
		stopB();
		expect(f.counts.stopped).toBe(0);
	});

	it('keeps watching after the last observer leaves, and gives the next one the value at once', async () => {
		const f = fakeSource();
		const shared = shareLive(f.source, LINGER);
		const a = recorder();
		const stopA = shared.watch(a);
		f.next(1);
		stopA();
		// changes go on being followed while kept
		vi.advanceTimersByTime(LINGER - 10);
		f.next(2);
		const b = recorder();
		shared.watch(b);
		// after the current script, as a live query's first value; no new watch
		expect(b.seen).toEqual([]);
		await Promise.resolve();
		expect(b.seen).toEqual([2]);
		expect(f.counts).toEqual({ watched: 1, stopped: 0 });
		// an observer back in time is kept past the first delay
		vi.advanceTimersByTime(LINGER * 2);
		expect(f.counts.stopped).toBe(0);
	});

	it('ends the watch once no observer came back in time, and starts afresh for the next', async () => {
		const f = fakeSource();
		const shared = shareLive(f.source, LINGER);
		const stopA = shared.watch(recorder());
		f.next(1);
		stopA();
		vi.advanceTimersByTime(LINGER);
		expect(f.counts).toEqual({ watched: 1, stopped: 1 });
		const b = recorder();
		shared.watch(b);
		await Promise.resolve();
		// nothing kept: the new watch's own first value
		expect(b.seen).toEqual([]);
		expect(f.counts.watched).toBe(2);
		f.next(5);
		expect(b.seen).toEqual([5]);
	});

	it('does not give a kept value to an observer that left, nor one replaced meanwhile', async () => {
		const f = fakeSource();
		const shared = shareLive(f.source, LINGER);
		const stopA = shared.watch(recorder());
		f.next(1);
		const b = recorder();
		const stopB = shared.watch(b);
		stopB();
		const c = recorder();
		shared.watch(c);
		f.next(2); // before the kept value (1) would be given
		await Promise.resolve();
		expect(b.seen).toEqual([]);
		expect(c.seen).toEqual([2]);
		stopA();
	});

	it('tells every observer an error, and a new one too, while it goes on watching', async () => {
		const f = fakeSource();
		const shared = shareLive(f.source, LINGER);
		const a = recorder();
		const b = recorder();
		shared.watch(a);
		const stopB = shared.watch(b);
		f.fail('closed');
		expect(a.seen).toEqual(['error: closed']);
		expect(b.seen).toEqual(['error: closed']);
		stopB();
		const c = recorder();
		shared.watch(c);
		await Promise.resolve();
		expect(c.seen).toEqual(['error: closed']);
		// the source's watch goes on (as it does unshared): a later value reaches everyone
		f.next(7);
		expect(a.seen).toEqual(['error: closed', 7]);
		expect(c.seen).toEqual(['error: closed', 7]);
		expect(f.counts).toEqual({ watched: 1, stopped: 0 });
	});

	it('keeps nothing while the page is hidden: a tab hidden (or hidden during the wait) ends the watch at once', () => {
		const f = fakeSource();
		const doc = fakeDocument('visible');
		const shared = shareLive(f.source, LINGER, doc);
		// left as the page is hidden (whileShown stops its observer then)
		let stopA = shared.watch(recorder());
		doc.set('hidden');
		stopA();
		expect(f.counts).toEqual({ watched: 1, stopped: 1 });
		expect(doc.listeners.size).toBe(0);
		// left while shown, then hidden before the time is up
		doc.set('visible');
		stopA = shared.watch(recorder());
		stopA();
		vi.advanceTimersByTime(LINGER / 2);
		expect(f.counts).toEqual({ watched: 2, stopped: 1 });
		doc.set('hidden');
		expect(f.counts).toEqual({ watched: 2, stopped: 2 });
		expect(doc.listeners.size).toBe(0);
		// an observer back in time: the page's visibility is no longer watched
		doc.set('visible');
		const stopC = shared.watch(recorder());
		stopC();
		shared.watch(recorder());
		expect(doc.listeners.size).toBe(0);
		doc.set('hidden');
		expect(f.counts).toEqual({ watched: 3, stopped: 2 });
	});
});
