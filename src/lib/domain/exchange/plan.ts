/**
 * The import conflict policy, as one pure function: given a validated file,
 * a snapshot of what is stored and a strategy, `planImport` decides what
 * happens to every city, assessment, answer and framework definition of the
 * file. The database reads the snapshot and writes the result in the same
 * read-write transaction (db/import.ts); the preview runs it on a read-only
 * snapshot, so preview and import cannot disagree.
 *
 * The rules:
 * - a definition in the file is added unless it is bundled or already loaded;
 * - a city of the file is the stored city with its id ('same'), else the
 *   stored city (or a city earlier in the file) with the same `nameKey`
 *   ('merged'), else a new city ('new'), added only if something of the file
 *   is added to it ('skipped' when every assessment of it was kept);
 * - an assessment conflicts with a stored one with its id, or with its label
 *   (`nameKey`) in the same city; then 'keep' leaves the stored one, 'replace'
 *   deletes it (answers too) and adds the file's, 'copy' adds the file's under
 *   a new id (id conflict) and a free label "label (2)" (label conflict).
 */
import {
	byAssessment,
	isAnswered,
	newId as randomId,
	type Answer,
	type Assessment,
	type City
} from '../assessment';
import type { Respondent, RespondentAnswer } from '../team/respondent';
import { findFramework, isBundledFramework } from '../bundled';
import type { Framework } from '../framework';
import { allQuestions, frameworkKey } from '../framework-tree';
import { freeLabel } from '../labels';
import { nameKey } from '../text';
import { canonicalJson } from './canonical';
import type { ExportFile } from './format';

export type ImportStrategy = 'keep' | 'replace' | 'copy';

export interface AssessmentPlan {
	/** id in the file */
	fileId: string;
	label: string;
	cityName: string;
	frameworkKey: string;
	answered: number;
	/** questions in its framework, when the framework is known */
	total: number | undefined;
	/** an assessment with this id, or this label in the same city, is already stored */
	conflict: { kind: 'id' | 'label'; label: string } | null;
	/** what happened / would happen */
	outcome: 'added' | 'kept' | 'replaced' | 'copied';
	/** id it is stored under after import */
	id: string;
	/** label it is stored under after import */
	finalLabel: string;
}

export interface CityPlan {
	fileId: string;
	name: string;
	/**
	 * 'new': added; 'same': this city (same id) is stored; 'merged': a city with
	 * this name is stored; 'skipped': not on this device, but not added either,
	 * because every assessment of it in the file was skipped ("keep")
	 */
	match: 'new' | 'same' | 'merged' | 'skipped';
}

/** What an import does, as shown to the user. */
export interface ImportPlan {
	cities: CityPlan[];
	assessments: AssessmentPlan[];
	conflicts: number;
	frameworksAdded: string[];
}

/** What is stored, as far as importing one file needs to know (see `snapshotQuery`). */
export interface ImportSnapshot {
	/** every stored city (a city of the file may match any of them by name) */
	cities: readonly City[];
	/** the stored assessments `snapshotQuery` names; more do no harm */
	assessments: readonly Assessment[];
	/** loaded (not bundled) definitions the file refers to; more do no harm */
	frameworks: readonly Framework[];
}

/** Which stored records a snapshot for a file must hold, besides every stored city. */
export interface SnapshotQuery {
	/** assessments in these cities … */
	cityIds: string[];
	/** … and assessments with these ids */
	assessmentIds: string[];
	/** loaded definitions with these keys, as [id, version] */
	frameworks: [string, string][];
}

/** The writes an import makes, in this order, in one transaction. */
export interface ImportWrites {
	/** definitions to add */
	frameworks: Framework[];
	/** stored cities the file's version replaces (same id) */
	citiesToPut: City[];
	/** stored assessments to delete, with their answers */
	assessmentsToDelete: string[];
	citiesToAdd: City[];
	assessmentsToAdd: Assessment[];
	answersToPut: Answer[];
	/** respondents of the assessments added, and their answers (v2) */
	respondentsToPut: Respondent[];
	respondentAnswersToPut: RespondentAnswer[];
}

export interface PlannedImport {
	plan: ImportPlan;
	writes: ImportWrites;
}

/** Code-unit order of ids, as IndexedDB keeps them. */
const idOrder = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The stored records `planImport` looks at: assessments that share an id with
 * the file or live in a city the file's cities can land in (same id or same
 * name), and the loaded definitions of the frameworks the file names.
 */
export function snapshotQuery(file: ExportFile, storedCities: readonly City[]): SnapshotQuery {
	const names = new Set(file.cities.map((c) => nameKey(c.name)));
	const cityIds = new Set(file.cities.map((c) => c.id));
	for (const c of storedCities) if (names.has(nameKey(c.name))) cityIds.add(c.id);
	const frameworks = new Map<string, [string, string]>();
	for (const f of [...file.frameworks, ...file.frameworkDefinitions])
		if (!isBundledFramework(f.id, f.version)) frameworks.set(frameworkKey(f), [f.id, f.version]);
	return {
		cityIds: [...cityIds],
		assessmentIds: file.assessments.map((a) => a.id),
		frameworks: [...frameworks.values()]
	};
}

/** `rows` added at the end of `list`: at once (no loop) when they are not too many for one call. */
function appendAll<T>(list: T[], rows: readonly T[]): void {
	if (rows.length <= 1000) list.push(...rows);
	else for (const row of rows) list.push(row);
}

/** How many of these answers have a level or a special answer (not only a comment). */
function countAnswered(answers: readonly Answer[]): number {
	let n = 0;
	for (const a of answers) if (isAnswered(a)) n++;
	return n;
}

/**
 * Decide what importing `file` does to a device holding `snapshot`. Pure:
 * `newId` makes the ids of copies (random by default).
 */
export function planImport(
	file: ExportFile,
	snapshot: ImportSnapshot,
	strategy: ImportStrategy,
	newId: () => string = randomId
): PlannedImport {
	const plan: ImportPlan = { cities: [], assessments: [], conflicts: 0, frameworksAdded: [] };
	const writes: ImportWrites = {
		frameworks: [],
		citiesToPut: [],
		assessmentsToDelete: [],
		citiesToAdd: [],
		assessmentsToAdd: [],
		answersToPut: [],
		respondentsToPut: [],
		respondentAnswersToPut: []
	};

	const loaded = new Set(snapshot.frameworks.map(frameworkKey));
	for (const fw of file.frameworkDefinitions) {
		const key = frameworkKey(fw);
		if (isBundledFramework(fw.id, fw.version) || loaded.has(key)) continue;
		loaded.add(key);
		plan.frameworksAdded.push(key);
		writes.frameworks.push(fw);
	}

	// names are compared by nameKey, many times over: compute each once
	const keys = new Map<string, string>();
	const keyOf = (name: string) => {
		let key = keys.get(name);
		if (key === undefined) keys.set(name, (key = nameKey(name)));
		return key;
	};

	const { cityTarget, newCities } = matchCities(file, snapshot, strategy, plan, writes, keyOf);

	const answersOf = byAssessment(file.answers);
	const respondentsOf = byAssessment(file.respondents);
	const responsesOf = byAssessment(file.respondentAnswers);

	// stored assessments in key order, kept in step with what the plan adds and deletes
	const stored = new Map([...snapshot.assessments].sort(idOrder).map((a) => [a.id, a]));
	const snapshotIds = new Set(stored.keys());
	// the same, per city (in the same order): the assessments of a city are looked up for every
	// assessment of the file, and scanning all of them each time grew with the square of the file
	const inCity = new Map<string, Map<string, Assessment>>();
	const store = (a: Assessment) => {
		stored.set(a.id, a);
		let m = inCity.get(a.cityId);
		if (!m) inCity.set(a.cityId, (m = new Map()));
		m.set(a.id, a);
	};
	const unstore = (a: Assessment) => {
		stored.delete(a.id);
		inCity.get(a.cityId)?.delete(a.id);
	};
	for (const a of stored.values()) store(a);
	const totals = new Map<string, number | undefined>();
	const toAdd: Assessment[] = [];

	for (const a of file.assessments) {
		const target = cityTarget.get(a.cityId)!;
		const answers = answersOf.get(a.id) ?? [];
		const fwKey = `${a.frameworkId}@${a.frameworkVersion}`;
		if (!totals.has(fwKey)) {
			const fw = findFramework(
				a.frameworkId,
				a.frameworkVersion,
				file.frameworkDefinitions,
				snapshot.frameworks
			);
			totals.set(fwKey, fw ? allQuestions(fw).length : undefined);
		}
		const siblings = [...(inCity.get(target.id)?.values() ?? [])];
		const byId = stored.get(a.id);
		const labelKey = keyOf(a.label);
		const byLabel = siblings.find((s) => s.id !== a.id && keyOf(s.label) === labelKey);
		const conflict = byId
			? { kind: 'id' as const, label: byId.label }
			: byLabel
				? { kind: 'label' as const, label: byLabel.label }
				: null;
		const entry: AssessmentPlan = {
			fileId: a.id,
			label: a.label,
			cityName: target.name,
			frameworkKey: fwKey,
			answered: countAnswered(answers),
			total: totals.get(fwKey),
			conflict,
			outcome: 'added',
			id: a.id,
			finalLabel: a.label
		};
		plan.assessments.push(entry);
		if (conflict) plan.conflicts++;

		let record: Assessment = { ...a, cityId: target.id };
		if (conflict && strategy === 'keep') {
			const kept = (byId ?? byLabel)!;
			entry.outcome = 'kept';
			entry.id = kept.id;
			entry.finalLabel = kept.label;
			continue;
		}
		if (conflict && strategy === 'replace') {
			entry.outcome = 'replaced';
			for (const old of [byId, byLabel])
				if (old) {
					unstore(old);
					// one added earlier from this same file is not stored yet: it stays added
					if (snapshotIds.delete(old.id)) writes.assessmentsToDelete.push(old.id);
				}
		}
		if (conflict && strategy === 'copy') {
			entry.outcome = 'copied';
			const id = byId ? newId() : a.id;
			const label = freeLabel(a.label, new Set(siblings.map((s) => keyOf(s.label))));
			record = { ...record, id, label };
			entry.id = id;
			entry.finalLabel = label;
		}
		store(record);
		toAdd.push(record);
		if (record.id === a.id) appendAll(writes.answersToPut, answers);
		else for (const x of answers) writes.answersToPut.push({ ...x, assessmentId: record.id });
		// the team comes along; a copy gets respondents of its own (new ids)
		const copied = record.id !== a.id;
		const newRespondentId = new Map<string, string>();
		for (const r of respondentsOf.get(a.id) ?? []) {
			const id = copied ? newId() : r.id;
			newRespondentId.set(r.id, id);
			writes.respondentsToPut.push(copied ? { ...r, id, assessmentId: record.id } : r);
		}
		for (const x of responsesOf.get(a.id) ?? [])
			writes.respondentAnswersToPut.push(
				copied
					? { ...x, assessmentId: record.id, respondentId: newRespondentId.get(x.respondentId)! }
					: x
			);
	}

	// A new city is added unless all its assessments in the file were skipped
	// ("keep"): a city exported without assessments is still added.
	const used = new Set(toAdd.map((a) => a.cityId));
	const skipped = new Set(file.assessments.map((a) => a.cityId).filter((id) => !used.has(id)));
	for (const c of plan.cities) if (c.match === 'new' && skipped.has(c.fileId)) c.match = 'skipped';
	writes.citiesToAdd = [...newCities.values()].filter((c) => !skipped.has(c.id));
	writes.assessmentsToAdd = toAdd;
	return { plan, writes };
}

/**
 * Where each city of the file lands: the stored city with its id, a stored
 * city (or one earlier in the file) with its name, or itself as a new city.
 * With 'replace', a stored city with the file's id takes the file's version
 * (keeping its stored name if the file's name is another stored city's).
 */
function matchCities(
	file: ExportFile,
	snapshot: ImportSnapshot,
	strategy: ImportStrategy,
	plan: ImportPlan,
	writes: ImportWrites,
	keyOf: (name: string) => string
) {
	// stored cities in key order, kept in step with the ones the plan replaces
	const stored = [...snapshot.cities].sort(idOrder);
	const index = new Map(stored.map((c, i) => [c.id, i]));
	const cityTarget = new Map<string, City>();
	/** cities of the file not on this device, by nameKey */
	const newCities = new Map<string, City>();
	for (const city of file.cities) {
		const i = index.get(city.id);
		if (i !== undefined) {
			const same = stored[i]!;
			plan.cities.push({ fileId: city.id, name: same.name, match: 'same' });
			cityTarget.set(city.id, same);
			if (strategy === 'replace' && canonicalJson(same) !== canonicalJson(city)) {
				const key = keyOf(city.name);
				const clash = stored.some((c) => c.id !== city.id && keyOf(c.name) === key);
				const record = clash ? { ...city, name: same.name } : city;
				stored[i] = record;
				writes.citiesToPut.push(record);
			}
			continue;
		}
		const key = keyOf(city.name);
		const byName = stored.find((c) => keyOf(c.name) === key) ?? newCities.get(key);
		if (byName) {
			plan.cities.push({ fileId: city.id, name: byName.name, match: 'merged' });
			cityTarget.set(city.id, byName);
			continue;
		}
		// added after the assessments are resolved: only if something of the file uses it
		plan.cities.push({ fileId: city.id, name: city.name, match: 'new' });
		cityTarget.set(city.id, city);
		newCities.set(key, city);
	}
	return { cityTarget, newCities };
}
