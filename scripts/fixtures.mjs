/**
 * Test fixtures for the export format, in plain JavaScript so that both the
 * unit tests (vitest) and the browser benchmark (node + Playwright) can use
 * them: `makeData({ cities, assessmentsPerCity, answers })` builds cities,
 * assessments and answers against the bundled FRA framework, with long
 * Polish, Cyrillic and emoji comments; `makeExportFile(data)` wraps them in a
 * checksummed export file (format v1), computed the same way as the app does.
 */
import { readFileSync } from 'node:fs';

const framework = JSON.parse(
	readFileSync(new URL('../frameworks/fra-hrc/framework.json', import.meta.url), 'utf8')
);
export const frameworkRef = { id: framework.id, version: framework.version };
export const questionIds = framework.elements.flatMap((e) =>
	e.items.flatMap((i) => i.questions.map((q) => q.id))
);

const TEXTS = [
	'Zażółć gęślą jaźń — rada miasta przyjęła uchwałę nr XII/345/2026 w sprawie równego traktowania; źródło: Biuletyn Informacji Publicznej.',
	'Київ і Львів: міська рада ухвалила стратегію прав людини; відповідальний — відділ соціальної політики. Щёлково, Ёлка.',
	'Emoji check 🏙️👩🏽‍⚖️🇪🇺🇵🇱 — “quotes”, ‘apostrophes’, a;semicolon, a,comma, "double quotes" and\nnew lines\r\nCRLF.',
	'=SUM(A1:A9) +cmd -1 @import <script>alert(1)</script> <img src=x onerror=alert(2)> javascript:alert(3) \u202Eevil'
];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const CITY_NAMES = [
	'Łódź',
	'Gdańsk',
	'Kraków',
	'Wrocław',
	'Białystok',
	'Zielona Góra',
	'Львів',
	'Utrecht',
	'Graz',
	'Świętochłowice',
	'Bielsko-Biała',
	'Częstochowa'
];

/**
 * @param {{ cities?: number, assessmentsPerCity?: number, answers?: number, seed?: number, commentLength?: number }} o
 * `answers`: total answers (spread over as many assessments as needed, one per question of each assessment at most)
 */
export function makeData(o = {}) {
	const random = rng(o.seed ?? 1);
	const nCities = o.cities ?? 3;
	const perCity = o.assessmentsPerCity ?? 2;
	const commentLength = o.commentLength ?? 1500;
	let remaining = o.answers ?? nCities * perCity * questionIds.length;
	const base = Date.UTC(2026, 10, 25, 9, 0, 0);
	const id = (prefix, n) => `${prefix}${String(n).padStart(6, '0')}${Math.floor(random() * 1e6)}`;
	const cities = [];
	const assessments = [];
	const answers = [];
	let a = 0;
	for (let c = 0; c < nCities || remaining > 0; c++) {
		const city = {
			id: id('c', c),
			name: `${CITY_NAMES[c % CITY_NAMES.length]}${c >= CITY_NAMES.length ? ` ${Math.floor(c / CITY_NAMES.length) + 1}` : ''}`,
			country: c % 3 === 0 ? 'Polska' : c % 3 === 1 ? 'Україна' : 'EU 🇪🇺',
			notes: TEXTS[c % TEXTS.length],
			createdAt: base + c * 1000,
			updatedAt: base + c * 1000 + 17
		};
		cities.push(city);
		for (let k = 0; k < perCity && (o.answers === undefined || remaining > 0); k++, a++) {
			const assessment = {
				id: id('a', a),
				cityId: city.id,
				frameworkId: frameworkRef.id,
				frameworkVersion: frameworkRef.version,
				label: k === 0 ? 'Baseline 2026 — diagnoza' : `Warsztat ${k + 1} «Київ» 🚀`,
				status: k % 2 === 0 ? 'complete' : 'draft',
				participants: 'Anna Żółkiewska, Олена Шевченко, Zoë 🙂',
				createdAt: base + a * 2000,
				updatedAt: base + a * 2000 + 999
			};
			assessments.push(assessment);
			const n = Math.min(
				questionIds.length,
				o.answers === undefined ? questionIds.length : remaining
			);
			for (let q = 0; q < n; q++) {
				const r = random();
				let comment = '';
				while (comment.length < commentLength * r) comment += TEXTS[(q + a) % TEXTS.length] + ' ';
				answers.push({
					assessmentId: assessment.id,
					questionId: questionIds[q],
					value: r < 0.08 ? 'na' : r < 0.14 ? 'dk' : r < 0.18 ? null : Math.floor(r * 5) % 5,
					comment,
					evidence:
						r < 0.5
							? []
							: ['https://bip.example.pl/uchwała/345', 'Raport „Prawa człowieka” 2025, s. 12'],
					updatedAt: base + a * 2000 + q,
					rev: 1 + (q % 4)
				});
			}
			remaining -= n;
		}
	}
	return { cities, assessments, answers };
}

function sortKeys(value) {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === 'object') {
		const out = {};
		for (const key of Object.keys(value).sort())
			if (value[key] !== undefined) out[key] = sortKeys(value[key]);
		return out;
	}
	return value;
}

export async function checksumOf(payload) {
	const rest = { ...payload };
	delete rest.checksum;
	const bytes = new TextEncoder().encode(JSON.stringify(sortKeys(rest)));
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
	return (
		'sha256:' + Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
	);
}

/** A checksummed export file of scope "all" holding `data`. */
export async function makeExportFile(data, exportedAt = Date.UTC(2026, 10, 25, 12, 0, 0)) {
	const payload = {
		format: 'hrc-export',
		formatVersion: 2,
		appVersion: '0.1.0',
		exportedAt,
		scope: 'all',
		frameworks: [frameworkRef],
		frameworkDefinitions: [],
		cities: data.cities,
		assessments: data.assessments,
		answers: data.answers,
		respondents: data.respondents ?? [],
		respondentAnswers: data.respondentAnswers ?? []
	};
	return { ...payload, checksum: await checksumOf(payload) };
}
