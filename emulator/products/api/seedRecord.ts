import { Params } from '../../params';
import { newSid } from '../../random';
import type { HandlerContext, SeededRecord, SeedTarget, TwilioRecord } from '../../types';
import { kindOf } from '../../engine/engine';
import { engineOf } from '..';
import { buildRecord, present } from '../../engine/records';
import { snakeCase, type OpenApiOperation } from '../../engine/spec';

const API_ROOT = '/2010-04-01';

const generic = () => engineOf('api');

/**
 * Collections whose records are not in the store: the accounts, the countries with numbers for
 * sale, and the fixed pool of local and toll-free numbers.
 */
const NOT_STORED = [
	/^\/Accounts\.json$/,
	/^\/Accounts\/\{Sid\}\.json$/,
	/\/AvailablePhoneNumbers(\.json|\/\{CountryCode\}(\.json|\/(Local|TollFree)\.json))$/,
];

/**
 * Puts in place a record Twilio creates on its own (a queue's caller, a call's events, a short
 * code, an add-on's result…), for any path of the description that reads one:
 * an instance path (`/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json`) or, for a
 * collection without one, its list path (`/Accounts/{AccountSid}/Calls/{CallSid}/Events.json`).
 * `/2010-04-01` may be left out. The record is built like a created one, from the description's
 * example of it: `pathValues` give the placeholders (`AccountSid` is the target's account unless
 * given; the record's own key is new unless given), `fields` then set any field (snake_case).
 * It is stored where the emulator's list, fetch, update and delete find it, and returned as
 * Twilio shows it.
 */
export function seedRecord(
	target: SeedTarget,
	template: string,
	pathValues: Record<string, string> = {},
	fields: TwilioRecord = {},
): SeededRecord {
	const full = `${template.startsWith(API_ROOT) ? '' : API_ROOT}${template}${template.endsWith('.json') ? '' : '.json'}`;
	if (NOT_STORED.some((pattern) => pattern.test(full.slice(API_ROOT.length)))) {
		throw new Error(
			`seedRecord: ${template} is not kept in the store (accounts are emulator options, local and toll-free numbers for sale a fixed pool)`,
		);
	}
	const { read, example, keyPlaceholder } = describe(full);
	const path: Record<string, string> = { AccountSid: target.account.sid, ...pathValues };
	const missing = read.placeholders.filter(
		(name) => name !== keyPlaceholder && path[name] === undefined,
	);
	if (missing.length) throw new Error(`seedRecord: ${template} needs ${missing.join(', ')}`);

	const collectionPath = full
		.slice(API_ROOT.length)
		.replace(keyPlaceholder ? /\/\{\w+\}\.json$/ : /\.json$/, '');
	const context = {
		path,
		params: new Params(''),
		principal: target.account,
		collectionUri: API_ROOT + collectionPath.replace(/\{(\w+)\}/g, (_, name: string) => path[name]),
		now: new Date(),
		newSid: (prefix: string) => newSid(prefix),
		store: target.store,
	} as unknown as HandlerContext;
	const collection = generic().collectionFor(read, context, target.store);
	const schema = read.itemSchema ?? {};
	const record = buildRecord({
		schema,
		example,
		path,
		key: keyPlaceholder ? { field: collection.keyField, value: path[keyPlaceholder] } : undefined,
		now: context.now,
		newSid: context.newSid,
	});
	const key = keyPlaceholder ? record[collection.keyField] : record.sid;
	if ('uri' in record && typeof key === 'string')
		record.uri = `${context.collectionUri}/${key}.json`;
	for (const [name, value] of Object.entries(path)) {
		if (name !== keyPlaceholder && snakeCase(name) in (schema.properties ?? {}))
			record[snakeCase(name)] = value;
	}
	Object.assign(record, fields);
	// A view's source keeps only its own fields of the record: the answer shows them all.
	const built = { ...record };
	if (kindOf(read) === 'singleton') target.store.add(context.collectionUri, record, '');
	else collection.add(record);
	return present({ ...built, ...record }, schema) as SeededRecord;
}

/**
 * How the description shows a record of the path: the operation whose schema it has (a fetch,
 * else the collection's list, else its create, else any operation of the path) and the example
 * it starts from (fetched, listed or created, in that order).
 */
function describe(full: string): {
	read: OpenApiOperation;
	example: TwilioRecord;
	keyPlaceholder?: string;
} {
	const { spec } = generic();
	const keyPlaceholder = /\{(\w+)\}\.json$/.exec(full)?.[1];
	const own = spec.operationsOf(full);
	const collection = keyPlaceholder
		? spec.operationsOf(full.replace(/\/\{\w+\}\.json$/, '.json'))
		: own;
	const find = (operations: OpenApiOperation[], kind: string) =>
		operations.find((operation) => kindOf(operation) === kind);
	const read =
		find(own, 'fetch') ??
		find(collection, 'list') ??
		find(collection, 'create') ??
		find(own, 'singleton') ??
		own[0];
	if (!read) throw new Error(`seedRecord: ${full} is not a path of the description`);
	const withExample = [read, find(collection, 'list'), find(collection, 'create'), ...own].find(
		(operation) => operation?.examples.length,
	);
	return { read, example: (withExample?.examples[0] ?? {}) as TwilioRecord, keyPlaceholder };
}
