import { FieldValueError } from './types';

/**
 * Control characters other than tab and line breaks: Twilio never needs them, they only smuggle
 * things into logs.
 */
function hasControlCharacters(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
			return true;
	}
	return false;
}

function describeType(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * What the user picked in an n8n resource locator (`{ __rl: true, mode, value }`; a locator added
 * to a collection may lack `__rl`): its mode and value. Plain values (older workflows, expressions)
 * have no mode.
 */
export function readLocator(value: unknown): { mode?: string; value: unknown } {
	if (
		value &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		'value' in value &&
		('__rl' in value || 'mode' in value)
	) {
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
 * An http(s) or WebSocket (wss) URL as RFC 3986 writes it, which is how Twilio's API description
 * reads URLs. The URL parser of browsers and Node.js also takes spaces, unicode, braces and more,
 * which Twilio's does not.
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
		throw new FieldValueError(
			`must start with ${schemes.map((scheme) => `${scheme}://`).join(' or ')}`,
		);
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
		throw new FieldValueError(
			`must be a JSON object such as {"name": "value"}, got ${describeType(parsed)}`,
		);
	}
	return JSON.stringify(parsed);
}

/** A JSON array of objects (Lookup's bulk requests), as JSON text; their fields are not checked. */
export function toJsonArray(value: unknown): string | undefined {
	if (isEmptyValue(value)) return undefined;
	const parsed: unknown = typeof value === 'string' ? parseJson(value) : value;
	if (parsed === NOT_JSON) throw new FieldValueError('is not valid JSON');
	if (!Array.isArray(parsed) || parsed.length === 0)
		throw new FieldValueError(
			`must be a JSON array of objects such as [{"name": "value"}], got ${describeType(parsed)}`,
		);
	const wrong = parsed.findIndex(
		(entry) => entry === null || typeof entry !== 'object' || Array.isArray(entry),
	);
	if (wrong >= 0)
		throw new FieldValueError(
			`must hold only objects: entry ${wrong + 1} is ${describeType(parsed[wrong])}`,
		);
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
export function toList(
	value: unknown,
	each: (entry: unknown) => string | undefined,
): string[] | undefined {
	if (isEmptyValue(value)) return undefined;
	const entries = Array.isArray(value) ? value : [value];
	const wire = entries.map(each).filter((entry): entry is string => entry !== undefined);
	return wire.length ? wire : undefined;
}

/** A moment n8n handed over. */
export interface ReadDate {
	/** The instant: for a day, its first second. */
	instant: Date;
	/**
	 * Set when the value names a whole day rather than a time of day: the day as written and its last
	 * second. A day alone (`2024-05-31`) is Twilio's day, in UTC; the midnight n8n's date picker
	 * gives for a chosen day is that day in the workflow's time zone.
	 */
	day?: { date: string; lastSecond: Date };
}

const ISO_DATE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MS = 86_400_000;

function validDate(date: Date): Date {
	if (Number.isNaN(date.getTime())) throw new FieldValueError('is not a valid date');
	return date;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** How far a time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffsetMs(timeZone: string, at: number): number {
	let format = zoneFormats.get(timeZone);
	if (!format) {
		if (!isTimeZone(timeZone))
			throw new FieldValueError(
				`has a time without a zone, and the workflow's time zone "${timeZone}" is not one this n8n knows`,
			);
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		zoneFormats.set(timeZone, format);
	}
	const part = Object.fromEntries(
		format.formatToParts(new Date(at)).map(({ type, value }) => [type, Number(value)]),
	);
	return (
		Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) -
		Math.floor(at / 1000) * 1000
	);
}

/**
 * The instant a wall-clock time has in a time zone (`wallClock` is that time written as if it were
 * UTC). Where clocks go forward, a time that does not exist is read an hour later, as n8n's date
 * library (Luxon) does; where they go back, the first of the two instants is taken (Luxon's choice
 * there depends on the offset in force on the day it runs).
 */
export function inTimeZone(wallClock: number, timeZone: string): Date {
	// The offsets a day before and after cover any change of clocks in between.
	const before = wallClock - zoneOffsetMs(timeZone, wallClock - DAY_MS);
	const after = wallClock - zoneOffsetMs(timeZone, wallClock + DAY_MS);
	const shows = (instant: number) => instant + zoneOffsetMs(timeZone, instant) === wallClock;
	if (shows(before)) return new Date(before);
	return new Date(shows(after) ? after : before);
}

/** Whether a time zone name is one this machine knows (an IANA name such as Europe/Berlin). */
function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

/** A Luxon DateTime, as n8n's expressions give dates: read without importing Luxon. */
interface LuxonLike {
	toJSDate(): Date;
	toISODate(): string | null;
	endOf(unit: 'day'): LuxonLike;
	hour: number;
	minute: number;
	second: number;
	millisecond: number;
}

function isLuxon(value: unknown): value is LuxonLike {
	return (
		!!value &&
		typeof value === 'object' &&
		typeof (value as LuxonLike).toJSDate === 'function' &&
		typeof (value as LuxonLike).endOf === 'function'
	);
}

const atMidnight = (hour: number, minute: number, second: number) =>
	hour === 0 && minute === 0 && second === 0;
const wholeSecond = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000);

/**
 * Reads a date: ISO text (`2024-05-31`, `2024-05-31T14:00:00Z`, n8n's date picker's
 * `2024-05-31T09:00:00`), a JS Date, or a Luxon DateTime from an expression. Text with a time and
 * no zone is a wall-clock time in `timeZone`, the workflow's (as n8n's own nodes read it); a day
 * alone is Twilio's day, in UTC. A day or time that does not exist (`2026-02-30`, `25:00`) is
 * refused, never rolled over into another date.
 */
export function toDate(value: unknown, timeZone: string): ReadDate | undefined {
	if (isEmptyValue(value)) return undefined;
	if (isLuxon(value)) {
		const instant = validDate(value.toJSDate());
		const date = value.toISODate();
		if (!date || !atMidnight(value.hour, value.minute, value.second) || value.millisecond !== 0)
			return { instant };
		return { instant, day: { date, lastSecond: wholeSecond(value.endOf('day').toJSDate()) } };
	}
	if (value instanceof Date) {
		const instant = validDate(value);
		if (instant.getTime() % DAY_MS !== 0) return { instant };
		return {
			instant,
			day: { date: isoDay(instant), lastSecond: new Date(instant.getTime() + DAY_MS - 1000) },
		};
	}
	if (typeof value !== 'string')
		throw new FieldValueError('expected a date such as 2024-05-31 or 2024-05-31T14:00:00Z');
	const text = value.trim();
	const match = ISO_DATE.exec(text);
	if (!match)
		throw new FieldValueError(
			`"${text.slice(0, 40)}" is not a date such as 2024-05-31 or 2024-05-31T14:00:00Z`,
		);
	const [, year, month, day, hour, minute = '00', second = '00', fraction, zone] = match;
	const wallClock = Date.UTC(+year, +month - 1, +day, +(hour ?? 0), +minute, +second);
	const written = new Date(wallClock);
	const exists =
		written.getUTCFullYear() === +year &&
		written.getUTCMonth() === +month - 1 &&
		written.getUTCDate() === +day &&
		written.getUTCHours() === +(hour ?? 0) &&
		written.getUTCMinutes() === +minute &&
		written.getUTCSeconds() === +second;
	if (!exists) throw new FieldValueError(`"${text.slice(0, 40)}" is not a date that exists`);
	const date = `${year}-${month}-${day}`;
	const midnight = atMidnight(+(hour ?? 0), +minute, +second) && !Number(fraction ?? 0);
	if (hour === undefined)
		return { instant: written, day: { date, lastSecond: new Date(wallClock + DAY_MS - 1000) } };
	// A zone written out names the instant exactly, midnight too.
	if (zone) return { instant: validDate(new Date(text)) };
	const instant = inTimeZone(wallClock, timeZone);
	if (!midnight) return { instant };
	return {
		instant,
		day: { date, lastSecond: new Date(inTimeZone(wallClock + DAY_MS, timeZone).getTime() - 1000) },
	};
}

/** `2024-05-31T14:00:00Z`: an instant as Twilio reads ISO 8601, to the second. */
export function isoInstant(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2024-05-31`: the UTC day of an instant. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
