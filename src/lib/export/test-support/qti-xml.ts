// QTI 1.2 XML as the export tests read it (the Common Cartridge and the Canvas package write the
// same item format): one parser set-up, and the two helpers every reader of its tree needs.
import { XMLParser } from 'fast-xml-parser';

export type Node = Record<string, unknown>;

/** Attributes kept (as `@_name`), values left as text; `lists`: the elements always read as arrays. */
export function qtiParser(lists: string[]): XMLParser {
	return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, textNodeName: '#text', isArray: (name) => lists.includes(name) });
}

/** An element that may occur once, several times or not at all, as a list. */
export const arr = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value === undefined ? [] : [value as Node]);

/** An element's text, whether the parser gave a string or a node with attributes. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : String((value as Node | undefined)?.['#text'] ?? ''));
