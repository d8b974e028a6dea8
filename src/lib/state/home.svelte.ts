/**
 * The home page: every city with its assessments, the framework catalogue and
 * the backup status, live from the device database; and what a person does to
 * cities and assessments there. The city cards get this object as `actions`.
 */
import * as assessments from '$lib/db/assessments';
import { backupStatus } from '$lib/db/backup';
import * as cities from '$lib/db/cities';
import type { DemoTexts } from '$lib/db/demo';
import * as frameworks from '$lib/db/frameworks';
import { LiveQuery } from '$lib/db/live.svelte';
import { sharedOverview } from '$lib/db/overview';
import type {
	Assessment,
	AssessmentFields,
	AssessmentStatus,
	CityFields
} from '$lib/domain/assessment';
import {
	EMPTY_QUERY,
	filterCities,
	yearsOf,
	type Completion,
	type SortKey
} from '$lib/domain/city-list';
import { demoAnswers, isDemoCity } from '$lib/domain/demo';
import type { Framework } from '$lib/domain/framework';
import { allQuestions, frameworkKey } from '$lib/domain/framework-tree';
import { localDay } from '$lib/domain/local-day';
import type { AssessmentSummary } from '$lib/domain/overview';
import { app } from './app.svelte';

/** What a city card and its assessment rows may do (HomeView does it). */
export interface RecordActions {
	renameCity(id: string, fields: CityFields): Promise<unknown>;
	removeCity(id: string): Promise<void>;
	/** create a draft assessment on the default framework */
	startAssessment(cityId: string, fields: AssessmentFields): Promise<Assessment>;
	editAssessment(id: string, fields: AssessmentFields): Promise<unknown>;
	setStatus(id: string, status: AssessmentStatus): Promise<void>;
	removeAssessment(id: string): Promise<void>;
}

export class HomeView implements RecordActions {
	readonly #overview = new LiveQuery(sharedOverview, { whileShown: true });
	readonly #catalog = new LiveQuery(frameworks.listAll, { whileShown: true });
	readonly #backup = new LiveQuery(() => backupStatus(), { whileShown: true });

	// the list's search, filters and sort: derived in memory, never a query per keystroke
	search = $state(EMPTY_QUERY.search);
	year = $state<number | undefined>(EMPTY_QUERY.year);
	completion = $state<Completion>(EMPTY_QUERY.completion);
	sort = $state<SortKey>(EMPTY_QUERY.sort);

	/** questions per framework key "id@version" */
	#totals = $derived(
		new Map((this.frameworks ?? []).map((f) => [frameworkKey(f), allQuestions(f).length]))
	);
	#totalOf = (s: AssessmentSummary) =>
		this.#totals.get(`${s.assessment.frameworkId}@${s.assessment.frameworkVersion}`);

	/** The cities to show: searched, filtered and sorted. */
	visible = $derived(
		filterCities(
			this.#overview.current ?? [],
			{ search: this.search, year: this.year, completion: this.completion, sort: this.sort },
			this.#totalOf
		)
	);
	/** every year an assessment was started, newest first (the year filter's choices) */
	years = $derived(yearsOf(this.#overview.current ?? []));
	/** the search or a filter narrows the list */
	get narrowed() {
		return this.search.trim() !== '' || this.year !== undefined || this.completion !== 'all';
	}
	clearFilters() {
		this.search = EMPTY_QUERY.search;
		this.year = EMPTY_QUERY.year;
		this.completion = EMPTY_QUERY.completion;
	}

	/**
	 * Questions and items of the framework a new assessment uses: counted at
	 * build time (vite.config.ts), so the first screen does not load the
	 * definition to say it.
	 */
	readonly size: { questions: number; items: number } = __DEFAULT_FRAMEWORK_SIZE__;
	/** an example city is on this device */
	hasDemo = $derived((this.#overview.current ?? []).some((c) => isDemoCity(c.city)));

	get cities() {
		return this.#overview.current;
	}
	get loaded() {
		return this.#overview.loaded;
	}
	get error() {
		return this.#overview.error;
	}
	/** every framework on the device: undefined while the definitions load, [] if they cannot */
	get frameworks(): Framework[] | undefined {
		return this.#catalog.current ?? (this.#catalog.error ? [] : undefined);
	}
	get backup() {
		return this.#backup.current;
	}
	/**
	 * What the backup reminder says, and the day: "Later" puts it off on this
	 * device until the next day or a new backup (issue 12: calm notices).
	 */
	get backupVersion(): string {
		return `${this.backup?.lastExportAt ?? 'never'}:${localDay(Date.now())}`;
	}

	async addCity(fields: CityFields) {
		await cities.create(fields);
		void app.afterSave();
	}
	renameCity(id: string, fields: CityFields) {
		return cities.update(id, fields);
	}
	removeCity(id: string) {
		return cities.remove(id);
	}
	async startAssessment(cityId: string, fields: AssessmentFields) {
		return assessments.create(cityId, await frameworks.defaultFramework(), fields);
	}
	editAssessment(id: string, fields: AssessmentFields) {
		return assessments.update(id, fields);
	}
	setStatus(id: string, status: AssessmentStatus) {
		return assessments.setStatus(id, status);
	}
	removeAssessment(id: string) {
		return assessments.remove(id);
	}

	/** Add the example city (texts in the UI language), with made-up answers marked as demo. */
	async loadDemo(texts: DemoTexts & { comment: string }) {
		// the example city's code loads when asked for, not with the first screen
		const [framework, demo] = await Promise.all([
			frameworks.defaultFramework(),
			import('$lib/db/demo')
		]);
		return demo.create(texts, framework, demoAnswers(framework, texts.comment));
	}
	/** Delete every example city, its assessments and answers. */
	async removeDemo() {
		const demo = await import('$lib/db/demo');
		return demo.removeAll();
	}
}
