/** Font loading for Node (tests and the command line): read the TTFs from node_modules. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fontsFromBytes } from './fonts';
import type { ReportFonts } from './types';

const require = createRequire(import.meta.url);

let cached: Promise<ReportFonts> | undefined;

export function loadFontsNode(): Promise<ReportFonts> {
	cached ??= (async () => {
		const [regular, bold] = await Promise.all([
			readFile(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
			readFile(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'))
		]);
		return fontsFromBytes(new Uint8Array(regular), new Uint8Array(bold));
	})();
	return cached;
}
