/**
 * The messages of the /data page (export, import, framework updates, delete all)
 * together with the app's: imported only by that page, so its 5 KB (gzip) of
 * text load with /data rather than on the first screen.
 */
import { appMessages } from './app';
import { mergeCatalogues } from './catalogue';
import exchange from './exchange';
import importErrors from './import-errors';
import importList from './import-list';
import largeLists from './large-lists';

export const dataMessages = mergeCatalogues(
	appMessages,
	exchange,
	importErrors,
	importList,
	largeLists
);

/** A key of a message on the /data page, its own or the app's. */
export type DataMessageKey = keyof typeof dataMessages.en & string;
