/** The message keys of the app, for code that passes keys around (the messages are in domain/messages). */
export type { MessageKey } from '$lib/domain/messages/app';
export type { DataMessageKey } from '$lib/domain/messages/data';
