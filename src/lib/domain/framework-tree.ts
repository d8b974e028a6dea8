/**
 * Walking a framework definition: no schema (zod-free, so the first screen
 * can use it). Import these from here, not through framework.ts (zod).
 */
import type { Element, Framework, Item } from './framework';

/** Every question of a framework in reading order, with its element and item. */
export function allQuestions(fw: Framework) {
	return fw.elements.flatMap((element) =>
		element.items.flatMap((item) => item.questions.map((question) => ({ element, item, question })))
	);
}

/** Every item of a framework in reading order, with its element. */
export function allItems(fw: Framework): { element: Element; item: Item }[] {
	return fw.elements.flatMap((element) => element.items.map((item) => ({ element, item })));
}

export function frameworkKey(fw: { id: string; version: string }): string {
	return `${fw.id}@${fw.version}`;
}
