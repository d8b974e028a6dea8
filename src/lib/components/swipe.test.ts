import { describe, expect, it } from 'vitest';
import { SWIPE_MIN_PX, swipeDirection } from './swipe';

describe('swipeDirection', () => {
	it('is a swipe only far enough sideways', () => {
		expect(swipeDirection(-SWIPE_MIN_PX, 0)).toBe('left');
		expect(swipeDirection(SWIPE_MIN_PX + 40, 10)).toBe('right');
		expect(swipeDirection(-(SWIPE_MIN_PX - 1), 0)).toBeUndefined();
		expect(swipeDirection(0, 0)).toBeUndefined();
	});

	it('leaves a mostly vertical movement to scrolling', () => {
		expect(swipeDirection(-100, 60)).toBeUndefined();
		expect(swipeDirection(100, -300)).toBeUndefined();
		expect(swipeDirection(-100, 50)).toBe('left');
	});
});
