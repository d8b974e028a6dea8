import { describe, expect, it } from 'vitest';
import { fakeDocument } from './visibility.test-util';
import { whileShown } from './while-shown';

/** A start function that counts starts and stops, and says whether it is running. */
function counter() {
	const c = { starts: 0, stops: 0, running: false };
	const start = () => {
		c.starts++;
		c.running = true;
		return () => {
			c.stops++;
			c.running = false;
		};
	};
	return { c, start };
}

describe('whileShown', () => {
	it('runs while shown, stops when hidden, starts afresh when shown again', () => {
		const doc = fakeDocument('visible');
		const { c, start } = counter();
		const stop = whileShown(start, doc);
		expect(c).toEqual({ starts: 1, stops: 0, running: true });
		doc.set('hidden');
		expect(c).toEqual({ starts: 1, stops: 1, running: false });
		// hidden twice in a row (no event in between that shows it): stopped once
		doc.set('hidden');
		expect(c.stops).toBe(1);
		doc.set('visible');
		expect(c).toEqual({ starts: 2, stops: 1, running: true });
		// shown twice in a row: one run, never two at once
		doc.set('visible');
		expect(c.starts).toBe(2);
		stop();
		expect(c).toEqual({ starts: 2, stops: 2, running: false });
		expect(doc.listeners.size).toBe(0);
		doc.set('hidden');
		doc.set('visible');
		expect(c.starts).toBe(2);
	});

	it('does not start in a page opened hidden until it is shown', () => {
		const doc = fakeDocument('hidden');
		const { c, start } = counter();
		const stop = whileShown(start, doc);
		expect(c.starts).toBe(0);
		doc.set('visible');
		expect(c).toEqual({ starts: 1, stops: 0, running: true });
		stop();
		expect(c.running).toBe(false);
	});

	it('stopped while hidden: nothing more to stop', () => {
		const doc = fakeDocument('visible');
		const { c, start } = counter();
		const stop = whileShown(start, doc);
		doc.set('hidden');
		stop();
		expect(c).toEqual({ starts: 1, stops: 1, running: false });
	});

	it('without a document (no browser), simply runs', () => {
		const { c, start } = counter();
		const stop = whileShown(start, undefined);
		expect(c.running).toBe(true);
		stop();
		expect(c.running).toBe(false);
	});
});
