import type { INodeProperties } from 'n8n-workflow';

import { choicesOf as labelled } from '../basic';
import { optionsField } from './render';
import { DIAL_TARGETS, type TwimlAttribute, type TwimlVerb } from './verbs';

/**
 * The editor's list of TwiML steps for a set of verbs: each step a verb, the fields its content and
 * children take, and an Options collection of its documented attributes.
 */

/** Twilio's labels for its values (`record-from-answer` → Record From Answer), in name order. */
const NAMES: Record<string, string> = { dtmf: 'Keypad (DTMF)' };
const choicesOf = (values: readonly string[]) =>
	labelled(values)
		.map((option) => ({ ...option, name: NAMES[option.value as string] ?? option.name }))
		.sort((a, b) => a.name.localeCompare(b.name));

function attributeProperty(attribute: TwimlAttribute): INodeProperties {
	const { name, displayName, kind, description, placeholder } = attribute;
	const base = { displayName, name, description, ...(placeholder ? { placeholder } : {}) };
	if (kind === 'number') return { ...base, type: 'number', default: 0 };
	if (kind === 'boolean') return { ...base, type: 'boolean', default: false };
	if (kind === 'method')
		return {
			...base,
			type: 'options',
			options: choicesOf(['GET', 'POST']),
			default: 'POST',
		};
	if (typeof kind === 'object' && 'choices' in kind)
		return {
			...base,
			type: 'options',
			options: choicesOf(kind.choices),
			default: kind.choices[0],
		};
	if (typeof kind === 'object' && 'several' in kind)
		return {
			...base,
			type: 'multiOptions',
			options: choicesOf(kind.several),
			default: [],
		};
	return { ...base, type: 'string', default: '' };
}

const shownFor = (verb: TwimlVerb) => ({ show: { verb: [verb.value] } });

/** The fields of one verb's step: its content, its children, and its Options. */
function verbFields(verb: TwimlVerb): INodeProperties[] {
	const fields: INodeProperties[] = [];
	if (verb.content) {
		const { field, displayName, description, placeholder } = verb.content;
		fields.push({
			displayName,
			name: field,
			type: 'string',
			default: '',
			description,
			...(placeholder ? { placeholder } : {}),
			...(verb.value === 'say' || verb.value === 'message' ? { typeOptions: { rows: 2 } } : {}),
			displayOptions: shownFor(verb),
		});
	}
	for (const child of verb.children ?? []) {
		if (typeof child.element === 'object')
			fields.push({
				displayName: 'Connect To',
				name: child.element.field,
				type: 'options',
				options: [...DIAL_TARGETS]
					.map(({ name, value }) => ({ name, value }))
					.sort((a, b) => a.name.localeCompare(b.name)),
				default: 'Number',
				description: 'What kind of destination To names',
				displayOptions: shownFor(verb),
			});
		fields.push({
			displayName: child.displayName,
			name: child.field,
			type: 'string',
			default: '',
			description: child.description,
			...(child.placeholder ? { placeholder: child.placeholder } : {}),
			displayOptions: shownFor(verb),
		});
	}
	if (verb.attributes.length)
		fields.push({
			displayName: 'Options',
			name: optionsField(verb),
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [...verb.attributes]
				.map(attributeProperty)
				.sort((a, b) => a.displayName.localeCompare(b.displayName)),
			displayOptions: shownFor(verb),
		});
	return fields;
}

/** The steps of a TwiML answer, in order, for the verbs given. */
export function twimlStepsProperty(
	name: string,
	verbs: readonly TwimlVerb[],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	const first = verbs[0].value;
	return {
		displayName: 'Steps',
		name,
		type: 'fixedCollection',
		placeholder: 'Add Step',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		description: 'What Twilio does, in order',
		options: [
			{
				name: 'step',
				displayName: 'Step',
				values: [
					// What Twilio does at this step (the TwiML verb); named so that it sorts first, as n8n's
					// rules sort a collection's fields by name.
					{
						displayName: 'Action',
						name: 'verb',
						type: 'options',
						default: first,
						noDataExpression: true,
						options: verbs
							.map(({ name: label, value, description }) => ({ name: label, value, description }))
							.sort((a, b) => a.name.localeCompare(b.name)),
					},
					...verbs.flatMap(verbFields).sort((a, b) => a.displayName.localeCompare(b.displayName)),
				],
			},
		],
		...extra,
	};
}
