/**
 * Font loading in the browser (worker): the TTFs are separate static files,
 * precached by the service worker, fetched only when a report is asked for.
 */
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import { fontsFromBytes } from './fonts';
import type { ReportFonts } from './types';

async function fetchBytes(url: string): Promise<Uint8Array> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`Could not load the report font (${res.status}).`);
	return new Uint8Array(await res.arrayBuffer());
}

let cached: Promise<ReportFonts> | undefined;

export function loadFontsBrowser(): Promise<ReportFonts> {
	cached ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([r, b]) =>
		fontsFromBytes(r, b)
	);
	cached.catch(() => (cached = undefined));
	return cached;
}
