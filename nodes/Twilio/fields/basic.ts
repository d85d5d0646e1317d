import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { FieldValueError, type FieldDefinition, type ParameterLocation } from '../engine/types';
import { byName } from './names';
import {
	isoDay,
	isoInstant,
	toBoolean,
	toChoice,
	toDate,
	toInteger,
	toJsonArray,
	toJsonObject,
	toList,
	toNumber,
	toText,
	toUrl,
	toWebSocketUrl,
} from '../engine/convert';

/** What every field builder takes: the n8n name and label, and the Twilio parameter it fills. */
export interface FieldOptions {
	name: string;
	displayName: string;
	twilioName: string;
	description?: string;
	placeholder?: string;
	hint?: string;
	/** Shown at the top level and refused when empty. */
	required?: boolean;
	location?: ParameterLocation;
	/** Sending it makes the request act again when repeated: see `FieldDefinition.actsAgain`. */
	actsAgain?: true;
}

/** Assembles a field from its property and its conversion to the wire. */
export function field(
	options: FieldOptions,
	property: Pick<INodeProperties, 'type' | 'default'> & Partial<INodeProperties>,
	toWire: FieldDefinition['toWire'],
): FieldDefinition {
	const { name, displayName, description, placeholder, hint, required } = options;
	return {
		property: {
			displayName,
			name,
			...(description ? { description } : {}),
			...(placeholder ? { placeholder } : {}),
			...(hint ? { hint } : {}),
			...(required ? { required: true } : {}),
			...property,
		},
		twilioName: options.twilioName,
		location: options.location,
		...(options.actsAgain ? { actsAgain: true as const } : {}),
		toWire,
	};
}

/** A pattern a text value must match, and how to describe a good value in the error. */
export interface TextPattern {
	regex: RegExp;
	expected: string;
}

export function text(
	options: FieldOptions & { maxLength?: number; rows?: number; pattern?: TextPattern },
): FieldDefinition {
	const multiline = (options.rows ?? 1) > 1;
	const { pattern } = options;
	return field(
		options,
		{ type: 'string', default: '', ...(multiline ? { typeOptions: { rows: options.rows } } : {}) },
		(value) => {
			const text = toText(value, { maxLength: options.maxLength, multiline });
			if (text !== undefined && pattern && !pattern.regex.test(text)) {
				throw new FieldValueError(`"${text.slice(0, 40)}" is not ${pattern.expected}`);
			}
			return text;
		},
	);
}

/**
 * An http(s) URL. One Twilio keeps (a webhook, a callback) is cleared by sending it empty, as the
 * description says of some ("If you do not want anything to play …, set this to empty string",
 * UpdateParticipant's WaitUrl) and Twilio's answers show (`"sms_url": ""`); a URL that makes Twilio
 * act at once (`actsAgain`: new instructions, an announcement) is not a setting to clear.
 */
export function url(options: FieldOptions): FieldDefinition {
	const built = field(
		options,
		{ type: 'string', default: '', placeholder: options.placeholder ?? 'https://' },
		toUrl,
	);
	return options.actsAgain ? built : { ...built, clearable: true };
}

/**
 * A secure WebSocket URL: where Twilio streams a call's audio. Twilio's <Stream> documentation:
 * "The url only supports the wss scheme" (twilio.com/docs/voice/twiml/stream).
 */
export function webSocketUrl(options: FieldOptions): FieldDefinition {
	return field(options, { type: 'string', default: '', placeholder: 'wss://' }, toWebSocketUrl);
}

export function integer(
	options: FieldOptions & { min: number; max: number; default?: number },
): FieldDefinition {
	return field(
		options,
		{
			type: 'number',
			default: options.default ?? options.min,
			typeOptions: { minValue: options.min, maxValue: options.max, numberPrecision: 0 },
		},
		(value) => toInteger(value, options.min, options.max),
	);
}

export function boolean(options: FieldOptions & { default?: boolean }): FieldDefinition {
	return field(options, { type: 'boolean', default: options.default ?? false }, toBoolean);
}

/** From this many choices on, the editor lists them alphabetically, as n8n's own nodes do. */
const LONG_LIST = 5;

export function choice(
	options: FieldOptions & { choices: INodePropertyOptions[]; default?: string },
): FieldDefinition {
	// Messages list the allowed values in their declared order (a call's statuses in the order a call
	// goes through them).
	const allowed = options.choices.map((option) => String(option.value));
	const shown =
		options.choices.length >= LONG_LIST ? [...options.choices].sort(byName) : options.choices;
	return field(
		options,
		{ type: 'options', options: shown, default: options.default ?? allowed[0] },
		(value) => toChoice(value, allowed),
	);
}

/**
 * Several of a fixed set of values, sent as the same key repeated
 * (`StatusCallbackEvent=ringing&StatusCallbackEvent=answered`).
 */
export function multiChoice(
	options: FieldOptions & { choices: INodePropertyOptions[]; default?: string[] },
): FieldDefinition {
	const allowed = options.choices.map((option) => String(option.value));
	return field(
		options,
		{
			type: 'multiOptions',
			options: [...options.choices].sort(byName),
			default: options.default ?? [],
		},
		(value) => toList(value, (entry) => toChoice(entry, allowed)),
	);
}

/**
 * A choice that steers the node itself, such as which file to download: checked like a field, never
 * sent.
 */
export function setting(
	options: Omit<FieldOptions, 'twilioName' | 'location'> & {
		choices: INodePropertyOptions[];
		default?: string;
	},
): FieldDefinition {
	return { ...choice({ ...options, twilioName: options.name }), location: 'none' };
}

/** The GET/POST choice Twilio asks for beside every URL it will call. */
export function httpMethod(options: FieldOptions): FieldDefinition {
	return choice({
		...options,
		default: 'POST',
		choices: [
			{ name: 'POST', value: 'POST' },
			{ name: 'GET', value: 'GET' },
		],
	});
}

/** Several values typed one by one in the editor, sent as the same key repeated. */
function repeated(
	options: FieldOptions,
	button: string,
	toWire: FieldDefinition['toWire'],
): FieldDefinition {
	const typeOptions = { multipleValues: true, multipleValueButtonText: button };
	return field(options, { type: 'string', default: [], typeOptions }, toWire);
}

/** A list of URLs, sent as the same key repeated (`MediaUrl=a&MediaUrl=b`). */
export function urlList(options: FieldOptions & { maxCount?: number }): FieldDefinition {
	return repeated(options, 'Add URL', (value) => {
		const urls = toList(value, toUrl);
		if (urls && options.maxCount !== undefined && urls.length > options.maxCount) {
			throw new FieldValueError(`at most ${options.maxCount} URLs are allowed`);
		}
		return urls;
	});
}

/** Several texts, sent as the same key repeated. */
export function textList(options: FieldOptions & { maxLength?: number }): FieldDefinition {
	return repeated(options, 'Add Value', (value) =>
		toList(value, (entry) => toText(entry, { maxLength: options.maxLength })),
	);
}

/** A number with decimals, such as a price limit. */
export function decimal(options: FieldOptions & { default?: number }): FieldDefinition {
	return field(options, { type: 'number', default: options.default ?? 0 }, toNumber);
}

/** A JSON object, written in the editor or given by an expression; sent as JSON text. */
export function json(options: FieldOptions): FieldDefinition {
	return field(options, { type: 'json', default: '{}' }, toJsonObject);
}

/** A JSON array of objects, written in the editor or given by an expression; sent as itself. */
export function jsonArray(options: FieldOptions): FieldDefinition {
	return field(options, { type: 'json', default: '[]' }, toJsonArray);
}

/**
 * A JSON array of objects sent in a form, each object as a repeated value of JSON text (Event
 * Streams' subscription Types, as Twilio's libraries serialize them).
 */
export function jsonObjects(options: FieldOptions): FieldDefinition {
	return field(options, { type: 'json', default: '[]' }, (value) => {
		const text = toJsonArray(value);
		return text === undefined
			? undefined
			: (JSON.parse(text) as object[]).map((entry) => JSON.stringify(entry));
	});
}

/**
 * A moment Twilio should act at, such as a message's send time: an instant (`date-time`), where a
 * time without a zone is the workflow's wall clock, or a day (`date`). A date that does not exist
 * is refused.
 */
export function moment(options: FieldOptions & { format: 'date' | 'date-time' }): FieldDefinition {
	const note =
		options.format === 'date-time'
			? "A time without a zone is in the workflow's time zone."
			: 'A day, without a time.';
	const description = options.description
		? `${options.description.replace(/\.?$/, '.')} ${note}`
		: note;
	return field(
		{ ...options, description },
		{ type: 'dateTime', default: '' },
		(value, { timeZone }) => {
			const date = toDate(value, timeZone);
			if (date === undefined) return undefined;
			if (options.format === 'date-time') return isoInstant(date.instant);
			if (!date.day)
				throw new FieldValueError(
					`takes a day, not a time of day (give e.g. ${isoDay(date.instant)})`,
				);
			return date.day.date;
		},
	);
}

/** An offset from today in days, as Twilio's usage records take it: `-30days`, `+30days`. */
const DAY_OFFSET = /^[+-]\d{1,5}days$/;

/**
 * A day, or an offset from today where the spec says Twilio takes one (`-30days`), sent as written.
 */
export function dayOrOffset(options: FieldOptions): FieldDefinition {
	return field(
		options,
		{ type: 'string', default: '', placeholder: 'YYYY-MM-DD or -30days' },
		(value, { timeZone }) => {
			const text = typeof value === 'string' ? toText(value) : undefined;
			if (text !== undefined && DAY_OFFSET.test(text)) return text;
			if (text !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(text)) {
				throw new FieldValueError(
					`"${text.slice(0, 40)}" is not a day such as 2024-05-31 or an offset from today such as -30days`,
				);
			}
			const date = toDate(value, timeZone);
			if (date === undefined) return undefined;
			if (!date.day)
				throw new FieldValueError(
					`takes a day such as ${isoDay(date.instant)} or an offset from today such as -30days, not a time of day`,
				);
			return date.day.date;
		},
	);
}

/** Options for Twilio's lowercase values, labelled for people: `no-answer` → "No Answer". */
export function choicesOf(values: readonly string[]): INodePropertyOptions[] {
	return values.map((value) => ({
		name: value.replace(
			/(^|[-_ ])(\w)/g,
			(_, separator: string, letter: string) => `${separator ? ' ' : ''}${letter.toUpperCase()}`,
		),
		value,
	}));
}
