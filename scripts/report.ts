/**
 * Command line: the PDF report of an exported assessment, made by the same
 * code as the app's "Download PDF report" button.
 *
 *   npm run report -- <export.json> [--out report.pdf] [--lang en|pl|both] [--assessment <id or label>]
 *
 * Exit codes: 0 written; 1 bad file or generation error; 2 wrong arguments.
 *
 * Whatever it prints that comes from the file (names, labels, ids, the JSON
 * parser's quote of it) goes through `escapeControls` first: a file cannot
 * send control sequences to the terminal.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { bundledFrameworks, findFramework, isBundledFramework } from '$lib/domain/bundled';
import {
	DEFAULT_MAX_BYTES,
	canonicalJson,
	parseExportText,
	type ExportFile
} from '$lib/domain/exchange';
import { escapeControls as safe } from '$lib/domain/text';
import { buildAssessmentReport } from '$lib/report/assessment-report';
import { reportFileName } from '$lib/report/file-name';
import { loadFontsNode } from '$lib/report/fonts-node';
import { REPORT_LANGUAGES, type ReportLanguage } from '$lib/report/types';

export const USAGE = `Usage: npm run report -- <export.json> [--out report.pdf] [--lang en|pl|both] [--assessment <id or label>]

  <export.json>        a file exported from the app ("hrc-export", format version 1)
  --out <file>         where to write the PDF (default: <City>_<Assessment>_report_<lang>.pdf)
  --lang en|pl|both    language of the report (default: en; "both" = English and Polish)
  --assessment <x>     which assessment, by id or label, when the file holds several`;

class UsageError extends Error {}
class InputError extends Error {}

interface Args {
	file: string;
	out?: string;
	lang: ReportLanguage;
	assessment?: string;
}

export function parseArgs(argv: string[]): Args | 'help' {
	const positional: string[] = [];
	const opts: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--help' || a === '-h') return 'help';
		if (a.startsWith('--')) {
			const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
			if (!['out', 'lang', 'assessment'].includes(name))
				throw new UsageError(`Unknown option --${safe(name)}.`);
			const value = inline ?? argv[++i];
			if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
				throw new UsageError(`--${name} needs a value.`);
			if (name in opts) throw new UsageError(`--${name} is given twice.`);
			opts[name] = value;
		} else positional.push(a);
	}
	if (positional.length === 0) throw new UsageError('Give the export file to report on.');
	if (positional.length > 1)
		throw new UsageError(
			`Give one export file, not ${positional.length}: ${positional.map(safe).join(', ')}.`
		);
	const lang = (opts.lang ?? 'en') as ReportLanguage;
	if (!REPORT_LANGUAGES.includes(lang))
		throw new UsageError(`--lang must be en, pl or both, not "${safe(opts.lang ?? '')}".`);
	return {
		file: positional[0]!,
		out: opts.out,
		lang,
		assessment: opts.assessment
	};
}

async function readExport(file: string): Promise<ExportFile> {
	let size: number;
	try {
		const s = await stat(file);
		if (!s.isFile()) throw new InputError(`${safe(file)} is not a file.`);
		size = s.size;
	} catch (e) {
		if (e instanceof InputError) throw e;
		throw new InputError(
			`Cannot read ${safe(file)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : safe((e as Error).message)}.`
		);
	}
	// the size is checked before anything is read or parsed
	if (size > DEFAULT_MAX_BYTES)
		throw new InputError(
			`${safe(file)} is too large (${Math.round(size / 1048576)} MB) for an export file.`
		);
	// the same checks as the app's import: JSON safety, schema, version, checksum, integrity
	const result = await parseExportText(await readFile(file, 'utf8'), {
		frameworks: bundledFrameworks
	});
	if (!result.ok)
		throw new InputError(
			`${safe(file)} cannot be used:\n${result.errors.map((e) => `  ${e.path ? `${safe(e.path)}: ` : ''}${safe(e.message)}`).join('\n')}`
		);
	return result.file;
}

function pickAssessment(data: ExportFile, wanted: string | undefined) {
	const list = data.assessments;
	const describe = (a: (typeof list)[number]) =>
		`  ${safe(a.id)}  ${safe(data.cities.find((c) => c.id === a.cityId)?.name ?? '?')} – ${safe(a.label)}`;
	if (list.length === 0) throw new InputError('The file holds no assessment.');
	if (wanted === undefined) {
		if (list.length === 1) return list[0]!;
		throw new UsageError(
			`The file holds ${list.length} assessments; choose one with --assessment <id or label>:\n${list.map(describe).join('\n')}`
		);
	}
	const byId = list.find((a) => a.id === wanted);
	if (byId) return byId;
	const byLabel = list.filter((a) => a.label.toLocaleLowerCase() === wanted.toLocaleLowerCase());
	if (byLabel.length === 1) return byLabel[0]!;
	throw new UsageError(
		`${byLabel.length > 1 ? `Several assessments are labelled "${safe(wanted)}"; use the id` : `No assessment "${safe(wanted)}" in the file`}:\n${list.map(describe).join('\n')}`
	);
}

export async function main(argv: string[]): Promise<number> {
	try {
		const args = parseArgs(argv);
		if (args === 'help') {
			console.log(USAGE);
			return 0;
		}
		const data = await readExport(args.file);
		const assessment = pickAssessment(data, args.assessment);
		const { frameworkId: id, frameworkVersion: version } = assessment;
		// the bundled definition first, as in the app: a file cannot replace it
		const framework = findFramework(id, version, data.frameworkDefinitions);
		if (!framework)
			throw new InputError(
				`The framework ${safe(id)} ${safe(version)} of this assessment is neither in the file nor bundled with this version.`
			);
		const shadow = data.frameworkDefinitions.find((f) => f.id === id && f.version === version);
		if (
			shadow &&
			isBundledFramework(id, version) &&
			canonicalJson(shadow) !== canonicalJson(framework)
		)
			console.error(
				`report: note: the file's definition of ${safe(id)} ${safe(version)} differs from the one built into this version; the built-in one is used.`
			);
		const city = data.cities.find((c) => c.id === assessment.cityId);
		const answers = data.answers.filter((a) => a.assessmentId === assessment.id);
		const started = performance.now();
		const bytes = buildAssessmentReport(
			{ framework, city, assessment, answers },
			{
				lang: args.lang,
				fonts: await loadFontsNode(),
				appVersion: __APP_VERSION__
			}
		);
		const out = args.out ?? reportFileName(city?.name ?? '', assessment.label, args.lang);
		await writeFile(out, bytes);
		console.log(
			`Wrote ${safe(out)} (${Math.round(bytes.length / 1024)} KB, ${Math.round(performance.now() - started)} ms).`
		);
		return 0;
	} catch (e) {
		if (e instanceof UsageError) {
			console.error(`report: ${e.message}\n\n${USAGE}`);
			return 2;
		}
		// InputError messages escape the file's text themselves (their line breaks are ours)
		console.error(
			`report: ${e instanceof InputError ? e.message : safe(e instanceof Error ? e.message : String(e))}`
		);
		return 1;
	}
}
