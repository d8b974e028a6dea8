/**
 * Answering on separate devices (issue 13): the coordinator's invitations and
 * the list of team files being imported (many responses at once, an
 * invitation on a respondent's device), and the respondent's "Send response".
 *
 * Each file is checked off the main thread (team-check.ts), then imported in
 * its own transaction (db/team-files.ts): all of a file or nothing. A
 * respondent who already has answers here is never overwritten without the
 * coordinator's choice.
 */
import { loadBundle } from '$lib/db/assessments';
import { LiveQuery } from '$lib/db/live.svelte';
import * as teamFiles from '$lib/db/team-files';
import { downloadBlob } from '$lib/download';
import type { ImportError } from '$lib/domain/exchange/errors';
import {
	checkResponseTarget,
	serializeTeamFile,
	type InvitationFile,
	type ResponseDecision,
	type ResponseFile,
	type ResponsePlan,
	type TeamFile
} from '$lib/domain/exchange/team-files';
import { teamFileName } from '$lib/domain/file-names';
import type { RespondentFields } from '$lib/domain/team';
import { untrack } from 'svelte';
import type { Source } from './assessment-view.svelte';
import { shareOrDownload, type SendOutcome } from './exchange.svelte';
import { checkTeamFile } from './team-check';
import { TeamView } from './team-view.svelte';

export type TeamEntryStatus =
	| 'checking'
	/** the file is not a valid team file (errors) or was refused by the device (plan) */
	| 'rejected'
	/** the respondent already has answers here: the coordinator chooses */
	| 'decide'
	| 'imported'
	| 'kept'
	/** an invitation was imported */
	| 'invited'
	| 'failed';

export interface TeamEntry {
	key: number;
	name: string;
	status: TeamEntryStatus;
	errors: ImportError[];
	/** what importing a response did, or why it did not */
	plan?: ResponsePlan;
	/** kept while a decision is pending */
	file?: ResponseFile;
	invitation?: { file: InvitationFile; result: teamFiles.InvitationResult };
	/** an invitation file where only responses are taken (the team page) */
	misplaced?: boolean;
	failure?: unknown;
}

let nextKey = 1;

export class TeamFileSession {
	/** replaced, never mutated */
	entries = $state.raw<TeamEntry[]>([]);
	busy = $state(false);

	readonly #responsesFor: (() => string) | undefined;

	/**
	 * `responsesFor`: the team page of that assessment takes only its responses
	 * (an invitation or another assessment's response is refused with the
	 * reason); without it (the data page) invitations are imported too and each
	 * response goes to its own assessment.
	 */
	constructor(responsesFor?: () => string) {
		this.#responsesFor = responsesFor;
	}

	counts = $derived({
		imported: this.entries.filter((e) => e.status === 'imported' || e.status === 'invited').length,
		skipped: this.entries.filter((e) => ['rejected', 'kept', 'failed'].includes(e.status)).length,
		pending: this.entries.filter((e) => e.status === 'decide').length
	});

	#patch(key: number, patch: Partial<TeamEntry>) {
		this.entries = this.entries.map((e) => (e.key === key ? { ...e, ...patch } : e));
	}

	/**
	 * Check and import the files one after the other, each in its own
	 * transaction. Resolves when every file is done (imported, skipped, or
	 * waiting for a decision), with the entries of these files as they ended.
	 */
	async add(files: Iterable<File>): Promise<TeamEntry[]> {
		const list = [...files];
		const added: TeamEntry[] = list.map((f) => ({
			key: nextKey++,
			name: f.name,
			status: 'checking',
			errors: []
		}));
		this.entries = [...added, ...this.entries];
		this.busy = true;
		try {
			// checked in parallel in the worker (one queue there), imported in order
			const checks = list.map((f) =>
				checkTeamFile(f).then(
					(result) => ({ result }),
					(failure: unknown) => ({ failure })
				)
			);
			for (const [i, entry] of added.entries()) {
				const c = await checks[i]!;
				if ('failure' in c) {
					this.#patch(entry.key, { status: 'failed', failure: c.failure });
					continue;
				}
				const r = c.result;
				if (!r.ok) {
					this.#patch(entry.key, { status: 'rejected', errors: r.errors });
					continue;
				}
				await this.#import(entry.key, r.file);
			}
		} finally {
			this.busy = false;
		}
		const keys = new Set(added.map((e) => e.key));
		return this.entries.filter((e) => keys.has(e.key));
	}

	async #import(key: number, file: TeamFile) {
		try {
			if (file.kind === 'invitation') {
				if (this.#responsesFor) {
					this.#patch(key, { status: 'rejected', misplaced: true });
					return;
				}
				const result = await teamFiles.importInvitation(file);
				this.#patch(key, { status: 'invited', invitation: { file, result } });
				return;
			}
			const other = this.#responsesFor && checkResponseTarget(file, this.#responsesFor());
			if (other) {
				this.#patch(key, { status: 'rejected', plan: other });
				return;
			}
			this.#settle(key, file, await teamFiles.importResponse(file));
		} catch (failure) {
			this.#patch(key, { status: 'failed', failure });
		}
	}

	#settle(key: number, file: ResponseFile, plan: ResponsePlan) {
		const status: TeamEntryStatus =
			plan.kind === 'write'
				? 'imported'
				: plan.kind === 'decide'
					? 'decide'
					: plan.kind === 'kept'
						? 'kept'
						: 'rejected';
		// the records are in the database once written: keep only the summary
		this.#patch(key, { status, plan, file: status === 'decide' ? file : undefined });
	}

	/** The coordinator's choice for a respondent who already has answers here. */
	async decide(key: number, decision: ResponseDecision) {
		const entry = this.entries.find((e) => e.key === key);
		if (!entry?.file || entry.status !== 'decide') return;
		try {
			this.#settle(key, entry.file, await teamFiles.importResponse(entry.file, decision));
		} catch (failure) {
			this.#patch(key, { status: 'failed', failure });
		}
	}

	clear() {
		this.entries = [];
	}
}

/** The respondent who answers a general invitation on this device. */
export function join(assessmentId: string, fields: RespondentFields) {
	return teamFiles.joinAsRespondent(assessmentId, fields);
}

/** Where the questionnaire opens as `respondentId`. */
export function answerHref(assessmentId: string, respondentId: string) {
	return `/assess?id=${encodeURIComponent(assessmentId)}&as=${encodeURIComponent(respondentId)}`;
}

function asFile(file: TeamFile, name: string) {
	return new File([serializeTeamFile(file)], name, { type: 'application/json' });
}

/** Download an invitation: general, or for one named respondent. Returns the file name. */
export async function downloadInvitation(
	assessmentId: string,
	respondentId?: string
): Promise<string> {
	const file = await teamFiles.exportInvitation(assessmentId, respondentId);
	const name = teamFileName(
		{
			city: file.city.name,
			label: file.assessment.label,
			respondent: file.respondent?.name,
			date: file.exportedAt
		},
		'invitation'
	);
	downloadBlob(name, asFile(file, name));
	return name;
}

async function responseFile(assessmentId: string, respondentId: string) {
	const file = await teamFiles.exportResponse(assessmentId, respondentId);
	const name = teamFileName(
		{
			city: file.cityName,
			label: file.assessmentLabel,
			respondent: file.respondent.name,
			date: file.exportedAt
		},
		'response'
	);
	return asFile(file, name);
}

/** "Send response": share the respondent's response file, or download it. */
export async function sendResponse(
	assessmentId: string,
	respondentId: string,
	title: string
): Promise<SendOutcome> {
	return shareOrDownload(await responseFile(assessmentId, respondentId), title);
}

/** "Download response file". Returns the file name. */
export async function downloadResponse(assessmentId: string, respondentId: string) {
	const file = await responseFile(assessmentId, respondentId);
	downloadBlob(file.name, file);
	return file.name;
}

// ---------------------------------------------------------------------------
// The team view while responses are imported

/**
 * A source that can be held: while held it keeps giving the value it had
 * (the live query stays subscribed underneath), so a team view does not redraw
 * after each of a dozen imported files, only once when released.
 */
export class HoldableSource<T> implements Source<T> {
	readonly #inner: Source<T>;
	#held = $state(false);
	#last = $state.raw<T | undefined>(undefined);

	constructor(inner: Source<T>) {
		this.#inner = inner;
	}

	get current(): T | undefined {
		if (this.#held) {
			// keeps the live query subscribed without depending on its value
			void this.#inner.loaded;
			return this.#last;
		}
		return this.#inner.current;
	}
	get loaded() {
		return this.#inner.loaded;
	}
	get error() {
		return this.#inner.error;
	}

	hold() {
		this.#last = untrack(() => this.#inner.current);
		this.#held = true;
	}
	release() {
		this.#held = false;
	}
}

/** The team page's view over a source that is held while response files are imported. */
export function teamPageView(id: string) {
	const source = new HoldableSource(new LiveQuery(() => loadBundle(id)));
	return { view: new TeamView(id, source), source };
}
