import { describe, expect, it } from 'vitest';
import { defaultFramework } from './bundled';
import type { AnswerValue } from './framework';
import { naAfterZero } from './na-hint';

const s3 = defaultFramework.elements[1]!.items.find((i) => i.id === 'S3')!;
const hint = (answers: Record<string, AnswerValue | null>) => naAfterZero(s3, (id) => answers[id]);

describe('naAfterZero', () => {
	it('names the N/A questions when the first question is 0', () => {
		expect(hint({ 'S3.1': 0, 'S3.2': 'na', 'S3.2b': 'na', 'S3.3': 'na' })).toEqual([
			'S3.2',
			'S3.2b',
			'S3.3'
		]);
		expect(hint({ 'S3.1': 0, 'S3.2': 0, 'S3.3': 'na' })).toEqual(['S3.3']);
	});

	it('stays quiet when the body exists, is unknown or the others are not N/A', () => {
		expect(hint({ 'S3.1': 1, 'S3.2': 'na', 'S3.3': 'na' })).toEqual([]);
		expect(hint({ 'S3.1': 'na', 'S3.2': 'na' })).toEqual([]);
		expect(hint({ 'S3.1': 'dk', 'S3.2': 'na' })).toEqual([]);
		expect(hint({ 'S3.2': 'na' })).toEqual([]);
		expect(hint({ 'S3.1': 0, 'S3.2': 0, 'S3.2b': 'dk', 'S3.3': null })).toEqual([]);
	});

	it('needs a first question', () => {
		expect(naAfterZero({ questions: [] }, () => 0)).toEqual([]);
	});
});
