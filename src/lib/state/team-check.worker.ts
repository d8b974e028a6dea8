/// <reference lib="webworker" />
/**
 * Web Worker entry: reads and checks team files (invitations and responses)
 * off the main thread, with the domain's own entry point, parseTeamFileText:
 * JSON limits, checksum, schema, consistency. See team-check.ts.
 */
import { parseTeamFileText } from '$lib/domain/exchange/team-files';
import type { TeamCheckOutcome, TeamCheckRequest, TeamCheckResponse } from './team-check';
import type { LoadedMessage } from '$lib/worker-client';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<TeamCheckRequest>) => {
	const { id, files } = event.data;
	const outcomes: TeamCheckOutcome[] = [];
	for (const file of files) {
		try {
			outcomes.push({ ok: true, result: await parseTeamFileText(await file.text()) });
		} catch (e) {
			outcomes.push({ ok: false, message: e instanceof Error ? e.message : String(e) });
		}
	}
	scope.postMessage({ id, outcomes } satisfies TeamCheckResponse);
};

// the last statement: the page may end this worker once it has loaded (worker-client.ts)
scope.postMessage({ loaded: true } satisfies LoadedMessage);
