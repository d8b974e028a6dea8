/** Builders for the planImport tests: records, files and snapshots in a few words. */
import type { Answer, Assessment, City } from '../assessment';
import { defaultFramework } from '../bundled';
import type { Framework } from '../framework';
import { allQuestions } from '../framework-tree';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFile } from './format';
import { planImport, type ImportSnapshot, type ImportStrategy, type PlannedImport } from './plan';

export const T = Date.UTC(2026, 10, 1);
export const BUNDLED_TOTAL = allQuestions(defaultFramework).length;

export const city = (id: string, name: string, extra: Partial<City> = {}): City => ({
	id,
	name,
	country: '',
	notes: '',
	createdAt: T,
	updatedAt: T,
	...extra
});

export const assessment = (
	id: string,
	cityId: string,
	label: string,
	extra: Partial<Assessment> = {}
): Assessment => ({
	id,
	cityId,
	frameworkId: defaultFramework.id,
	frameworkVersion: defaultFramework.version,
	label,
	status: 'draft',
	participants: '',
	createdAt: T,
	updatedAt: T,
	...extra
});

export const answer = (
	assessmentId: string,
	questionId: string,
	value: Answer['value'] = 2
): Answer => ({
	assessmentId,
	questionId,
	value,
	comment: '',
	evidence: [],
	updatedAt: T,
	rev: 0
});

/** A file as the reader returns it (planImport trusts it is valid; the checksum is not its business). */
export function file(parts: Partial<ExportFile>): ExportFile {
	const assessments = parts.assessments ?? [];
	const refs = new Map(
		assessments.map((a) => [
			`${a.frameworkId}@${a.frameworkVersion}`,
			{ id: a.frameworkId, version: a.frameworkVersion }
		])
	);
	return {
		format: EXPORT_FORMAT,
		formatVersion: EXPORT_FORMAT_VERSION,
		appVersion: '0.0.0',
		exportedAt: T,
		scope: 'all',
		frameworks: [...refs.values()],
		frameworkDefinitions: [],
		cities: [],
		answers: [],
		respondents: [],
		respondentAnswers: [],
		checksum: `sha256:${'0'.repeat(64)}`,
		...parts,
		assessments
	};
}

export const snapshot = (parts: Partial<ImportSnapshot> = {}): ImportSnapshot => ({
	cities: [],
	assessments: [],
	frameworks: [],
	...parts
});

/** Ids for copies, in order: copy1, copy2… */
function ids() {
	let n = 0;
	return () => `copy${++n}`;
}

export const plan = (f: ExportFile, s: ImportSnapshot, strategy: ImportStrategy): PlannedImport =>
	planImport(f, s, strategy, ids());

export function nextVersion(version = '1.1.0'): Framework {
	const fw = structuredClone(defaultFramework);
	fw.version = version;
	fw.elements[0]!.items[0]!.questions.splice(1);
	return fw;
}

/** Stored: Kraków with "Baseline"; the file: the same city (id) with the same assessment (id). */
export function sameIdCase() {
	const storedCity = city('cityKrk1', 'Kraków');
	const stored = assessment('assess01', 'cityKrk1', 'Baseline');
	const fileAssessment = { ...stored, updatedAt: T + 1, status: 'complete' as const };
	const f = file({
		cities: [storedCity],
		assessments: [fileAssessment],
		answers: [answer('assess01', 'F1.1', 3), answer('assess01', 'F1.2', null)]
	});
	return { f, s: snapshot({ cities: [storedCity], assessments: [stored] }), stored };
}
