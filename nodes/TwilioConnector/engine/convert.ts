import { FieldValueError } from './types';

/** Control characters other than tab and line breaks: Twilio never needs them, they only smuggle things into logs. */
function hasControlCharacters(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
	}
	return false;
}

function describeType(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * What the user picked in an n8n resource locator (`{ __rl: true, mode, value }`; a locator added to
 * a collection may lack `__rl`): its mode and value. Plain values (older workflows, expressions)
 * have no mode.
 */
export function readLocator(value: unknown): { mode?: string; value: unknown } {
	if (value && typeof value === 'object' && !Array.isArray(value) && 'value' in value && ('__rl' in value || 'mode' in value)) {
		const { mode, value: picked } = value as { mode?: unknown; value: unknown };
		return { mode: typeof mode === 'string' ? mode : undefined, value: picked };
	}
	return { value };
}

/** True for what n8n leaves in an untouched field. */
export function isEmptyValue(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

/**
 * A single line or block of text. Numbers and booleans from expressions are accepted as text;
 * objects and lists are refused, since Twilio would receive "[object Object]".
 */
export function toText(
	value: unknown,
	{ maxLength = 2048, multiline = false }: { maxLength?: number; multiline?: boolean } = {},
): string | undefined {
	value = readLocator(value).value;
	if (isEmptyValue(value)) return undefined;
	if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
	if (typeof value === 'boolean') value = String(value);
	if (typeof value !== 'string') {
		throw new FieldValueError(`expected text, got ${describeType(value)}`);
	}
	const text = multiline ? value : value.trim();
	if (text === '') return undefined;
	if (hasControlCharacters(text) || (!multiline && /[\r\n]/.test(text))) {
		throw new FieldValueError('contains control characters or line breaks');
	}
	if ([...text].length > maxLength) {
		throw new FieldValueError(`is longer than ${maxLength} characters`);
	}
	return text;
}

/** RFC 3986 pieces: a %-escape, and the characters a host may hold as they are. */
const ESCAPE = '%[0-9A-Fa-f]{2}';
const PLAIN = "[A-Za-z0-9\\-._~!$&'()*+,;=]";
const PATH_CHARACTER = `(?:${PLAIN}|[:@]|${ESCAPE})`;

/**
 * An http(s) or WebSocket (wss) URL as RFC 3986 writes it, which is how Twilio's API description reads URLs. The URL
 * parser of browsers and Node.js also takes spaces, unicode, braces and more, which Twilio's does not.
 */
const RFC_3986_HTTP_URL = new RegExp(
	[
		'^(?:https?|wss)://',
		`(?:(?:${PLAIN}|:|${ESCAPE})*@)?`, // user information
		`(?:\\[[0-9A-Fa-f:.]+\\]|(?:${PLAIN}|${ESCAPE})*)`, // host: IPv6 in brackets, or a name
		'(?::\\d*)?', // port
		`(?:/${PATH_CHARACTER}*)*`, // path
		`(?:\\?(?:${PATH_CHARACTER}|[/?])*)?`, // query
		`(?:#(?:${PATH_CHARACTER}|[/?])*)?$`, // fragment
	].join(''),
	'i',
);

/** An absolute http(s) URL, as Twilio requires for every callback and instruction URL. */
export function toUrl(value: unknown): string | undefined {
	return urlIn(value, ['http', 'https']);
}

/** An absolute secure WebSocket URL (wss://), where Twilio streams a call's audio. */
export function toWebSocketUrl(value: unknown): string | undefined {
	return urlIn(value, ['wss']);
}

function urlIn(value: unknown, schemes: readonly string[]): string | undefined {
	const text = toText(value, { maxLength: 4096 });
	if (text === undefined) return undefined;
	if (!URL.canParse(text)) throw new FieldValueError(`"${text.slice(0, 80)}" is not a valid URL`);
	const parsed = new URL(text);
	if (!schemes.includes(parsed.protocol.slice(0, -1))) {
		throw new FieldValueError(`must start with ${schemes.map((scheme) => `${scheme}://`).join(' or ')}`);
	}
	if (!RFC_3986_HTTP_URL.test(text)) {
		throw new FieldValueError(
			`"${text.slice(0, 80)}" is not a valid URL: write spaces, non-ASCII letters, characters such as { } | \\ ^ and a second # as %-escapes (a space is %20)`,
		);
	}
	return text;
}

/** A whole number within bounds; numeric text from expressions is accepted. */
export function toInteger(value: unknown, min: number, max: number): string | undefined {
	if (isEmptyValue(value)) return undefined;
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number)) {
		throw new FieldValueError(`expected a whole number, got ${describeType(value)}`);
	}
	if (number < min || number > max) {
		throw new FieldValueError(`must be between ${min} and ${max}`);
	}
	return String(number);
}

/** A number, decimals allowed; numeric text from expressions is accepted. */
export function toNumber(value: unknown): string | undefined {
	if (isEmptyValue(value)) return undefined;
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) {
		throw new FieldValueError(`expected a number, got ${describeType(value)}`);
	}
	return String(number);
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return NOT_JSON;
	}
}

/**
 * A JSON object, given as one (from an expression) or as its text; sent as compact JSON text, as
 * Twilio reads parameters such as a Studio flow's or a payment connector's.
 */
export function toJsonObject(value: unknown): string | undefined {
	if (isEmptyValue(value)) return undefined;
	const parsed: unknown = typeof value === 'string' ? parseJson(value) : value;
	if (parsed === NOT_JSON) throw new FieldValueError('is not valid JSON');
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new FieldValueError(`must be a JSON object such as {"name": "value"}, got ${describeType(parsed)}`);
	}
	return JSON.stringify(parsed);
}

/** A yes/no value; "true"/"false" text from expressions is accepted. */
export function toBoolean(value: unknown): string | undefined {
	if (isEmptyValue(value)) return undefined;
	if (value === true || value === 'true') return 'true';
	if (value === false || value === 'false') return 'false';
	throw new FieldValueError(`expected true or false, got ${describeType(value)}`);
}

/** One of a fixed set of values. */
export function toChoice(value: unknown, allowed: readonly string[]): string | undefined {
	if (isEmptyValue(value)) return undefined;
	if (typeof value !== 'string' || !allowed.includes(value)) {
		const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : describeType(value);
		throw new FieldValueError(`${shown} is not one of: ${allowed.join(', ')}`);
	}
	return value;
}

/** Several values, from the editor's list or an expression; each entry goes through `each`. */
export function toList(value: unknown, each: (entry: unknown) => string | undefined): string[] | undefined {
	if (isEmptyValue(value)) return undefined;
	const entries = Array.isArray(value) ? value : [value];
	const wire = entries.map(each).filter((entry): entry is string => entry !== undefined);
	return wire.length ? wire : undefined;
}

/** A moment n8n handed over, and whether it names a time of day or a whole day. */
export interface ReadDate {
	/** The instant: midnight UTC for a day. */
	instant: Date;
	/** False for a date alone, or the midnight that n8n's date picker gives for a chosen day. */
	hasTime: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function validDate(date: Date): Date {
	if (Number.isNaN(date.getTime())) throw new FieldValueError('is not a valid date');
	return date;
}

/**
 * Reads a date: ISO text (`2024-05-31`, `2024-05-31T14:00:00Z`, n8n's `2024-05-31T00:00:00`), a JS
 * Date, or a Luxon DateTime from an expression. Text without a zone is UTC, Twilio's clock. A day or
 * time that does not exist (`2026-02-30`, `25:00`) is refused, never rolled over into another date.
 */
export function toDate(value: unknown): ReadDate | undefined {
	if (isEmptyValue(value)) return undefined;
	if (value && typeof value === 'object' && typeof (value as { toJSDate?: unknown }).toJSDate === 'function') {
		value = (value as { toJSDate(): Date }).toJSDate();
	}
	if (value instanceof Date) {
		const instant = validDate(value);
		return { instant, hasTime: instant.getTime() % 86_400_000 !== 0 };
	}
	if (typeof value !== 'string') throw new FieldValueError('expected a date such as 2024-05-31 or 2024-05-31T14:00:00Z');
	const text = value.trim();
	const match = ISO_DATE.exec(text);
	if (!match) throw new FieldValueError(`"${text.slice(0, 40)}" is not a date such as 2024-05-31 or 2024-05-31T14:00:00Z`);
	const [, year, month, day, hour = '00', minute = '00', second = '00', , zone] = match;
	const local = new Date(Date.UTC(+year, +month - 1, +day, +hour, +minute, +second));
	const exists =
		local.getUTCFullYear() === +year &&
		local.getUTCMonth() === +month - 1 &&
		local.getUTCDate() === +day &&
		local.getUTCHours() === +hour &&
		local.getUTCMinutes() === +minute &&
		local.getUTCSeconds() === +second;
	if (!exists) throw new FieldValueError(`"${text.slice(0, 40)}" is not a date that exists`);
	if (zone) return { instant: validDate(new Date(text)), hasTime: true };
	return { instant: local, hasTime: local.getTime() % 86_400_000 !== 0 };
}

/** `2024-05-31T14:00:00Z`: an instant as Twilio reads ISO 8601, to the second. */
export function isoInstant(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2024-05-31`: the UTC day of an instant. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
