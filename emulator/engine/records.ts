import type { Params } from '../params';
import { rfc2822 } from '../random';
import { iso } from './paging';
import type { TwilioRecord } from '../types';
import { sidPrefix, snakeCase, type Schema, type OpenApiOperation } from './spec';

/** A SID-shaped value (`QUaaaa…`) in an example. */
const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/;

/** Example fields that hold a date: Twilio writes the time of the event, here `now`. */
const isDateField = (name: string, schema: Schema) =>
	schema.format === 'date-time-rfc-2822' ||
	schema.format === 'date-time' ||
	/^date_(created|updated)$/.test(name);

/**
 * Now, as a date field of the schema is written: RFC 2822 in the classic API
 * (`date-time-rfc-2822`), ISO 8601 in the newer APIs (`date-time`).
 */
export function dateNow(schema: Schema | undefined, now: Date): string {
	return schema?.format === 'date-time' ? iso(now) : rfc2822(now);
}

/**
 * A value as the schema types it: the description's examples sometimes write a number as a
 * string or the reverse, and form parameters are all strings.
 */
export function typed(value: unknown, schema: Schema | undefined): unknown {
	if (value === null || value === undefined || !schema) return value;
	if (schema.type === 'integer' || schema.type === 'number') {
		const number = Number(value);
		if (value === '' || Number.isNaN(number)) return null;
		return schema.type === 'integer' ? Math.trunc(number) : number;
	}
	if (schema.type === 'boolean') return value === true || value === 'true';
	if (schema.type === 'string' && typeof value !== 'string')
		return typeof value === 'object' ? JSON.stringify(value) : String(value);
	if (schema.type === 'array' && !Array.isArray(value)) return [value];
	if (schema.type === 'object' && typeof value === 'string') {
		try {
			return JSON.parse(value) as unknown;
		} catch {
			return null;
		}
	}
	return value;
}

/** What the example of a path stands for, to rewrite its links: example SID → real SID. */
function replacements(example: TwilioRecord, record: TwilioRecord): Array<[string, string]> {
	const pairs: Array<[string, string]> = [];
	for (const [name, value] of Object.entries(example)) {
		const real = record[name];
		if (
			typeof value === 'string' &&
			SID.test(value) &&
			typeof real === 'string' &&
			real &&
			real !== value
		)
			pairs.push([value, real]);
	}
	// Longest first, so that a SID is never rewritten inside a longer one.
	return pairs.sort(([a], [b]) => b.length - a.length);
}

/** Rewrites the links of a record built from an example so that they name the record's own SIDs. */
function rewriteLinks(value: unknown, pairs: Array<[string, string]>): unknown {
	if (typeof value === 'string')
		return pairs.reduce((text, [from, to]) => text.split(from).join(to), value);
	if (Array.isArray(value)) return value.map((item) => rewriteLinks(item, pairs));
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, rewriteLinks(item, pairs)]),
		);
	}
	return value;
}

const isLinkField = (name: string) => /(^|_)(uri|uris|url|urls)$/.test(name) || name === 'links';

interface BuildInput {
	/** The schema of the record (`api.v2010.account.queue`). */
	schema: Schema;
	/** The example the record starts from. */
	example: TwilioRecord;
	/** Path placeholders, e.g. `{ AccountSid, QueueSid, CallSid }`. */
	path: Record<string, string>;
	/**
	 * The record's own API path without `.json`, for its `uri`, e.g.
	 * `/2010-04-01/Accounts/AC…/Queues/QU…`.
	 */
	instanceUri?: string;
	/** The field the record is addressed by and its value when the path gives it. */
	key?: { field: string; value?: string };
	now: Date;
	newSid(prefix: string): string;
}

/**
 * A few of the description's examples break their own schema: a dependent phone number's
 * `trunk_sid` is an application's SID (`AP…`) where the schema says `^TK…`. Twilio's answers
 * follow the schema, so such a value is left unset (or, where the field is never null, a new SID
 * of the schema's kind).
 */
function breaksPattern(value: unknown, schema: Schema): boolean {
	return (
		typeof value === 'string' &&
		schema.pattern !== undefined &&
		!new RegExp(schema.pattern).test(value)
	);
}

/**
 * A new record shaped like the description's example of it: every field the schema lists, typed
 * as it says; a new SID with the prefix of the `sid` pattern; the parent SIDs from the path; the
 * dates now; and the links of the example rewritten to the new SIDs.
 */
export function buildRecord({
	schema,
	example,
	path,
	instanceUri,
	key,
	now,
	newSid,
}: BuildInput): TwilioRecord {
	const properties = schema.properties ?? {};
	const record: TwilioRecord = {};
	for (const [name, property] of Object.entries(properties)) {
		record[name] = name in example ? typed(structuredClone(example[name]), property) : null;
		if (isDateField(name, property) && record[name] !== null) record[name] = dateNow(property, now);
		if (breaksPattern(record[name], property))
			record[name] = property.nullable ? null : newSid(sidPrefix(property) ?? 'XX');
	}
	for (const [placeholder, value] of Object.entries(path)) {
		const field = snakeCase(placeholder);
		if (field in properties && placeholder !== 'Sid') record[field] = value;
	}
	if (key) {
		const prefix = sidPrefix(properties[key.field]) ?? sidPrefix(properties.sid) ?? 'XX';
		// A key that is no SID (a flow revision's number) is the example's until one is given.
		const own = properties[key.field]?.type === 'integer' ? record[key.field] : undefined;
		record[key.field] = typed(key.value, properties[key.field]) ?? own ?? newSid(prefix);
	}
	if ('sid' in properties && (record.sid === null || record.sid === example.sid)) {
		const prefix = sidPrefix(properties.sid);
		if (prefix) record.sid = newSid(prefix);
	}
	const pairs = replacements(example, record);
	for (const name of Object.keys(properties)) {
		if (isLinkField(name)) record[name] = rewriteLinks(record[name], pairs);
	}
	if ('uri' in properties && instanceUri) record.uri = `${instanceUri}.json`;
	return record;
}

/**
 * Fields a created record takes from the example only when the example shows a default Twilio
 * applies (an HTTP method, a flag, a state), not what someone typed into it: a URL or a name that
 * was not given is unset, as Twilio shows it.
 */
function clearUnsetInputs(
	record: TwilioRecord,
	params: Params,
	properties: Record<string, Schema>,
	inputs: Record<string, Schema>,
): void {
	for (const [name, declared] of Object.entries(inputs)) {
		const field = snakeCase(name);
		if (!(field in properties) || params.has(name)) continue;
		if (declared.default !== undefined) record[field] = typed(declared.default, properties[field]);
		else if (declared.type === 'string' && !declared.enum && declared.format !== 'http-method')
			record[field] = null;
	}
}

/**
 * Copies the form parameters onto the fields they name (`FriendlyName` → `friendly_name`), typed
 * as the record's schema says. A dotted name (`Totp.TimeStep`, the products') sets a field of the
 * object its first parts name (`totp.time_step`), typed as the parameter is declared, since the
 * schemas leave those objects untyped. Parameters without such a field change nothing here. A
 * record being created first loses the example's values of the inputs not given
 * (`clearUnsetInputs`).
 */
export function applyParameters(
	record: TwilioRecord,
	params: Params,
	schema: Schema,
	operation: OpenApiOperation,
	{ creating = false } = {},
): void {
	const properties = schema.properties ?? {};
	if (creating) clearUnsetInputs(record, params, properties, operation.body.properties);
	for (const name of params.keys()) {
		const declared = operation.body.properties[name];
		if (!declared) continue;
		const values = params.getAll(name);
		const value = declared.type === 'array' ? values : values[0];
		const [first, ...within] = name.split('.').map(snakeCase);
		if (!within.length) {
			if (first in properties) record[first] = typed(value, properties[first]);
			continue;
		}
		const field = within.pop()!;
		let target = record[first] as TwilioRecord | undefined;
		for (const part of within) target = target?.[part] as TwilioRecord | undefined;
		if (target && typeof target === 'object' && field in target)
			target[field] = typed(value, declared);
	}
}

/**
 * The record as an answer shows it: exactly the fields of the operation's schema, unset ones null,
 * and so for the objects of its lists (a token's ICE servers).
 */
export function present(record: TwilioRecord, schema: Schema | undefined): TwilioRecord {
	if (!schema?.properties) return record;
	return Object.fromEntries(
		Object.entries(schema.properties).map(([name, property]) => {
			const value = record[name] === undefined ? null : record[name];
			const items = property.items;
			if (Array.isArray(value) && items?.properties) {
				return [
					name,
					value.map((item) =>
						item && typeof item === 'object' ? present(item as TwilioRecord, items) : item,
					),
				];
			}
			return [name, value];
		}),
	);
}
