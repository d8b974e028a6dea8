/**
 * One assessment as the questionnaire and results pages see it: the record,
 * its city, its framework and its answers, live from the device database.
 * One liveQuery per page, shared by every component through this object.
 */
import * as frameworks from '$lib/db/frameworks';
import { db } from '$lib/db/db';
import { guard } from '$lib/db/errors';
import { LiveQuery } from '$lib/db/live.svelte';
import type { Answer, Assessment, City } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';

export interface AssessmentBundle {
	assessment: Assessment;
	city: City | undefined;
	framework: Framework | undefined;
	answers: Answer[];
}

export function loadBundle(id: string): Promise<AssessmentBundle | null> {
	return guard(async () => {
		const [assessment, answers] = await Promise.all([
			db.assessments.get(id),
			db.answers.where('assessmentId').equals(id).toArray()
		]);
		if (!assessment) return null;
		const [city, framework] = await Promise.all([
			db.cities.get(assessment.cityId),
			frameworks.resolve(assessment.frameworkId, assessment.frameworkVersion)
		]);
		return { assessment, city, framework, answers };
	});
}

export interface Progress {
	answered: number;
	total: number;
}

export class AssessmentView {
	readonly #live: LiveQuery<AssessmentBundle | null>;
	readonly id: string;

	constructor(id: string) {
		this.id = id;
		this.#live = new LiveQuery(() => loadBundle(id));
	}

	get loaded() {
		return this.#live.loaded;
	}
	get error() {
		return this.#live.error;
	}
	get bundle() {
		return this.#live.current;
	}

	answersById = $derived.by(
		() => new Map((this.#live?.current?.answers ?? []).map((a) => [a.questionId, a]))
	);

	isAnswered(questionId: string): boolean {
		const a = this.answersById.get(questionId);
		return a !== undefined && a.value !== null;
	}

	progress = $derived.by(() => {
		const fw = this.#live.current?.framework;
		const perElement = new Map<string, Progress>();
		const perItem = new Map<string, Progress>();
		const overall: Progress = { answered: 0, total: 0 };
		for (const el of fw?.elements ?? []) {
			const ep: Progress = { answered: 0, total: 0 };
			for (const item of el.items) {
				const ip: Progress = { answered: 0, total: item.questions.length };
				for (const q of item.questions) if (this.isAnswered(q.id)) ip.answered++;
				perItem.set(item.id, ip);
				ep.answered += ip.answered;
				ep.total += ip.total;
			}
			perElement.set(el.id, ep);
			overall.answered += ep.answered;
			overall.total += ep.total;
		}
		return { overall, perElement, perItem };
	});
}
