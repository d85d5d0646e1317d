import type { OpenApiOperation, OpenApiParameter } from '../engine/openApi';
import { FieldValueError, type FieldDefinition } from '../engine/types';
import { toText } from '../engine/convert';
import { SID_PREFIXES, sidKindOf, type SidKind } from '../transport/sid';
import {
	boolean,
	choice,
	choicesOf,
	dayOrOffset,
	decimal,
	field,
	httpMethod,
	integer,
	json,
	moment,
	multiChoice,
	text as textField,
	textList,
	url,
	urlList,
	type FieldOptions,
} from '../fields/basic';
import { countryCode } from '../fields/countryCode';
import { dateFilter } from '../fields/dateFilter';
import { sidLocator } from '../fields/locator';
import type { Lookup } from '../fields/lookups';
import { displayNameOf, parameterNameOf } from '../fields/names';
import { sid } from '../fields/sid';

/** What people read of a parameter, curated by hand: its label, its description, a few hints. */
export interface ParameterText {
	description: string;
	/** The description where the parameter filters a list, when it reads differently there. */
	filter?: string;
	/**
	 * The label, when the one made from Twilio's name (`StatusCallback` → "Status Callback") does not
	 * read well.
	 */
	displayName?: string;
	placeholder?: string;
	/** For a text: the editor's rows, and the longest text Twilio takes. */
	rows?: number;
	maxLength?: number;
	/** For an integer the spec leaves unbounded: the bounds Twilio documents. */
	min?: number;
	max?: number;
	/**
	 * The value the editor starts with: for a choice, one of its values; for a number, the default
	 * Twilio documents outside the spec (where the spec gives one, it is read from there).
	 */
	default?: string | number;
	/**
	 * For a parameter the spec declares as plain text (or a list of texts), the values offered as a
	 * choice (or several): `'listed'`, those the spec's description lists for this operation (a
	 * call's status callback events), or the ones given, where Twilio's reference lists them
	 * elsewhere.
	 */
	values?: readonly string[] | 'listed';
	/**
	 * With `values` on a text parameter: several may be chosen, sent as one comma-separated text
	 * (Lookup's Fields).
	 */
	commaSeparated?: true;
	/** Labels of a choice's values, where the ones made from Twilio's values do not read well. */
	choiceNames?: Record<string, string>;
	/** A secret: the editor hides what is typed. */
	password?: true;
	/** Sending it makes the request act again when repeated (`FieldDefinition.actsAgain`). */
	actsAgain?: true;
	/** A JSON text (a template's variables), read and sent as a JSON object. */
	json?: true;
	/**
	 * The n8n parameter's name, where the one made from Twilio's would mean something else to n8n
	 * (Lookup's `limit` would read as a list's page limit).
	 */
	name?: string;
	/** What a date filter's description says the records are (`calls that started`). */
	subject?: string;
	/**
	 * An optional parameter shown at the top level, beside the required ones (what most runs set).
	 */
	topLevel?: true;
	/**
	 * A text parameter that takes a country as an ISO 3166-1 alpha-2 code, which the spec gives no
	 * format.
	 */
	countryCode?: true;
	/** A text parameter that takes a SID of this kind, where the spec gives it no pattern. */
	sidKind?: SidKind;
}

export type ParameterTexts = Record<string, ParameterText>;

/** A SID of any kind: two letters and 32 hexadecimal characters. */
const ANY_SID = {
	regex: /^[A-Za-z]{2}[0-9a-fA-F]{32}$/,
	expected: 'a SID: two letters and 32 hexadecimal characters',
};

/** The largest whole number Twilio's integer parameters take where the spec sets no bound. */
const MAX_INTEGER = 2_147_483_647;

/**
 * A path value that is not a SID (a recording named `Twilio.CURRENT`, the queue's `Front`, a
 * stream's name).
 */
const PATH_LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The values the spec allows for a parameter of an operation: the choices of a curated field. */
export function enumOf(operation: OpenApiOperation, name: string): readonly string[] {
	const values = operation.parameters.find((parameter) => parameter.name === name)?.enum;
	if (!values) throw new Error(`${operation.id} has no enumeration for ${name}`);
	return values;
}

/**
 * A path value that is a name rather than a SID: it may hold only letters, digits, `.`, `_` and
 * `-`.
 */
function pathLabel(options: FieldOptions): FieldDefinition {
	return field(options, { type: 'string', default: '' }, (value) => {
		const label = toText(value, { maxLength: 256 });
		if (label !== undefined && !PATH_LABEL.test(label)) {
			throw new FieldValueError(
				`"${label.slice(0, 40)}" may hold only letters, digits, ".", "_" and "-", and starts with a letter or digit`,
			);
		}
		return label;
	});
}

/** The list every SID field of a kind offers, where the account's records of a kind are listed. */
export type ListOfKind = (kind: SidKind) => Lookup | undefined;

function sidField(
	parameter: OpenApiParameter,
	options: FieldOptions,
	listOfKind: ListOfKind,
): FieldDefinition {
	const kind = sidKindOf(parameter.sid!);
	if (!kind)
		throw new Error(
			`No SID kind for the prefixes ${parameter.sid!.join(', ')} of ${parameter.name}`,
		);
	const lookup = listOfKind(kind);
	return lookup ? sidLocator({ ...options, lookup }) : sid({ ...options, kind });
}

/** The choices of a parameter's values, labelled from the values or by the text's `choiceNames`. */
function named(values: readonly string[], text: ParameterText) {
	return choicesOf(values).map((option) => ({
		...option,
		name: text.choiceNames?.[String(option.value)] ?? option.name,
	}));
}

function listedValues(parameter: OpenApiParameter): readonly string[] {
	if (!parameter.listed) throw new Error(`The spec lists no values for ${parameter.name}`);
	return parameter.listed;
}

function choiceField(
	values: readonly string[],
	text: ParameterText,
	options: FieldOptions,
): FieldDefinition {
	return choice({
		...options,
		choices: named(values, text),
		default: text.default === undefined ? undefined : String(text.default),
	});
}

/**
 * What a number field starts at: Twilio's default, from the spec or, where only its docs give one,
 * the text.
 */
function numberDefault(parameter: OpenApiParameter, text: ParameterText): number | undefined {
	return parameter.default ?? (typeof text.default === 'number' ? text.default : undefined);
}

/** A multiple choice sent as one text, the values joined by commas. */
function commaSeparated(field: FieldDefinition): FieldDefinition {
	return {
		...field,
		toWire: (value, context) => {
			const chosen = field.toWire(value, context);
			return Array.isArray(chosen) ? chosen.join(',') : chosen;
		},
	};
}

/** The field of one spec parameter, typed as the spec declares it. */
function fieldOf(
	parameter: OpenApiParameter,
	text: ParameterText,
	required: boolean,
	listOfKind: ListOfKind,
): FieldDefinition {
	const options: FieldOptions = {
		name: text.name ?? parameterNameOf(parameter.name),
		displayName: text.displayName ?? displayNameOf(parameter.name),
		twilioName: parameter.name,
		description: (parameter.in === 'query' && text.filter) || text.description,
		placeholder: text.placeholder,
		required,
		actsAgain: text.actsAgain,
		...(parameter.in === 'path' || parameter.in === 'header' ? { location: parameter.in } : {}),
	};
	if (text.sidKind)
		return sidField({ ...parameter, sid: [...SID_PREFIXES[text.sidKind]] }, options, listOfKind);
	if (parameter.sid) return sidField(parameter, options, listOfKind);
	if (parameter.anySid) return textField({ ...options, pattern: ANY_SID });
	if (parameter.format === 'iso-country-code' || text.countryCode) return countryCode(options);
	// A number in the path (a schema's version) is checked as one: it is sent as the text of it.
	if (parameter.in === 'path' && parameter.type === 'integer')
		return integer({ ...options, min: parameter.minimum ?? 1, max: MAX_INTEGER });
	if (parameter.in === 'path' && !parameter.enum) return pathLabel(options);
	if (parameter.format === 'http-method') return httpMethod(options);
	if (parameter.enum) return choiceField(parameter.enum, text, options);
	const values = text.values === 'listed' ? listedValues(parameter) : text.values;
	if (values && parameter.type === 'array')
		return multiChoice({ ...options, choices: named(values, text) });
	if (values && text.commaSeparated)
		return commaSeparated(multiChoice({ ...options, choices: named(values, text) }));
	if (values) return choiceField(values, text, options);
	switch (parameter.type) {
		case 'boolean':
			return boolean(options);
		case 'integer':
			return integer({
				...options,
				min: parameter.minimum ?? text.min ?? 0,
				max: parameter.maximum ?? text.max ?? MAX_INTEGER,
				default: numberDefault(parameter, text),
			});
		case 'number':
			return decimal({ ...options, default: numberDefault(parameter, text) });
		case 'object':
			return json(options);
		case 'array': {
			const items = parameter.items!;
			if (items.enum) return multiChoice({ ...options, choices: choicesOf(items.enum) });
			if (items.format === 'uri') return urlList(options);
			return textList(options);
		}
	}
	if (text.json) return json(options);
	// Some requests leave a URL's format out where the answer gives it (Messaging's
	// PrivacyPolicyUrl): a parameter Twilio names …Url is one.
	if (parameter.format === 'uri' || /Url$/.test(parameter.name)) return url(options);
	if (parameter.dayOffsets) return dayOrOffset(options);
	if (parameter.format === 'date' || parameter.format === 'date-time')
		return moment({ ...options, format: parameter.format });
	const built = textField({
		...options,
		maxLength: text.maxLength,
		rows: text.rows ?? (parameter.format === 'twiml' ? 4 : undefined),
	});
	return text.password
		? {
				...built,
				property: {
					...built.property,
					typeOptions: { ...built.property.typeOptions, password: true },
				},
			}
		: built;
}

/**
 * The fields of spec parameters the operation does not declare itself. A date filter's three
 * parameters (`X`, `X<`, `X>`) become one `dateFilter()` group. Throws when a text is missing:
 * every parameter the node offers has a description written for it.
 */
export function derivedFields(
	parameters: readonly OpenApiParameter[],
	textOf: (twilioName: string) => ParameterText,
	requiredAtTop: boolean,
	listOfKind: ListOfKind,
): FieldDefinition[] {
	const fields: FieldDefinition[] = [];
	const names = new Set(parameters.map((parameter) => parameter.name));
	for (const parameter of parameters) {
		const base = parameter.name.replace(/[<>]$/, '');
		const isFilter =
			parameter.in === 'query' &&
			(parameter.format === 'date' || parameter.format === 'date-time') &&
			names.has(`${base}<`);
		if (isFilter) {
			if (parameter.name !== base) continue;
			const text = textOf(base);
			fields.push(
				...dateFilter({
					name: parameterNameOf(base),
					displayName: text.displayName ?? displayNameOf(base),
					twilioName: base,
					format: parameter.format as 'date' | 'date-time',
					subject: text.subject ?? 'records',
				}),
			);
			continue;
		}
		fields.push(
			fieldOf(
				parameter,
				textOf(parameter.name),
				requiredAtTop && parameter.required === true,
				listOfKind,
			),
		);
	}
	return fields;
}
