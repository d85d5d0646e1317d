import { Params } from '../params';
import { newSid } from '../random';
import type { HandlerContext, SeededRecord, SeedTarget, TwilioRecord } from '../types';
import { kindOf, type GenericEmulation } from './engine';
import { buildRecord, present } from './records';
import { snakeCase, type OpenApiOperation } from './spec';

/**
 * Puts in place a record Twilio makes on its own (a queue's caller, a call's events, an execution's
 * steps, a flow's revisions…), for a path of the product's description that reads one: an instance
 * path (`/v2/Flows/{FlowSid}/Revisions/{Revision}`) or, for a collection without one, its list
 * path. The record is built like a created one, from the description's example of it: `path`
 * gives the placeholders (the record's own key is new unless given), `fields` then set any field
 * (snake_case). It is stored where the engine's list, fetch, update and delete find it, and
 * returned as Twilio shows it.
 */
export function seedThrough(
	engine: GenericEmulation,
	target: SeedTarget,
	template: string,
	path: Record<string, string>,
	fields: TwilioRecord = {},
): SeededRecord {
	const { read, example, keyPlaceholder } = describe(engine, template);
	const missing = read.placeholders.filter(
		(name) => name !== keyPlaceholder && path[name] === undefined,
	);
	if (missing.length) throw new Error(`seedRecord: ${template} needs ${missing.join(', ')}`);
	const context = {
		path,
		params: new Params(''),
		principal: target.account,
		collectionUri: engine.collectionUri(read, path),
		now: new Date(),
		newSid: (prefix: string) => newSid(prefix),
		store: target.store,
	} as unknown as HandlerContext;
	const collection = engine.collectionFor(read, context, target.store);
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
	if ('account_sid' in (schema.properties ?? {}) && !path.AccountSid)
		record.account_sid = target.account.sid;
	Object.assign(record, fields);
	// A view's source keeps only its own fields of the record: the answer shows them all.
	const built = { ...record };
	if (kindOf(read) === 'singleton') target.store.add(context.collectionUri, record, '');
	else collection.add(record);
	return present({ ...built, ...record }, schema) as SeededRecord;
}

/** An instance path's last placeholder, and the path of its collection. */
const INSTANCE = /\/\{(\w+)\}(\.json)?$/;

/**
 * How the description shows a record of the path: the operation whose schema it has (a fetch,
 * else the collection's list, else its create, else any operation of the path) and the example
 * it starts from (fetched, listed or created, in that order).
 */
function describe(
	engine: GenericEmulation,
	template: string,
): { read: OpenApiOperation; example: TwilioRecord; keyPlaceholder?: string } {
	const { spec } = engine;
	const own = spec.operationsOf(template);
	// A path the description reads only as a list may still name its records' key.
	const keyPlaceholder = own.length
		? own.find((operation) => operation.keyPlaceholder)?.keyPlaceholder
		: INSTANCE.exec(template)?.[1];
	const collection = keyPlaceholder ? spec.operationsOf(template.replace(INSTANCE, '$2')) : own;
	const find = (operations: OpenApiOperation[], kind: string) =>
		operations.find((operation) => kindOf(operation) === kind);
	const read =
		find(own, 'fetch') ??
		find(collection, 'list') ??
		find(collection, 'create') ??
		find(own, 'singleton') ??
		own[0];
	if (!read) throw new Error(`seedRecord: ${template} is not a path of the description`);
	const withExample = [read, find(collection, 'list'), find(collection, 'create'), ...own].find(
		(operation) => operation?.examples.length,
	);
	return { read, example: (withExample?.examples[0] ?? {}) as TwilioRecord, keyPlaceholder };
}
