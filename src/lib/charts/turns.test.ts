import { describe, expect, it } from 'vitest';
import { inTurn } from './turns';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('inTurn', () => {
	it('runs each piece in a task of its own after the current one, in order', async () => {
		const ran: string[] = [];
		inTurn(() => ran.push('a'));
		inTurn(() => ran.push('b'));
		inTurn(() => ran.push('c'));
		await Promise.resolve();
		expect(ran).toEqual([]);
		await nextTask();
		expect(ran).toEqual(['a']);
		await nextTask();
		expect(ran).toEqual(['a', 'b']);
		await nextTask();
		expect(ran).toEqual(['a', 'b', 'c']);
		await nextTask();
		expect(ran).toEqual(['a', 'b', 'c']);
	});

	it('a piece queued by a piece waits for its own turn', async () => {
		const ran: string[] = [];
		inTurn(() => {
			ran.push('outer');
			inTurn(() => ran.push('inner'));
		});
		await nextTask();
		expect(ran).toEqual(['outer']);
		await nextTask();
		expect(ran).toEqual(['outer', 'inner']);
	});
});
