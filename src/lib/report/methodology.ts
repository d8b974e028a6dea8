/** The report's methodology: the answer scale, scoring, provenance of the texts, sources. */
import type { Framework } from '$lib/domain/framework';
import { COLORS, CONTENT_WIDTH, Writer, type Row } from './layout';
import { reportText } from './strings';

export function methodology(w: Writer, framework: Framework): void {
	w.heading(w.s('methodology'), 1);
	w.heading(w.s('scale'), 2);
	for (const l of framework.scale.levels) {
		w.ensure(12);
		w.text(`${l.value} – ${w.tx(l.label)} (${l.value * 25})`, {
			size: 9.5,
			bold: true,
			after: 0.3
		});
		w.texts(w.txp(l.description), { size: 9, indent: 4, after: 1.2 });
	}
	for (const s of framework.scale.special) {
		w.ensure(12);
		w.text(w.tx(s.label), { size: 9.5, bold: true, after: 0.3 });
		w.texts(w.txp(s.description), { size: 9, indent: 4, after: 1.2 });
	}
	w.heading(w.s('scoring'), 2);
	w.texts(w.sp('scoringText'), { size: 9, after: 1.5 });
	w.texts(w.sp('naText'), { size: 9, after: 1.5 });
	w.heading(w.s('provenance'), 2);
	w.texts(w.sp('provenanceIntro'), { size: 9, after: 2 });
	const rows: Row[] = framework.elements.flatMap((el) =>
		el.items.map((item) => ({
			cells: [
				[item.id],
				w.txp(item.title),
				w.locales.map(
					(l) =>
						`${reportText(l, item.provenance.title === 'verified' ? 'provEnVerified' : 'provEnTopic')}; ${reportText(
							l,
							item.provenance.titlePl === 'official' ? 'provTitlePlOfficial' : 'provTitlePlProposed'
						)}`
				)
			]
		}))
	);
	w.table(
		[
			{ header: w.s('item'), width: 16 },
			{ header: w.s('titleCol'), width: CONTENT_WIDTH - 16 - 44 },
			{ header: w.s('provenanceCol'), width: 44 }
		],
		rows,
		8
	);
	w.heading(w.s('sources'), 2);
	for (const src of framework.sources) {
		w.texts(w.txp(src.citation), { size: 8.5, after: 0.5 });
		const ids = [src.isbn, src.doi && `doi: ${src.doi}`, src.url].filter(Boolean).join(' · ');
		if (ids) w.text(ids, { size: 8, color: COLORS.muted });
		w.space(2);
	}
	w.text(`${w.tx(framework.shortTitle)} – ${framework.id} ${w.s('version')} ${framework.version}`, {
		size: 8,
		color: COLORS.muted
	});
}
