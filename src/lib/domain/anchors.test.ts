import { describe, expect, it } from 'vitest';
import { answerOptions, levelDescription } from './anchors';
import { defaultFramework } from './bundled';

describe('answer options', () => {
	const fw = defaultFramework;
	const scale = fw.scale;
	const anchors = [0, 1, 2, 3, 4].map((l) => ({ en: `en ${l}`, pl: `pl ${l}` }));

	it('uses the question’s own anchors where it has them', () => {
		expect(levelDescription(scale, { anchors }, 3)).toEqual({ en: 'en 3', pl: 'pl 3' });
		const options = answerOptions(scale, { anchors });
		expect(options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 'na', 'dk']);
		expect(options[2]!.description.en).toBe('en 2');
		expect(options[2]!.anchored).toBe(true);
		expect(options[5]!.anchored).toBe(false);
	});

	it('falls back to the scale’s generic descriptions', () => {
		expect(levelDescription(scale, {}, 1)).toEqual(scale.levels[1]!.description);
		expect(answerOptions(scale, {}).every((o) => !o.anchored)).toBe(true);
	});
});
