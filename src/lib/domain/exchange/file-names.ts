/** File names of exports: an ASCII slug of the city and label, and the local date. */

const TRANSLIT: Record<string, string> = {
	ą: 'a',
	ć: 'c',
	ę: 'e',
	ł: 'l',
	ń: 'n',
	ó: 'o',
	ś: 's',
	ź: 'z',
	ż: 'z',
	Ą: 'A',
	Ć: 'C',
	Ę: 'E',
	Ł: 'L',
	Ń: 'N',
	Ó: 'O',
	Ś: 'S',
	Ź: 'Z',
	Ż: 'Z',
	ß: 'ss',
	æ: 'ae',
	Æ: 'AE',
	ø: 'o',
	Ø: 'O',
	đ: 'd',
	Đ: 'D',
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'h',
	ґ: 'g',
	д: 'd',
	е: 'e',
	є: 'ye',
	ё: 'yo',
	ж: 'zh',
	з: 'z',
	и: 'y',
	і: 'i',
	ї: 'yi',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya'
};

/** A file-name-safe ASCII slug: Polish (and Cyrillic) letters transliterated, others dropped. */
export function slug(text: string, fallback = 'x'): string {
	const out = Array.from(text, (ch) => {
		const lower = ch.toLowerCase();
		if (TRANSLIT[ch] !== undefined) return TRANSLIT[ch];
		if (TRANSLIT[lower] !== undefined) {
			const t = TRANSLIT[lower];
			return t.charAt(0).toUpperCase() + t.slice(1);
		}
		return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	})
		.join('')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return out || fallback;
}

/** e.g. "hrc_Lodz_Baseline-2026_2026-11-25.json", "hrc_all_2026-11-25.csv". */
export function exportFileName(
	parts: { city?: string; label?: string; date: number },
	ext: 'json' | 'csv'
): string {
	const d = new Date(parts.date);
	const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	const name = [
		'hrc',
		parts.city === undefined ? 'all' : slug(parts.city, 'city'),
		...(parts.label === undefined ? [] : [slug(parts.label, 'assessment')]),
		day
	];
	return `${name.join('_')}.${ext}`;
}
