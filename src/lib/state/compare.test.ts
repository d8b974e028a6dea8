/**
 * The compare page's state: the selection in the address, keeping the
 * previous comparison on screen while a new one loads, display order and
 * names, and the comparison itself read from the device database.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { sync } from '$lib/db/answers';
import { saveAnswer } from '$lib/db/answers.test-util';
import * as respondents from '$lib/db/respondents';
import * as assessments from '$lib/db/assessments';
import * as cities from '$lib/db/cities';
import { db } from '$lib/db/db';
import type { CityOverview } from '$lib/db/overview';
import type { Assessment } from '$lib/domain/assessment';
import { defaultFramework as fw } from '$lib/domain/bundled';
import { scoreAssessment } from '$lib/domain/scoring';
import { respondentTarget, type Respondent, type RespondentAnswer } from '$lib/domain/team';
import {
	CompareView,
	loadComparison,
	projectorAction,
	type Comparison,
	type Source
} from './compare.svelte';

const params = (qs: string) => new URLSearchParams(qs);

/** A source per query, loaded by hand; `loads` records what was asked for. */
function fakeSources() {
	const loads: {
		ids: string[];
		source: { current?: Comparison; loaded: boolean; error: unknown };
	}[] = [];
	const catalog: Source<CityOverview[]> = { current: [], loaded: true, error: undefined };
	const frameworks: Source<(typeof fw)[]> = { current: [fw], loaded: true, error: undefined };
	return {
		loads,
		sources: {
			catalog,
			frameworks,
			load: (ids: string[]) => {
				const source = { current: undefined, loaded: false, error: undefined };
				loads.push({ ids, source });
				return source;
			}
		}
	};
}

const record = (id: string, cityId: string, label: string, createdAt: number): Assessment => ({
	id,
	cityId,
	frameworkId: fw.id,
	frameworkVersion: fw.version,
	label,
	status: 'draft',
	participants: '',
	createdAt,
	updatedAt: createdAt
});
const city = (id: string, name: string) => ({
	id,
	name,
	country: '',
	notes: '',
	createdAt: 0,
	updatedAt: 0
});
const empty = scoreAssessment(fw, []);

function comparison(): Comparison {
	return {
		framework: fw,
		entries: [
			{
				assessment: record('w2', 'cw', 'Jesień 2025', 3),
				city: city('cw', 'Wrocław'),
				score: empty
			},
			{ assessment: record('l1', 'cl', 'Spring', 2), city: city('cl', 'Łódź'), score: empty },
			{
				assessment: record('w1', 'cw', 'Wiosna 2023', 1),
				city: city('cw', 'Wrocław'),
				score: empty
			}
		],
		missing: [],
		otherFramework: [{ assessment: record('x1', 'cg', 'Old', 0), city: city('cg', 'Gdańsk') }]
	};
}

describe('CompareView', () => {
	it('follows the address: a new selection loads, anonymise alone does not', () => {
		const { loads, sources } = fakeSources();
		const view = new CompareView(params('ids=a,b'), sources);
		expect(view.ids).toEqual(['a', 'b']);
		expect(loads.map((l) => l.ids)).toEqual([['a', 'b']]);
		view.follow(params('ids=a,b&anon=1'));
		expect(view.anonymise).toBe(true);
		expect(loads).toHaveLength(1);
		view.follow(params('ids=a'));
		expect(view.anonymise).toBe(false);
		expect(loads.map((l) => l.ids)).toEqual([['a', 'b'], ['a']]);
	});

	it('changes at once on a click, and gives the address to go to', () => {
		const { loads, sources } = fakeSources();
		const view = new CompareView(params('ids=a,b'), sources);
		expect(view.select({ anonymise: true })).toBe('/compare?ids=a,b&anon=1');
		expect(view.anonymise).toBe(true);
		expect(loads).toHaveLength(1);
		expect(view.select({ ids: ['c'] })).toBe('/compare?ids=c&anon=1');
		expect(view.ids).toEqual(['c']);
		expect(loads.map((l) => l.ids)).toEqual([['a', 'b'], ['c']]);
		// the address then catches up: nothing more to do
		view.follow(params('ids=c&anon=1'));
		expect(loads).toHaveLength(2);
	});

	it('keeps the previous comparison on screen until the new one has loaded', () => {
		const { loads, sources } = fakeSources();
		const view = new CompareView(params('ids=w1,w2,l1'), sources);
		expect(view.loaded).toBe(false);
		const first = comparison();
		Object.assign(loads[0]!.source, { current: first, loaded: true });
		expect(view.current).toBe(first);

		view.follow(params('ids=w1'));
		expect(view.loaded).toBe(true);
		expect(view.current).toBe(first);
		const second = { ...comparison(), entries: first.entries.slice(2) };
		Object.assign(loads[1]!.source, { current: second, loaded: true });
		expect(view.current).toBe(second);
	});

	it('reports a failed query', () => {
		const { loads, sources } = fakeSources();
		const view = new CompareView(params('ids=a'), sources);
		loads[0]!.source.error = new Error('quota');
		expect(view.error).toBeInstanceOf(Error);
	});

	it('shows entries by city then date, and groups a city over time', () => {
		const { loads, sources } = fakeSources();
		const view = new CompareView(params('ids=w1,w2,l1'), sources);
		Object.assign(loads[0]!.source, { current: comparison(), loaded: true });
		expect(view.shown.map((e) => e.assessment.id)).toEqual(['l1', 'w1', 'w2']);
		expect(view.seriesText).toContain('Wiosna 2023');
		expect(view.overTime).toHaveLength(1);
		expect(view.overTime[0]).toMatchObject({ cityId: 'cw', city: 'Wrocław' });
		expect(view.overTime[0]!.options.map((o) => o.id)).toEqual(['w1', 'w2']);
		expect(view.otherFrameworkText).toContain('Gdańsk');
		expect(view.reportEntries(() => 'date')[0]).toEqual({
			label: 'Łódź — Spring',
			detail: 'date',
			score: empty
		});
	});

	it('anonymised, hides every name: entries, other frameworks and report', () => {
		const { loads, sources } = fakeSources();
		const view = new CompareView(params('ids=w1,w2,l1&anon=1'), sources);
		Object.assign(loads[0]!.source, { current: comparison(), loaded: true });
		const text = JSON.stringify([
			view.shown.map((e) => e.name),
			view.overTime.map((c) => [c.city, c.options.map((o) => o.label)]),
			view.otherFrameworkText,
			view.reportEntries(() => 'date').map((e) => [e.label, e.detail]),
			view.seriesText
		]);
		for (const name of ['Wrocław', 'Łódź', 'Gdańsk', 'Spring', 'Wiosna', 'Jesień', 'date'])
			expect(text).not.toContain(name);
	});
});

describe('respondents as series', () => {
	const who = (id: string, name: string, createdAt: number): Respondent => ({
		id,
		assessmentId: 'l1',
		name,
		department: '',
		createdAt,
		updatedAt: createdAt,
		rev: 0
	});
	const said = (respondentId: string, value: 0 | 4 | null): RespondentAnswer => ({
		assessmentId: 'l1',
		respondentId,
		questionId: 'F1.1',
		value,
		comment: '',
		evidence: [],
		updatedAt: 1,
		rev: 1
	});
	function withTeam(): Comparison {
		const c = comparison();
		c.entries[1]!.team = {
			respondents: [
				who('rAnna1', 'Anna Nowak', 1),
				who('rPiotr', 'Piotr', 2),
				who('rNone1', 'X', 3)
			],
			answers: [said('rAnna1', 4), said('rPiotr', 0), said('rNone1', null)]
		};
		return c;
	}

	it('offers the assessments whose respondents answered, and adds their series after the assessments without a reload', () => {
		const { loads, sources } = fakeSources();
		const view = new CompareView(params('ids=w1,w2,l1'), sources);
		Object.assign(loads[0]!.source, { current: withTeam(), loaded: true });
		expect(view.teams).toEqual([{ id: 'l1', name: 'Łódź — Spring', count: 2 }]);
		expect(view.series.map((e) => e.assessment.id)).toEqual(['l1', 'w1', 'w2']);

		expect(view.select({ team: ['l1'] })).toBe('/compare?ids=w1,w2,l1&team=l1');
		expect(loads).toHaveLength(1);
		expect(view.series.map((e) => e.assessment.id)).toEqual([
			'l1',
			'w1',
			'w2',
			'l1/rAnna1',
			'l1/rPiotr'
		]);
		expect(view.series[3]!.name.label).toBe('Łódź — Spring · Anna Nowak');
		expect(view.series[3]!.score.items[0]!.score).toBe(100);
		expect(view.series[4]!.score.items[0]!.score).toBe(0);
		expect(view.seriesText).toContain('Piotr');
		expect(view.reportEntries(() => 'date').map((e) => e.label)).toContain('Łódź — Spring · Piotr');

		// anonymised: letters for the city and for the respondents
		view.select({ anonymise: true });
		const names = view.series.slice(3).map((e) => e.name.label);
		expect(names.join()).not.toMatch(/Anna|Piotr|Łódź/);
		// (the page's messages are not loaded here: "Respondent {letter}" shows as its key)
		expect(names.every((n) => /^[A-C] · \S/.test(n))).toBe(true);

		// the address keeps only selected assessments' teams
		expect(view.select({ ids: ['w1'] })).toBe('/compare?ids=w1&anon=1');
	});
});

describe('projector mode and its walk-through', () => {
	it('walks item by item, stays at the ends, and leaving projector mode ends the walk', () => {
		const { loads, sources } = fakeSources();
		const view = new CompareView(params('ids=w1,w2,l1'), sources);
		Object.assign(loads[0]!.source, { current: comparison(), loaded: true });
		expect(view.items).toEqual(fw.elements.flatMap((el) => el.items.map((i) => i.id)));
		view.setProjector(true);
		view.toggleWalk();
		expect(view.walking).toBe(true);
		expect(view.at).toBe(0);
		view.step(-1);
		expect(view.at).toBe(0);
		view.step(1);
		view.step(1);
		expect(view.at).toBe(2);
		for (let i = 0; i < 40; i++) view.step(1);
		expect(view.at).toBe(view.items.length - 1);
		view.setProjector(false);
		expect(view.walking).toBe(false);
		expect(view.projector).toBe(false);
	});

	it('maps the keys shown on screen, and leaves modified keys alone', () => {
		expect(projectorAction({ key: 'a' })).toBe('anonymise');
		expect(projectorAction({ key: 'A' })).toBe('anonymise');
		expect(projectorAction({ key: 'Escape' })).toBe('leave');
		expect(projectorAction({ key: 'w' })).toBe('walk');
		expect(projectorAction({ key: 'ArrowRight' })).toBe('next');
		expect(projectorAction({ key: 'PageDown' })).toBe('next');
		expect(projectorAction({ key: 'ArrowLeft' })).toBe('previous');
		expect(projectorAction({ key: 'a', ctrlKey: true })).toBeUndefined();
		expect(projectorAction({ key: 'x' })).toBeUndefined();
	});
});

describe('loadComparison (device database)', () => {
	beforeEach(async () => {
		await db.delete();
		await db.open();
	});

	it('scores the selected assessments of one framework and names the rest', async () => {
		const c = await cities.create({ name: 'Gdańsk' });
		const a = await assessments.create(c.id, fw, { label: 'Baseline' });
		const b = await assessments.create(c.id, fw, { label: 'Follow-up' });
		const other = await assessments.create(
			c.id,
			{ id: fw.id, version: '9.9.9' },
			{ label: 'Other version' }
		);
		await saveAnswer(a.id, 'F1.1', { value: 4 });
		const result = await loadComparison([a.id, 'gone', b.id, other.id]);
		expect(result.framework?.version).toBe(fw.version);
		expect(result.entries.map((e) => e.assessment.id)).toEqual([a.id, b.id]);
		expect(result.entries[0]!.city?.name).toBe('Gdańsk');
		expect(result.entries[0]!.score.items[0]!.score).toBe(100);
		expect(result.missing).toEqual(['gone']);
		expect(result.otherFramework.map((o) => o.assessment.id)).toEqual([other.id]);
		expect(result.entries[0]!.team).toBeUndefined();
		expect(await loadComparison([])).toEqual({
			framework: undefined,
			entries: [],
			missing: [],
			otherFramework: []
		});
	});

	it('loads the respondents of each assessment and their answers, never those of another', async () => {
		const c = await cities.create({ name: 'Gdańsk' });
		const a = await assessments.create(c.id, fw, { label: 'Baseline' });
		const b = await assessments.create(c.id, fw, { label: 'Follow-up' });
		const ra = await respondents.create(a.id, { name: 'Anna' });
		const rb = await respondents.create(b.id, {});
		const at = Date.now();
		await sync(a.id, 'F1.1', { choice: { value: 4, at } }, respondentTarget(ra.id));
		await sync(b.id, 'F1.1', { choice: { value: 1, at } }, respondentTarget(rb.id));
		const result = await loadComparison([a.id, b.id]);
		const [ta, tb] = result.entries.map((e) => e.team!);
		expect(ta!.respondents.map((r) => r.name)).toEqual(['Anna']);
		expect(ta!.answers.map((x) => [x.respondentId, x.value])).toEqual([[ra.id, 4]]);
		expect(tb!.answers.map((x) => [x.respondentId, x.value])).toEqual([[rb.id, 1]]);
		// the consensus is untouched by respondents' answers
		expect(result.entries[0]!.score.items[0]!.score).toBeNull();
	});
});
