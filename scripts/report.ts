/**
 * Command line: the PDF report of an exported assessment, made by the same
 * code as the app's "Download PDF report" button.
 *
 *   npm run report -- <export.json> [--out report.pdf] [--lang en|pl|both] [--assessment <id or label>]
 *
 * Exit codes: 0 written; 1 bad file or generation error; 2 wrong arguments.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { bundledFrameworks } from '$lib/domain/bundled';
import { DEFAULT_MAX_BYTES, parseExportText, type ExportFile } from '$lib/domain/exchange';
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
				throw new UsageError(`Unknown option --${name}.`);
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
			`Give one export file, not ${positional.length}: ${positional.join(', ')}.`
		);
	const lang = (opts.lang ?? 'en') as ReportLanguage;
	if (!REPORT_LANGUAGES.includes(lang))
		throw new UsageError(`--lang must be en, pl or both, not "${opts.lang}".`);
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
		if (!s.isFile()) throw new InputError(`${file} is not a file.`);
		size = s.size;
	} catch (e) {
		if (e instanceof InputError) throw e;
		throw new InputError(
			`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`
		);
	}
	// the size is checked before anything is read or parsed
	if (size > DEFAULT_MAX_BYTES)
		throw new InputError(
			`${file} is too large (${Math.round(size / 1048576)} MB) for an export file.`
		);
	// the same checks as the app's import: JSON safety, schema, version, checksum, integrity
	const result = await parseExportText(await readFile(file, 'utf8'), {
		frameworks: bundledFrameworks
	});
	if (!result.ok)
		throw new InputError(
			`${file} cannot be used:\n${result.errors.map((e) => `  ${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n')}`
		);
	return result.file;
}

function pickAssessment(data: ExportFile, wanted: string | undefined) {
	const list = data.assessments;
	const describe = (a: (typeof list)[number]) =>
		`  ${a.id}  ${data.cities.find((c) => c.id === a.cityId)?.name ?? '?'} – ${a.label}`;
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
		`${byLabel.length > 1 ? `Several assessments are labelled "${wanted}"; use the id` : `No assessment "${wanted}" in the file`}:\n${list.map(describe).join('\n')}`
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
		const framework = [...data.frameworkDefinitions, ...bundledFrameworks].find(
			(f) => f.id === assessment.frameworkId && f.version === assessment.frameworkVersion
		);
		if (!framework)
			throw new InputError(
				`The framework ${assessment.frameworkId} ${assessment.frameworkVersion} of this assessment is neither in the file nor bundled with this version.`
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
			`Wrote ${out} (${Math.round(bytes.length / 1024)} KB, ${Math.round(performance.now() - started)} ms).`
		);
		return 0;
	} catch (e) {
		if (e instanceof UsageError) {
			console.error(`report: ${e.message}\n\n${USAGE}`);
			return 2;
		}
		console.error(`report: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}
