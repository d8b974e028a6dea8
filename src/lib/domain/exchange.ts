/**
 * The export file format ("hrc-export"): one assessment, one city or
 * everything, as versioned JSON. Pure TypeScript + zod, shared by the app, the
 * web worker and the command line.
 *
 * Version history:
 * - 1: first release.
 */
import { z } from 'zod';
import { Answer, Assessment, City } from './assessment';
import { Framework } from './framework';

export const EXPORT_FORMAT = 'hrc-export';
export const EXPORT_FORMAT_VERSION = 1;

export const ExportScope = z.enum(['assessment', 'city', 'all']);
export type ExportScope = z.infer<typeof ExportScope>;

export const FrameworkRef = z.strictObject({
	id: z.string().min(1).max(64),
	version: z.string().regex(/^\d+\.\d+\.\d+$/)
});

/** What is checksummed: everything but the checksum itself. */
export const ExportPayload = z.strictObject({
	format: z.literal(EXPORT_FORMAT),
	formatVersion: z.literal(EXPORT_FORMAT_VERSION),
	appVersion: z.string().max(40),
	exportedAt: z.number().int().min(0),
	scope: ExportScope,
	/** framework id + version of every assessment in the file */
	frameworks: z.array(FrameworkRef).max(100),
	/** definitions that are not bundled with the app (user-loaded), so the file is self-contained */
	frameworkDefinitions: z.array(Framework).max(20).default([]),
	cities: z.array(City).max(10_000),
	assessments: z.array(Assessment).max(10_000),
	answers: z.array(Answer).max(500_000)
});
export type ExportPayload = z.infer<typeof ExportPayload>;

export const ExportFile = ExportPayload.extend({
	/** "sha256:" + hex SHA-256 of the canonical JSON of the payload (keys sorted) */
	checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/)
});
export type ExportFile = z.infer<typeof ExportFile>;
