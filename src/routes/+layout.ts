import { loadPageMessages } from '$lib/i18n/locale.svelte';
import type { LayoutLoad } from './$types';

export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';

/** Every page but the home page gets the rest of the messages before it renders (the first screen stays small). */
export const load: LayoutLoad = async ({ url }) => {
	if (url.pathname !== '/') await loadPageMessages();
};
