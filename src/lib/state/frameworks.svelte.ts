/**
 * The framework definitions a user loaded onto this device (live, with how many
 * assessments use each), and what the data page does with definitions: load
 * one from a file, remove an unused one, move an assessment to another version.
 */
import * as exchange from '$lib/db/exchange';
import { LiveQuery } from '$lib/db/live.svelte';
import type { Framework } from '$lib/domain/framework';

export class FrameworkShelf {
	readonly #loaded = new LiveQuery(exchange.listLoadedFrameworks);

	/** undefined while loading */
	get loaded() {
		return this.#loaded.current;
	}

	load(framework: Framework) {
		return exchange.loadFramework(framework);
	}
	remove(id: string, version: string) {
		return exchange.removeFramework(id, version);
	}
	planMigration(assessmentId: string, toVersion: string) {
		return exchange.planMigration(assessmentId, toVersion);
	}
	migrate(assessmentId: string, toVersion: string) {
		return exchange.migrateAssessment(assessmentId, toVersion);
	}
}
