import type { Answer, Assessment, City } from '../src/lib/domain/assessment';
import type { ExportFile } from '../src/lib/domain/exchange';

export interface FixtureData {
	cities: City[];
	assessments: Assessment[];
	answers: Answer[];
}
export const frameworkRef: { id: string; version: string };
export const questionIds: string[];
export function makeData(o?: {
	cities?: number;
	assessmentsPerCity?: number;
	answers?: number;
	seed?: number;
	commentLength?: number;
}): FixtureData;
export function checksumOf(payload: object): Promise<string>;
export function makeExportFile(data: FixtureData, exportedAt?: number): Promise<ExportFile>;
