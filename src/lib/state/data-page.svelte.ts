/**
 * The data page: one live overview of the device, shared by the export and
 * framework panels and the "delete all" summary; the backup status; and
 * deleting everything.
 */
import { backupStatus } from '$lib/db/backup';
import { deleteAllData } from '$lib/db/exchange';
import { LiveQuery } from '$lib/db/live.svelte';
import { sharedOverview } from '$lib/db/overview';
import { withoutWorkers } from '$lib/worker-client';

function liveQueries() {
	return {
		overview: new LiveQuery(sharedOverview, { whileShown: true }),
		backup: new LiveQuery(() => backupStatus(), { whileShown: true })
	};
}

export class DataPageView {
	// replaced after "delete all", which closes, deletes and reopens the database under them
	#live = $state.raw(liveQueries());

	/** every city with its assessments: undefined while loading, [] if it cannot be read */
	get cities() {
		const q = this.#live.overview;
		return q.current ?? (q.loaded ? [] : undefined);
	}
	get backup() {
		return this.#live.backup.current;
	}
	counts = $derived({
		cities: this.cities?.length ?? 0,
		assessments: this.cities?.reduce((n, c) => n + c.assessments.length, 0) ?? 0
	});

	/** Delete every record, cache and setting of the app on this device. */
	async deleteEverything() {
		// none of the app's workers (file checks, report) loading meanwhile: it could write to the offline copy once deleted
		await withoutWorkers(deleteAllData);
		this.#live = liveQueries();
	}
}
