/**
 * The import list of the data page (check files, show what came in, import
 * them) and the download helpers for export files.
 */
import * as exchange from '$lib/db/exchange';
import { downloadBlob } from '$lib/download';
import { listAll } from '$lib/db/frameworks';
import { writeRefusal } from '$lib/db/errors';
import type { ImportPlan, ImportStrategy } from '$lib/db/exchange';
import { answerRows, toCsv, type CsvSeparator } from '$lib/domain/csv';
import {
	DEFAULT_MAX_BYTES,
	exportFileName,
	serializeExport,
	type ExportFile,
	type ImportError,
	type ImportWarning
} from '$lib/domain/exchange';
import type { Locale } from '$lib/domain/framework';
import { checkFile, dropHeld, importHeld, type Held } from './import-check';

export type EntryStatus = 'checking' | 'ready' | 'rejected' | 'importing' | 'imported' | 'failed';

export interface ImportEntry {
	key: number;
	name: string;
	size: number;
	status: EntryStatus;
	errors: ImportError[];
	warnings: ImportWarning[];
	/** where the checked file is kept until it is imported (see import-check.ts) */
	held?: Held;
	plan?: ImportPlan;
	/** while importing: rows written, of how many */
	progress?: { written: number; total: number };
	failure?: unknown;
}

let nextKey = 1;

export class ImportSession {
	/** replaced, never mutated: files can hold thousands of answers */
	entries = $state.raw<ImportEntry[]>([]);
	strategy = $state<ImportStrategy>('keep');
	busy = $state(false);

	ready = $derived(this.entries.filter((e) => e.status === 'ready'));
	conflicts = $derived(this.ready.reduce((n, e) => n + (e.plan?.conflicts ?? 0), 0));
	checking = $derived(this.entries.some((e) => e.status === 'checking'));
	/** ids of assessments stored by the imports of this list, for "compare these" */
	importedIds = $derived([
		...new Set(
			this.entries
				.filter((e) => e.status === 'imported')
				.flatMap((e) => e.plan?.assessments.map((a) => a.id) ?? [])
		)
	]);

	#patch(key: number, patch: Partial<ImportEntry>) {
		this.entries = this.entries.map((e) => (e.key === key ? { ...e, ...patch } : e));
	}

	/** Check the chosen files one by one; nothing is written. */
	async add(files: Iterable<File>) {
		const list = [...files];
		const added = list.map((f) => ({
			key: nextKey++,
			name: f.name,
			size: f.size,
			status: 'checking' as const,
			errors: [],
			warnings: []
		}));
		this.entries = [...this.entries, ...added];
		for (const [i, f] of list.entries()) {
			const key = added[i]!.key;
			// the size is checked before the file is read
			if (f.size > DEFAULT_MAX_BYTES) {
				this.#patch(key, {
					status: 'rejected',
					errors: [
						{
							code: 'tooLarge',
							path: '',
							params: { size: f.size, max: DEFAULT_MAX_BYTES },
							message: 'too large'
						}
					]
				});
				continue;
			}
			try {
				// read and checked in a worker: a large file never blocks the page, and its preview
				// planned there too, against what is stored now (importing plans again, in its
				// transaction); the worker keeps the file until it is imported
				const strategy = this.strategy;
				const r = await checkFile(f, strategy, async (text) => {
					const here = await exchange.checkAndPreview(text, strategy);
					if (!here.ok) return here;
					return { ok: true, warnings: here.warnings, plan: here.plan, held: { file: here.file } };
				});
				if (!r.ok) {
					this.#patch(key, { status: 'rejected', errors: r.errors });
					continue;
				}
				this.#patch(key, { status: 'ready', held: r.held, warnings: r.warnings, plan: r.plan });
			} catch (failure) {
				this.#patch(key, { status: 'failed', failure });
			}
		}
	}

	/** Import every checked file, each in its own transaction (all of a file or none of it). */
	async run() {
		this.busy = true;
		try {
			for (const entry of this.ready) {
				const held = entry.held;
				if (!held) continue;
				this.#patch(entry.key, { status: 'importing' });
				try {
					const refused = writeRefusal();
					if (refused) throw refused;
					const plan = await importHeld(
						held,
						this.strategy,
						(written, total) => this.#patch(entry.key, { progress: { written, total } }),
						exchange.applyImport
					);
					// the file's records are in the database now; keep only the summary
					this.#patch(entry.key, {
						status: 'imported',
						plan,
						held: undefined,
						progress: undefined
					});
				} catch (failure) {
					this.#patch(entry.key, { status: 'failed', failure, progress: undefined });
				}
			}
		} finally {
			this.busy = false;
		}
	}

	clear() {
		this.#dropAll();
		this.entries = [];
	}

	/** The panel is gone: the files checked and not imported are let go. */
	dispose() {
		this.#dropAll();
	}

	#dropAll() {
		for (const e of this.entries) if (e.held) dropHeld(e.held);
	}
}

// ---------------------------------------------------------------------------
// Downloads

export type ExportTarget =
	{ scope: 'all' } | { scope: 'city'; id: string } | { scope: 'assessment'; id: string };

export async function exportFile(target: ExportTarget, backup = true): Promise<ExportFile> {
	if (target.scope === 'city') return exchange.exportCity(target.id);
	if (target.scope === 'assessment') return exchange.exportAssessment(target.id);
	return exchange.exportAll({ backup });
}

function nameParts(file: ExportFile) {
	const city = file.scope === 'all' ? undefined : file.cities[0]?.name;
	const label = file.scope === 'assessment' ? file.assessments[0]?.label : undefined;
	return { city, label, date: file.exportedAt };
}

/** Build a JSON export as a file with its export file name. */
async function jsonFile(target: ExportTarget): Promise<File> {
	const file = await exportFile(target);
	const name = exportFileName(nameParts(file), 'json');
	return new File([serializeExport(file)], name, { type: 'application/json' });
}

/** Build and download a JSON export; returns the file name and size. */
export async function downloadJson(target: ExportTarget) {
	const file = await jsonFile(target);
	downloadBlob(file.name, file);
	return { name: file.name, size: file.size };
}

/** How "Send" ended: handed to the device's share sheet, downloaded instead, or cancelled. */
export type SendOutcome = { kind: 'shared' | 'downloaded' | 'cancelled'; name: string };

/**
 * Send an assessment's export file in one tap: through the Web Share API
 * (level 2, files) where the device can share files, else as a download.
 * A share the person cancels is not an error; any other failure throws.
 */
export async function sendJson(
	target: ExportTarget,
	title: string,
	nav: Pick<Navigator, 'canShare' | 'share'> | undefined = globalThis.navigator
): Promise<SendOutcome> {
	return shareOrDownload(await jsonFile(target), title, nav);
}

/**
 * Hand `file` to the device's share sheet where it can share files, else
 * download it. A share the person cancels is not an error; any other failure throws.
 */
export async function shareOrDownload(
	file: File,
	title: string,
	nav: Pick<Navigator, 'canShare' | 'share'> | undefined = globalThis.navigator
): Promise<SendOutcome> {
	const data: ShareData = { files: [file], title };
	if (
		typeof nav?.share === 'function' &&
		typeof nav.canShare === 'function' &&
		nav.canShare(data)
	) {
		try {
			await nav.share(data);
			return { kind: 'shared', name: file.name };
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError')
				return { kind: 'cancelled', name: file.name };
			throw error;
		}
	}
	downloadBlob(file.name, file);
	return { kind: 'downloaded', name: file.name };
}

/** Build and download the answer table as CSV (UTF-8 with BOM). */
export async function downloadCsv(
	target: ExportTarget,
	separator: CsvSeparator,
	lang: Locale,
	header: string[]
) {
	const file = await exportFile(target, false);
	const frameworks = [...(await listAll()), ...file.frameworkDefinitions];
	const rows = answerRows(
		file,
		(id, version) => frameworks.find((f) => f.id === id && f.version === version),
		lang,
		header
	);
	const name = exportFileName(nameParts(file), 'csv');
	const blob = new Blob([toCsv(rows, { separator, bom: true })], {
		type: 'text/csv;charset=utf-8'
	});
	downloadBlob(name, blob);
	return { name, size: blob.size };
}
