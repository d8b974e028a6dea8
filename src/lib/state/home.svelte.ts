/**
 * The home page: every city with its assessments, the framework catalogue and
 * the backup status, live from the device database; and what a person does to
 * cities and assessments there. The city cards get this object as `actions`.
 */
import * as assessments from '$lib/db/assessments';
import { backupStatus } from '$lib/db/backup';
import * as cities from '$lib/db/cities';
import * as frameworks from '$lib/db/frameworks';
import { LiveQuery } from '$lib/db/live.svelte';
import { overview } from '$lib/db/overview';
import type {
	Assessment,
	AssessmentFields,
	AssessmentStatus,
	CityFields
} from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
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
	readonly #overview = new LiveQuery(overview);
	readonly #catalog = new LiveQuery(frameworks.listAll);
	readonly #backup = new LiveQuery(() => backupStatus());

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
}
