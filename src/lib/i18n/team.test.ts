import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPageMessages, locale } from './locale.svelte';
import { respondentNameIn } from './team';

beforeAll(() => loadPageMessages());
afterEach(() => locale.set('en'));

const r = (id: string, createdAt: number, name = '', department = '') => ({
	id,
	createdAt,
	name,
	department
});

describe('respondentNameIn (a respondent named in the list of imported files)', () => {
	const team = [r('a', 10, 'Anna'), r('b', 20), r('c', 30)];

	it('uses the letter of the respondent’s position in the team, not always “A”', () => {
		expect(respondentNameIn(r('c', 30), team)).toBe('Respondent C');
		expect(respondentNameIn(r('b', 20), team)).toBe('Respondent B');
		// a respondent the team does not hold yet: the letter they will have
		expect(respondentNameIn(r('d', 40), team)).toBe('Respondent D');
		expect(respondentNameIn(r('d', 5), team)).toBe('Respondent A');
	});

	it('uses the name when there is one', () => {
		expect(respondentNameIn(r('e', 50, 'Jan', 'Edukacja'), team)).toBe('Jan (Edukacja)');
		expect(respondentNameIn(r('e', 50, 'Jan'), undefined)).toBe('Jan');
	});

	it('says “a respondent without a name” when the position is unknown', () => {
		expect(respondentNameIn(r('c', 30), undefined)).toBe('A respondent without a name');
		locale.set('pl');
		expect(respondentNameIn(r('c', 30), undefined)).toBe('Respondent bez podanego imienia');
		expect(respondentNameIn(r('c', 30), team)).toBe('Respondent C');
	});
});
