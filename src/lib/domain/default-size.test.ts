import { describe, expect, it } from 'vitest';
import { defaultFramework } from './bundled';
import { allItems, allQuestions } from './framework-tree';

describe('the build-time size of the default framework', () => {
	it('is the size of the framework new assessments use', () => {
		expect(__DEFAULT_FRAMEWORK_SIZE__).toEqual({
			questions: allQuestions(defaultFramework).length,
			items: allItems(defaultFramework).length
		});
	});
});
