/**
 * The assessments chosen for comparison, live from the device database:
 * one query for their records and cities, one for all their answers.
 * Scores are computed here (pure scoring), once per change of the data.
 */
import { untrack } from 'svelte';
import * as answers from '$lib/db/answers';
import * as assessments from '$lib/db/assessments';
import * as cityRecords from '$lib/db/cities';
import * as frameworks from '$lib/db/frameworks';
import { LiveQuery } from '$lib/db/live.svelte';
import type { Assessment, City } from '$lib/domain/assessment';
import { frameworkKey, type Framework } from '$lib/domain/framework';
import { scoreAssessment, type AssessmentScore } from '$lib/domain/scoring';

export interface ComparedAssessment {
	assessment: Assessment;
	city: City | undefined;
	score: AssessmentScore;
}

export interface Comparison {
	/** the framework shown: that of the first selected assessment found */
	framework: Framework | undefined;
	entries: ComparedAssessment[];
	/** selected but no longer on the device */
	missing: string[];
	/** selected, but on another framework or version (not comparable) */
	otherFramework: { assessment: Assessment; city: City | undefined }[];
}

export async function loadComparison(ids: string[]): Promise<Comparison> {
	if (ids.length === 0)
		return { framework: undefined, entries: [], missing: [], otherFramework: [] };
	const [records, byAssessment] = await Promise.all([
		assessments.getMany(ids),
		answers.listByAssessments(ids)
	]);
	const found = records.filter((a): a is Assessment => a !== undefined);
	const cityIds = [...new Set(found.map((a) => a.cityId))];
	const cities = await cityRecords.getMany(cityIds);
	const cityById = new Map(cities.filter((c): c is City => !!c).map((c) => [c.id, c]));
	const first = found[0];
	const framework = first
		? await frameworks.resolve(first.frameworkId, first.frameworkVersion)
		: undefined;
	const key = framework ? frameworkKey(framework) : '';
	const entries: ComparedAssessment[] = [];
	const otherFramework: Comparison['otherFramework'] = [];
	for (const a of found) {
		const city = cityById.get(a.cityId);
		if (framework && `${a.frameworkId}@${a.frameworkVersion}` === key)
			entries.push({
				assessment: a,
				city,
				score: scoreAssessment(framework, byAssessment.get(a.id) ?? [])
			});
		else otherFramework.push({ assessment: a, city });
	}
	return {
		framework,
		entries,
		missing: ids.filter((_, i) => records[i] === undefined),
		otherFramework
	};
}

export class CompareView {
	readonly #live: LiveQuery<Comparison>;
	readonly #fallback: Comparison | undefined;
	readonly ids: string[];

	/** `previous`: shown while the new selection loads, so the page does not flash. */
	constructor(ids: string[], previous?: CompareView) {
		this.ids = ids;
		this.#live = new LiveQuery(() => loadComparison(ids));
		this.#fallback = untrack(() => previous?.current);
	}

	get current(): Comparison | undefined {
		return this.#live.current ?? this.#fallback;
	}
	get loaded(): boolean {
		return this.#live.loaded || this.#fallback !== undefined;
	}
	get error(): unknown {
		return this.#live.error;
	}
}
