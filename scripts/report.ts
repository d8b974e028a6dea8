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
import { parseArgs as parseArgv, type ParseArgsConfig } from 'node:util';
import { bundledFrameworks, findFramework, isBundledFramework } from '$lib/domain/bundled';
import {
	DEFAULT_MAX_BYTES,
	canonicalJson,
	parseExportText,
	type ExportFile
} from '$lib/domain/exchange';
import { escapeControls as safe } from '$lib/domain/text';
import { buildAssessmentReport } from '$lib/report/assessment-report';
import { useNodeDeflate } from '$lib/report/deflate-node';
import { reportFileName } from '$lib/report/file-name';
import { loadFontsNode } from '$lib/report/fonts-node';
import { REPORT_LANGUAGES, type ReportLanguage } from '$lib/report/types';

export const USAGE = `Usage: npm run report -- <export.json> [--out report.pdf] [--lang en|pl|both] [--assessment <id or label>]

  <export.json>        a file exported from the app ("hrc-export", format version 1 or 2)
  --out <file>         where to write the PDF (default: <City>_<Assessment>_report_<lang>.pdf)
  --lang en|pl|both    language of the report (default: en; "both" = English and Polish)
  --assessment <x>     which assessment, by id or label, when the file holds several
  -h, --help           show this help
  --                   ends the options: what follows is the file, even if it starts with "-"`;

class UsageError extends Error {}
class InputError extends Error {}

interface Args {
	file: string;
	out?: string;
	lang: ReportLanguage;
	assessment?: string;
}

const OPTIONS = {
	out: { type: 'string' },
	lang: { type: 'string' },
	assessment: { type: 'string' },
	help: { type: 'boolean', short: 'h' }
} as const satisfies ParseArgsConfig['options'];

type Token = NonNullable<ReturnType<typeof parseArgv>['tokens']>[number];

/**
 * Walks the options in the order given: the first wrong one is reported (unknown,
 * without a value, given twice), unless --help comes before it.
 */
function checkOptions(tokens: Token[]): 'help' | undefined {
	const seen = new Set<string>();
	for (const t of tokens) {
		if (t.kind !== 'option') continue;
		const name = safe(t.rawName);
		if (!Object.hasOwn(OPTIONS, t.name)) throw new UsageError(`Unknown option ${name}.`);
		if (t.name === 'help') {
			if (t.value !== undefined) throw new UsageError(`${name} takes no value.`);
			return 'help';
		}
		if (t.value === undefined || t.value === '') throw new UsageError(`${name} needs a value.`);
		if (!t.inlineValue && t.value.startsWith('-'))
			throw new UsageError(
				`${name} needs a value; to give one that starts with "-", write ${name}=<value>.`
			);
		if (seen.has(t.name)) throw new UsageError(`${name} is given twice.`);
		seen.add(t.name);
	}
	return undefined;
}

export function parseArgs(argv: string[]): Args | 'help' {
	const config = { args: argv, options: OPTIONS, allowPositionals: true, tokens: true } as const;
	let parsed: ReturnType<typeof parseArgv<typeof config & { strict: true }>> | undefined;
	let strictError: unknown;
	try {
		parsed = parseArgv({ ...config, strict: true });
	} catch (e) {
		strictError = e;
	}
	// when strict parsing fails, a lenient pass finds the argument to blame
	if (checkOptions((parsed ?? parseArgv({ ...config, strict: false })).tokens) === 'help')
		return 'help';
	if (!parsed)
		throw new UsageError(
			safe(strictError instanceof Error ? strictError.message : `${strictError}`)
		);
	const { values, positionals } = parsed;
	if (positionals.length === 0) throw new UsageError('Give the export file to report on.');
	if (positionals.length > 1)
		throw new UsageError(
			`Give one export file, not ${positionals.length}: ${positionals.map(safe).join(', ')}.`
		);
	const lang = (values.lang ?? 'en') as ReportLanguage;
	if (!REPORT_LANGUAGES.includes(lang))
		throw new UsageError(`--lang must be en, pl or both, not "${safe(values.lang ?? '')}".`);
	return {
		file: positionals[0]!,
		out: values.out,
		lang,
		assessment: values.assessment
	};
}

/** Where the command line prints: a line to standard output, a line to standard error. */
export interface Output {
	out(line: string): void;
	err(line: string): void;
}

const consoleOutput: Output = {
	out: (line) => console.log(line),
	err: (line) => console.error(line)
};

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

export async function main(argv: string[], io: Output = consoleOutput): Promise<number> {
	try {
		const args = parseArgs(argv);
		if (args === 'help') {
			io.out(USAGE);
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
			io.err(
				`report: note: the file's definition of ${safe(id)} ${safe(version)} differs from the one built into this version; the built-in one is used.`
			);
		const city = data.cities.find((c) => c.id === assessment.cityId);
		const answers = data.answers.filter((a) => a.assessmentId === assessment.id);
		// version 2: the team's respondents and their answers give the report its team section
		const respondents = data.respondents.filter((r) => r.assessmentId === assessment.id);
		const respondentAnswers = data.respondentAnswers.filter(
			(a) => a.assessmentId === assessment.id
		);
		const started = performance.now();
		useNodeDeflate();
		const bytes = buildAssessmentReport(
			{ framework, city, assessment, answers, respondents, respondentAnswers },
			{
				lang: args.lang,
				fonts: await loadFontsNode(),
				appVersion: __APP_VERSION__
			}
		);
		const out = args.out ?? reportFileName(city?.name ?? '', assessment.label, args.lang);
		await writeFile(out, bytes);
		io.out(
			`Wrote ${safe(out)} (${Math.round(bytes.length / 1024)} KB, ${Math.round(performance.now() - started)} ms).`
		);
		return 0;
	} catch (e) {
		if (e instanceof UsageError) {
			io.err(`report: ${e.message}\n\n${USAGE}`);
			return 2;
		}
		// InputError messages escape the file's text themselves (their line breaks are ours)
		io.err(
			`report: ${e instanceof InputError ? e.message : safe(e instanceof Error ? e.message : String(e))}`
		);
		return 1;
	}
}
