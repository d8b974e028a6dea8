/**
 * The import conflict policy, tested as the pure function it is: a file, a
 * snapshot of what is stored, a strategy → what is shown and what is written.
 * Here: nothing stored, cities, the file itself, framework definitions, the snapshot query. (The same policy through IndexedDB: db/exchange.test.ts and
 * db/bad-input.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../bundled';
import { allQuestions } from '../framework-tree';
import { snapshotQuery } from './plan';
import {
	BUNDLED_TOTAL,
	T,
	answer,
	assessment,
	city,
	file,
	nextVersion,
	plan,
	sameIdCase,
	snapshot
} from './plan.test-util';

describe('planImport: nothing stored', () => {
	it('adds everything as it is: ids, labels, records and answers unchanged', () => {
		const c = city('cityGdn1', 'Gdańsk');
		const a = assessment('assess01', 'cityGdn1', 'Baseline');
		const answers = [answer('assess01', 'F1.1', 3), answer('assess01', 'F1.2', null)];
		const f = file({ cities: [c], assessments: [a], answers });
		for (const strategy of ['keep', 'replace', 'copy'] as const) {
			const { plan: p, writes } = plan(f, snapshot(), strategy);
			expect(p.conflicts).toBe(0);
			expect(p.cities).toEqual([{ fileId: 'cityGdn1', name: 'Gdańsk', match: 'new' }]);
			expect(p.assessments).toEqual([
				{
					fileId: 'assess01',
					label: 'Baseline',
					cityName: 'Gdańsk',
					frameworkKey: `${defaultFramework.id}@${defaultFramework.version}`,
					answered: 1,
					total: BUNDLED_TOTAL,
					conflict: null,
					outcome: 'added',
					id: 'assess01',
					finalLabel: 'Baseline'
				}
			]);
			expect(writes).toEqual({
				frameworks: [],
				citiesToPut: [],
				assessmentsToDelete: [],
				citiesToAdd: [c],
				assessmentsToAdd: [a],
				answersToPut: answers,
				respondentsToPut: [],
				respondentAnswersToPut: []
			});
		}
	});

	it('adds a city exported without assessments', () => {
		const { plan: p, writes } = plan(
			file({ scope: 'city', cities: [city('cityGdn1', 'Gdańsk')] }),
			snapshot(),
			'keep'
		);
		expect(p.cities[0]!.match).toBe('new');
		expect(writes.citiesToAdd.map((c) => c.id)).toEqual(['cityGdn1']);
	});

	it('two cities of the file with the same name become one', () => {
		const f = file({
			cities: [city('cityGdn1', 'Gdańsk'), city('cityGdn2', 'GDAN\u0301SK')],
			assessments: [
				assessment('assess01', 'cityGdn1', 'A'),
				assessment('assess02', 'cityGdn2', 'B')
			]
		});
		const { plan: p, writes } = plan(f, snapshot(), 'keep');
		expect(p.cities.map((c) => [c.match, c.name])).toEqual([
			['new', 'Gdańsk'],
			['merged', 'Gdańsk']
		]);
		expect(writes.citiesToAdd.map((c) => c.id)).toEqual(['cityGdn1']);
		expect(writes.assessmentsToAdd.map((a) => a.cityId)).toEqual(['cityGdn1', 'cityGdn1']);
	});
});

describe('planImport: cities', () => {
	it('matches by id first, then by nameKey (NFC, case, invisible characters)', () => {
		const stored = [city('cityKrk1', 'Kraków'), city('cityWaw1', 'Warszawa')];
		const f = file({
			cities: [
				city('cityKrk1', 'Warszawa'),
				city('cityKrk2', 'KRAKO\u0301W'),
				city('cityWaw2', 'War\u200bszawa'),
				city('cityLdz1', 'Łódź')
			],
			assessments: [
				assessment('assess01', 'cityKrk1', 'A'),
				assessment('assess02', 'cityKrk2', 'B'),
				assessment('assess03', 'cityWaw2', 'C'),
				assessment('assess04', 'cityLdz1', 'D')
			]
		});
		const { plan: p, writes } = plan(f, snapshot({ cities: stored }), 'keep');
		expect(p.cities).toEqual([
			{ fileId: 'cityKrk1', name: 'Kraków', match: 'same' },
			{ fileId: 'cityKrk2', name: 'Kraków', match: 'merged' },
			{ fileId: 'cityWaw2', name: 'Warszawa', match: 'merged' },
			{ fileId: 'cityLdz1', name: 'Łódź', match: 'new' }
		]);
		expect(writes.assessmentsToAdd.map((a) => a.cityId)).toEqual([
			'cityKrk1',
			'cityKrk1',
			'cityWaw1',
			'cityLdz1'
		]);
		expect(writes.citiesToAdd.map((c) => c.id)).toEqual(['cityLdz1']);
		expect(p.assessments.map((a) => a.cityName)).toEqual(['Kraków', 'Kraków', 'Warszawa', 'Łódź']);
	});

	it('with several stored cities of one name, the first in id order is the match', () => {
		const stored = [city('cityZzz1', 'Sopot'), city('cityAaa1', 'SOPOT')];
		const { plan: p } = plan(
			file({ cities: [city('cityNew1', 'Sopot')] }),
			snapshot({ cities: stored }),
			'keep'
		);
		expect(p.cities[0]).toEqual({ fileId: 'cityNew1', name: 'SOPOT', match: 'merged' });
	});

	it('replace writes the file version of a stored city, but never a name another city has', () => {
		const stored = [city('cityKrk1', 'Kraków'), city('cityWaw1', 'Warszawa')];
		const f = file({
			cities: [
				city('cityKrk1', 'Kraków', { notes: 'from the file', updatedAt: T + 5 }),
				city('cityWaw1', 'kraków', { country: 'PL' })
			]
		});
		const { writes } = plan(f, snapshot({ cities: stored }), 'replace');
		expect(writes.citiesToPut).toEqual([
			city('cityKrk1', 'Kraków', { notes: 'from the file', updatedAt: T + 5 }),
			city('cityWaw1', 'Warszawa', { country: 'PL' })
		]);
		// an identical city is not rewritten, and keep/copy never rewrite one
		expect(
			plan(file({ cities: stored }), snapshot({ cities: stored }), 'replace').writes.citiesToPut
		).toEqual([]);
		for (const strategy of ['keep', 'copy'] as const)
			expect(plan(f, snapshot({ cities: stored }), strategy).writes.citiesToPut).toEqual([]);
	});

	it('a city renamed by replace is matched by its new name later in the same file', () => {
		const stored = [city('cityGdn1', 'Gdańsk')];
		const f = file({
			cities: [city('cityGdn1', 'Sopot'), city('citySop2', 'Sopot')],
			assessments: [assessment('assess02', 'citySop2', 'B')]
		});
		const { plan: p, writes } = plan(f, snapshot({ cities: stored }), 'replace');
		expect(p.cities.map((c) => c.match)).toEqual(['same', 'merged']);
		expect(writes.citiesToPut.map((c) => c.name)).toEqual(['Sopot']);
		expect(writes.citiesToAdd).toEqual([]);
		expect(writes.assessmentsToAdd[0]!.cityId).toBe('cityGdn1');
	});
});

describe('planImport: the file itself', () => {
	it('a later assessment of the file conflicts with one added earlier from it', () => {
		const c = city('cityKrk1', 'Kraków');
		const f = file({
			cities: [c, city('cityKrk2', 'kraków')],
			assessments: [
				assessment('fileAs01', 'cityKrk1', 'X'),
				assessment('fileAs02', 'cityKrk2', 'X')
			]
		});
		expect(plan(f, snapshot(), 'keep').plan.assessments.map((a) => [a.outcome, a.id])).toEqual([
			['added', 'fileAs01'],
			['kept', 'fileAs01']
		]);
		expect(plan(f, snapshot(), 'copy').plan.assessments.map((a) => a.finalLabel)).toEqual([
			'X',
			'X (2)'
		]);
		// nothing stored is deleted for it: only records of the snapshot are ever deleted
		expect(plan(f, snapshot(), 'replace').writes.assessmentsToDelete).toEqual([]);
	});

	it('counts answered questions (a level or n/a, not an empty answer with a comment)', () => {
		const f = file({
			cities: [city('cityKrk1', 'Kraków')],
			assessments: [assessment('fileAs01', 'cityKrk1', 'X')],
			answers: [
				answer('fileAs01', 'F1.1', 0),
				answer('fileAs01', 'F1.2', 'na'),
				answer('fileAs01', 'F1.3', null)
			]
		});
		expect(plan(f, snapshot(), 'keep').plan.assessments[0]!.answered).toBe(2);
	});

	it('does not change the file or the snapshot', () => {
		const { f, s } = sameIdCase();
		const before = structuredClone({ f, s });
		for (const strategy of ['keep', 'replace', 'copy'] as const) plan(f, s, strategy);
		expect({ f, s }).toEqual(before);
	});
});

describe('planImport: framework definitions', () => {
	it('adds a definition of the file unless it is bundled or loaded, and once only', () => {
		const fresh = nextVersion('1.1.0');
		const loaded = nextVersion('1.2.0');
		const forged = structuredClone(defaultFramework);
		forged.title.en = 'Forged';
		const f = file({ frameworkDefinitions: [fresh, loaded, forged, fresh] });
		const { plan: p, writes } = plan(f, snapshot({ frameworks: [loaded] }), 'keep');
		expect(p.frameworksAdded).toEqual([`${fresh.id}@1.1.0`]);
		expect(writes.frameworks).toEqual([fresh]);
	});

	it('totals come from the bundled definition first, then the file, then the loaded ones', () => {
		const inFile = nextVersion('1.1.0');
		const loaded = nextVersion('1.2.0');
		loaded.elements[0]!.items[0]!.questions.push({
			...loaded.elements[0]!.items[0]!.questions[0]!,
			id: 'F1.9'
		});
		const forged = structuredClone(defaultFramework);
		forged.elements.splice(1);
		const c = city('cityKrk1', 'Kraków');
		const f = file({
			cities: [c],
			frameworkDefinitions: [forged, inFile],
			assessments: [
				assessment('fileAs01', 'cityKrk1', 'A'),
				assessment('fileAs02', 'cityKrk1', 'B', { frameworkVersion: '1.1.0' }),
				assessment('fileAs03', 'cityKrk1', 'C', { frameworkVersion: '1.2.0' }),
				assessment('fileAs04', 'cityKrk1', 'D', { frameworkVersion: '9.0.0' })
			]
		});
		const { plan: p } = plan(f, snapshot({ frameworks: [loaded] }), 'keep');
		expect(p.assessments.map((a) => a.total)).toEqual([
			BUNDLED_TOTAL,
			allQuestions(inFile).length,
			allQuestions(loaded).length,
			undefined
		]);
		expect(allQuestions(loaded).length).not.toBe(allQuestions(inFile).length);
	});
});

describe('snapshotQuery', () => {
	it('names the assessments and loaded definitions planImport looks at', () => {
		const stored = [city('cityKrk9', 'KRAKÓW'), city('cityWaw1', 'Warszawa')];
		const loaded = nextVersion('1.2.0');
		const f = file({
			cities: [city('cityKrk1', 'Kraków'), city('cityLdz1', 'Łódź')],
			frameworkDefinitions: [nextVersion('1.1.0'), structuredClone(defaultFramework)],
			assessments: [
				assessment('fileAs01', 'cityKrk1', 'A'),
				assessment('fileAs02', 'cityLdz1', 'B', { frameworkVersion: '1.2.0' })
			]
		});
		expect(snapshotQuery(f, stored)).toEqual({
			cityIds: ['cityKrk1', 'cityLdz1', 'cityKrk9'],
			assessmentIds: ['fileAs01', 'fileAs02'],
			frameworks: [
				[loaded.id, '1.2.0'],
				[loaded.id, '1.1.0']
			]
		});
	});
});
