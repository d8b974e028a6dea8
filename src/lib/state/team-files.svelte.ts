/**
 * Answering on separate devices (issue 13): the coordinator's invitations and
 * the list of team files being imported (many responses at once, an
 * invitation on a respondent's device), and the respondent's "Send response".
 *
 * The files are checked off the main thread (team-check.ts), then the
 * responses imported in one transaction (db/team-files.ts): all of a file or
 * nothing, and the team view re-reads once for the lot. A
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
import { checkTeamFiles } from './team-check';
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
	 * Check the files (all in one message to the worker), import the
	 * invitations, then the responses in one transaction (each file whole or
	 * not at all; db/team-files importResponses) and list every result at
	 * once: the page's live queries and this list update once for the lot, not
	 * once per file. Resolves with the entries of these files as they ended
	 * (imported, skipped, or waiting for a decision).
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
		const keys = new Set(added.map((e) => e.key));
		const done = new Map<number, Partial<TeamEntry>>();
		try {
			const checks = await checkTeamFiles(list);
			const responses: { key: number; file: ResponseFile }[] = [];
			for (const [i, { key }] of added.entries()) {
				const c = checks[i]!;
				if ('failure' in c) done.set(key, { status: 'failed', failure: c.failure });
				else if (!c.result.ok) done.set(key, { status: 'rejected', errors: c.result.errors });
				else if (c.result.file.kind === 'invitation')
					done.set(key, await this.#invite(c.result.file));
				else {
					const file = c.result.file;
					const other = this.#responsesFor && checkResponseTarget(file, this.#responsesFor());
					if (other) done.set(key, { status: 'rejected', plan: other });
					else responses.push({ key, file });
				}
			}
			for (const [key, patch] of await this.#importResponses(responses)) done.set(key, patch);
		} finally {
			this.entries = this.entries.map((e) => {
				if (!keys.has(e.key)) return e;
				return { ...e, ...(done.get(e.key) ?? { status: 'failed' }) };
			});
			this.busy = false;
		}
		return this.entries.filter((e) => keys.has(e.key));
	}

	async #invite(file: InvitationFile): Promise<Partial<TeamEntry>> {
		if (this.#responsesFor) return { status: 'rejected', misplaced: true };
		try {
			const result = await teamFiles.importInvitation(file);
			return { status: 'invited', invitation: { file, result } };
		} catch (failure) {
			return { status: 'failed', failure };
		}
	}

	async #importResponses(
		responses: { key: number; file: ResponseFile }[]
	): Promise<[number, Partial<TeamEntry>][]> {
		if (!responses.length) return [];
		try {
			const plans = await teamFiles.importResponses(responses.map((r) => r.file));
			return responses.map((r, i) => [r.key, this.#settled(r.file, plans[i]!)]);
		} catch {
			// nothing of the batch was written: each file on its own, so one bad file sinks only itself
			const out: [number, Partial<TeamEntry>][] = [];
			for (const r of responses) {
				try {
					out.push([r.key, this.#settled(r.file, await teamFiles.importResponse(r.file))]);
				} catch (failure) {
					out.push([r.key, { status: 'failed', failure }]);
				}
			}
			return out;
		}
	}

	#settled(file: ResponseFile, plan: ResponsePlan): Partial<TeamEntry> {
		const status: TeamEntryStatus =
			plan.kind === 'write'
				? 'imported'
				: plan.kind === 'decide'
					? 'decide'
					: plan.kind === 'kept'
						? 'kept'
						: 'rejected';
		// the records are in the database once written: keep only the summary
		return { status, plan, file: status === 'decide' ? file : undefined };
	}

	/** The coordinator's choice for a respondent who already has answers here. */
	async decide(key: number, decision: ResponseDecision) {
		const entry = this.entries.find((e) => e.key === key);
		if (!entry?.file || entry.status !== 'decide') return;
		try {
			this.#patch(
				key,
				this.#settled(entry.file, await teamFiles.importResponse(entry.file, decision))
			);
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
			respondentId: file.respondent.id,
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

	/**
	 * A derived, so that holding or releasing with nothing new read gives the
	 * very same value and nothing downstream runs again: read straight from the
	 * flag, every hold and release re-ran the team analysis and redrew all 56
	 * question cards with the same data. With 24 respondents at 4× CPU, the task
	 * of the coordinator's file choice took 320–366 ms before and 278–298 after
	 * (about 250 of it Playwright's own setting of the files), and the long
	 * tasks until the imported files were listed 446–683 ms in all, 271–541 after.
	 */
	#current = $derived.by(() => {
		if (this.#held) {
			// keeps the live query subscribed without depending on its value
			void this.#inner.loaded;
			return this.#last;
		}
		return this.#inner.current;
	});

	get current(): T | undefined {
		return this.#current;
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
