/**
 * The state of a "Send" / "Download" pair of buttons (the results page's
 * assessment file, a respondent's response file): busy while one runs, then
 * what happened or why it failed, in the UI language.
 */
import { describeError } from '$lib/i18n/errors';
import { t } from '$lib/i18n/locale.svelte';
import type { SendOutcome } from '$lib/state/exchange.svelte';

export class SendAction {
	busy = $state(false);
	message = $state('');
	error = $state('');

	/** Run one action; its result text is shown, or the error. */
	async run(op: () => Promise<string>) {
		this.busy = true;
		this.message = '';
		this.error = '';
		try {
			this.message = await op();
		} catch (e) {
			this.error = t('send.failed', { detail: describeError(e) });
		} finally {
			this.busy = false;
		}
	}

	/** Share a file (or download it where sharing is not possible) and say what happened. */
	send(op: () => Promise<SendOutcome>) {
		return this.run(async () => {
			const r = await op();
			return r.kind === 'shared'
				? t('send.shared', { name: r.name })
				: r.kind === 'cancelled'
					? t('send.cancelled')
					: t('send.downloaded', { name: r.name });
		});
	}

	/** Download a file and say its name. */
	download(op: () => Promise<string>) {
		return this.run(async () => t('send.exported', { name: await op() }));
	}
}
