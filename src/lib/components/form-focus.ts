/**
 * Focus for forms (issue 12, accessibility): a form that opens takes focus,
 * and an invalid form moves focus to its first invalid field, whose
 * aria-describedby names the error.
 */
import { tick } from 'svelte';

/** An attachment for a form that opens in place: focus its first field once shown. */
export function focusFirstField(form: HTMLFormElement) {
	const first = form.querySelector<HTMLElement>('input, textarea, select');
	first?.focus();
}

/** After the DOM shows the errors: focus the first field marked aria-invalid (true when one was). */
export async function focusFirstInvalid(form: HTMLFormElement | undefined): Promise<boolean> {
	await tick();
	const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
	field?.focus();
	return field !== undefined && field !== null;
}

/** Give focus back to the control that opened a form, once it is back in the page. */
export async function restoreFocus(get: () => HTMLElement | undefined) {
	await tick();
	get()?.focus();
}
