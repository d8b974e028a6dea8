import { describe, expect, it } from 'vitest';
import {
	comparisonFileName,
	exportFileName,
	localDay,
	reportFileName,
	slug,
	teamFileName
} from './file-names';
import * as exchange from './exchange';

describe('file names (every file the app writes)', () => {
	const date = new Date(2026, 10, 25, 15).getTime();

	it('name exports by what they hold and the local day', () => {
		expect(exportFileName({ city: 'Łódź', label: 'Baseline 2026', date }, 'json')).toBe(
			'hrc_Lodz_Baseline-2026_2026-11-25.json'
		);
		expect(exportFileName({ date }, 'csv')).toBe('hrc_all_2026-11-25.csv');
	});

	it('name reports with the same transliteration as exports', () => {
		expect(reportFileName('Łódź', 'Baseline 2026', 'pl')).toBe('Lodz_Baseline-2026_report_pl.pdf');
		expect(reportFileName('Kraków', 'Ocena: wstępna/2026', 'both')).toBe(
			'Krakow_Ocena-wstepna-2026_report_en-pl.pdf'
		);
		// Cyrillic is transliterated in reports too (it used to become "report")
		expect(reportFileName('Львів', 'Осінь', 'en')).toBe('Lviv_Osin_report_en.pdf');
		expect(reportFileName('東京', '', 'en')).toBe('report_report_report_en.pdf');
	});

	it('date comparisons by the local day, not the UTC one', () => {
		// 00:30 local time on 25 November: still the 25th whatever the time zone
		const justAfterMidnight = new Date(2026, 10, 25, 0, 30);
		expect(comparisonFileName('pl', justAfterMidnight)).toBe('comparison_2026-11-25_report_pl.pdf');
		// saved from the Polish UI: Polish words, still ASCII (review S48)
		expect(comparisonFileName('both', justAfterMidnight, 'pl')).toBe(
			'porownanie_2026-11-25_raport_en-pl.pdf'
		);
		expect(reportFileName('Łódź', 'Ocena 2026', 'pl', 'pl')).toBe('Lodz_Ocena-2026_raport_pl.pdf');
		expect(reportFileName('東京', '', 'en', 'pl')).toBe('raport_raport_raport_en.pdf');
		expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});

	it('keep names safe: no paths, ASCII only, limited length', () => {
		expect(slug('Gdańsk Żółć ĘŚĄ')).toBe('Gdansk-Zolc-ESA');
		expect(slug('../../etc/passwd')).toBe('etc-passwd');
		expect(slug('Œuvre Þórsmörk ß')).toBe('OEuvre-Thorsmork-ss');
		expect(slug('ﬁne')).toBe('fine');
		expect(slug('🚀🚀', 'city')).toBe('city');
		expect(slug('a'.repeat(60))).toHaveLength(40);
		expect(slug('a b c d', 'x', 4)).toBe('a-b');
	});

	it('are the same functions at the old import path', () => {
		expect(exchange.slug).toBe(slug);
		expect(exchange.exportFileName).toBe(exportFileName);
	});
});

describe('team file names', () => {
	it('names invitations and responses after city, assessment and respondent, in ASCII', () => {
		const date = new Date(2026, 10, 25, 12).getTime();
		expect(
			teamFileName({ city: 'Kraków', label: '2026', respondent: 'Anna Nowak', date }, 'response')
		).toBe('Krakow_2026_response_Anna-Nowak.json');
		expect(teamFileName({ city: 'Łódź', label: 'Ocena 2026', date }, 'invitation')).toBe(
			'Lodz_Ocena-2026_invitation.json'
		);
		expect(teamFileName({ city: 'Łódź', label: 'Ocena', respondent: ' ', date }, 'response')).toBe(
			'Lodz_Ocena_response_2026-11-25.json'
		);
	});

	it('keeps nameless respondents’ responses of one day apart by their id', () => {
		const date = new Date(2026, 10, 25, 12).getTime();
		const name = (respondentId: string) =>
			teamFileName({ city: 'Łódź', label: 'Ocena', respondentId, date }, 'response');
		expect(name('k3Xq9ZpA1b')).toBe('Lodz_Ocena_response_2026-11-25_k3Xq9Z.json');
		expect(name('k3Xq9ZpA1b')).not.toBe(name('Pq7mN2aa1b'));
		// a named respondent keeps their name only
		expect(
			teamFileName(
				{ city: 'Łódź', label: 'Ocena', respondent: 'Jan', respondentId: 'k3Xq9Z', date },
				'response'
			)
		).toBe('Lodz_Ocena_response_Jan.json');
	});
});
