import type { IDataObject } from 'n8n-workflow';

import { FieldValueError } from '../../engine/types';
import type { AttributeKind, TwimlVerb } from './verbs';

/**
 * TwiML as Twilio reads it and as twilio-node's builder writes it (lib/twiml/TwiML.js, on
 * xmlbuilder): the XML declaration, `<Response>`, each verb with its attributes in the order the
 * verb lists them, empty elements closed as `<Hangup/>`; `&`, `<` and `>` escaped in text, `&`,
 * `<` and `"` in attribute values; characters XML 1.0 forbids dropped.
 */

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

const allowed = (text: string) =>
	text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/** Text as XML character data. */
export const xmlText = (text: string) =>
	allowed(text).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

const xmlAttribute = (text: string) =>
	allowed(text).replace(/[&<"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '"': '&quot;' })[c]!);

/** One element: its attributes and its content (text or other elements, already XML). */
export function element(name: string, attributes: Array<[string, string]>, inner = ''): string {
	const written = attributes.map(([key, value]) => ` ${key}="${xmlAttribute(value)}"`).join('');
	return inner ? `<${name}${written}>${inner}</${name}>` : `<${name}${written}/>`;
}

/** A whole document from its verbs (already XML). */
export const response = (verbs: string[]) =>
	`${DECLARATION}${element('Response', [], verbs.join(''))}`;

/** One step of the editor: the verb's value, its fields, and its Options collection. */
export type TwimlStep = IDataObject & { verb?: string };

/** The attribute's value as TwiML writes it, or undefined when the step does not set it. */
function attributeValue(kind: AttributeKind, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof kind === 'object' && 'several' in kind) {
		const list = Array.isArray(value) ? value.map(String) : [String(value)];
		return list.length ? list.join(' ') : undefined;
	}
	if (kind === 'boolean') return value ? 'true' : 'false';
	return String(value);
}

/** The options collection of a verb's step: `sayOptions`, `gatherOptions`… */
export const optionsField = (verb: TwimlVerb) => `${verb.value}Options`;

/**
 * The TwiML document of the steps, in order. A step without what its verb needs is refused, naming
 * the step (`FieldValueError`, which the caller turns into the node's error for the item).
 */
export function renderSteps(verbs: readonly TwimlVerb[], steps: TwimlStep[]): string {
	return response(stepElements(verbs, steps));
}

/** Each step as its element (see `renderSteps`). */
export function stepElements(verbs: readonly TwimlVerb[], steps: TwimlStep[]): string[] {
	return steps.map((step, index) => {
		const verb = verbs.find(({ value }) => value === step.verb);
		const label = `Step ${index + 1}`;
		if (!verb) throw new FieldValueError(`${label} has no verb Twilio knows: ${String(step.verb)}`);
		const named = `${label} (${verb.name})`;
		const options = (step[optionsField(verb)] ?? {}) as IDataObject;
		const attributes = verb.attributes.flatMap(({ name, kind }): Array<[string, string]> => {
			const value = attributeValue(kind, options[name]);
			return value === undefined ? [] : [[name, value]];
		});
		const children = (verb.children ?? []).flatMap(({ field, element: child }) => {
			const text = String(step[field] ?? '').trim();
			if (!text) return [];
			const name = typeof child === 'string' ? child : String(step[child.field] ?? 'Number');
			return [element(name, [], xmlText(text))];
		});
		if (verb.value === 'dial' && !children.length)
			throw new FieldValueError(`${named}: To is empty: say whom to connect the caller to`);
		const text = verb.content ? String(step[verb.content.field] ?? '') : '';
		if (verb.content?.required && !text.trim())
			throw new FieldValueError(`${named}: ${verb.content.displayName} is empty`);
		const content =
			children.length && text && verb.content?.besideChildren
				? element(verb.content.besideChildren, [], xmlText(text))
				: xmlText(text);
		return element(verb.element, attributes, content + children.join(''));
	});
}
