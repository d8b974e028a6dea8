/**
 * ConfirmDialog on demand: the home page lists cities and assessments, each
 * with a delete button, but a confirmation is rarely asked for, so the dialog
 * loads the first time one is opened instead of with the first screen.
 */
import type ConfirmDialog from './ConfirmDialog.svelte';

let loading: Promise<typeof ConfirmDialog> | undefined;

export function loadConfirmDialog(): Promise<typeof ConfirmDialog> {
	loading ??= import('./ConfirmDialog.svelte').then((m) => m.default);
	loading.catch(() => (loading = undefined));
	return loading;
}
