import { describe, expect, it } from 'vitest';
import { bytesToBinaryString } from './fonts';

describe('bytesToBinaryString', () => {
	it('gives one character per byte, every byte value, across chunks', () => {
		const bytes = new Uint8Array(40_000).map((_, i) => (i * 7919) & 0xff);
		const text = bytesToBinaryString(bytes);
		expect(text).toBe(Buffer.from(bytes).toString('latin1'));
		expect(bytesToBinaryString(new Uint8Array(0))).toBe('');
	});
});
