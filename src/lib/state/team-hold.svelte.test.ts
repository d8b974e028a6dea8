/**
 * The team page's source held while response files are imported
 * (HoldableSource): what it gives, and that holding or releasing it with
 * nothing new read does not make the team view run its analysis again (every
 * question card would be redrawn with the same data). Runes in a test: the
 * file's name has `.svelte.` in it.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssessmentBundle } from '$lib/db/assessments';
import type { Assessment } from '$lib/domain/assessment';
import { defaultFramework as framework } from '$lib/domain/bundled';
import { HoldableSource } from './team-files.svelte';
import { TeamView } from './team-view.svelte';

const assessment: Assessment = {
	id: 'a1',
	cityId: 'c1',
	frameworkId: framework.id,
	frameworkVersion: framework.version,
	label: 'Wiosna 2026',
	status: 'draft',
	participants: '',
	createdAt: 1,
	updatedAt: 1
};
const bundle = (label: string): AssessmentBundle => ({
	assessment: { ...assessment, label },
	city: undefined,
	framework,
	answers: [],
	respondents: [],
	respondentAnswers: []
});

/** A live query's shape, its value set by the test. */
class Inner {
	current = $state.raw<AssessmentBundle | null | undefined>(undefined);
	loaded = $state(true);
	error = undefined;
}

let cleanup = () => {};
afterEach(() => cleanup());

/** A team view over a held source, and how many times each of its readers ran. */
function setUp(first: AssessmentBundle) {
	const inner = new Inner();
	inner.current = first;
	const source = new HoldableSource(inner);
	const view = new TeamView('a1', source);
	const runs = { source: 0, analysis: 0 };
	cleanup = $effect.root(() => {
		$effect(() => {
			void source.current;
			runs.source++;
		});
		$effect(() => {
			void view.analysis;
			runs.analysis++;
		});
	});
	flushSync();
	return { inner, source, view, runs };
}

describe('HoldableSource', () => {
	it('keeps the value it had while held, and gives the newest once released', () => {
		const a = bundle('A');
		const b = bundle('B');
		const { inner, source } = setUp(a);
		expect(source.current).toBe(a);
		source.hold();
		inner.current = b;
		flushSync();
		expect(source.current).toBe(a);
		source.release();
		flushSync();
		expect(source.current).toBe(b);
	});

	it('held and released with nothing new: the team analysis does not run again', () => {
		const a = bundle('A');
		const { source, view, runs } = setUp(a);
		const analysis = view.analysis;
		expect(analysis?.questions.length).toBeGreaterThan(0);
		expect(runs).toEqual({ source: 1, analysis: 1 });
		source.hold();
		flushSync();
		source.release();
		flushSync();
		expect(runs).toEqual({ source: 1, analysis: 1 });
		expect(view.analysis).toBe(analysis);
	});

	it('a value read while held is analysed once, when released', () => {
		const { inner, source, view, runs } = setUp(bundle('A'));
		source.hold();
		flushSync();
		inner.current = bundle('B');
		inner.current = bundle('C');
		flushSync();
		expect(runs).toEqual({ source: 1, analysis: 1 });
		source.release();
		flushSync();
		expect(runs).toEqual({ source: 2, analysis: 2 });
		expect(view.bundle?.assessment.label).toBe('C');
	});
});
