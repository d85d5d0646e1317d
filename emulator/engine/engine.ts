import { json, type Answer } from '../answer';
import { notFound, TwilioError } from '../errors';
import { Params } from '../params';
import type { RecordStore } from '../store';
import type { EmulatedAccount, HandlerContext, TwilioRecord } from '../types';
import { matchesDateFilter } from './filters';
import { listPage, metaPage, PAGING_PARAMETERS } from './paging';
import { applyParameters, buildRecord, dateNow, present } from './records';
import {
	sidPrefix,
	snakeCase,
	specIndex,
	type Schema,
	type SpecIndex,
	type OpenApiOperation,
} from './spec';
import type {
	Behaviour,
	Collection,
	CollectionConfig,
	EmulatedProduct,
	EngineRequest,
	GenericContext,
	OutsideRoute,
} from './types';

/**
 * What an operation does to its path: read a list, create in it, act on one record, or read the one
 * record a path has.
 */
type OperationKind = 'list' | 'create' | 'fetch' | 'update' | 'delete' | 'singleton';

export function kindOf(operation: OpenApiOperation): OperationKind {
	if (operation.method === 'GET' && operation.listKey) return 'list';
	if (!operation.keyPlaceholder) return operation.method === 'POST' ? 'create' : 'singleton';
	return ({ GET: 'fetch', POST: 'update', PUT: 'update', DELETE: 'delete' } as const)[
		operation.method
	];
}

/**
 * The path of an operation's collection below the product's root (the classic API's version
 * segment): `/2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json` →
 * `/Accounts/{AccountSid}/Queues`, `/v2/Services/{Sid}` → `/v2/Services`.
 */
function collectionTemplate(operation: OpenApiOperation, root: string): string {
	const below = operation.template.slice(root.length).replace(/\.json$/, '');
	return ['fetch', 'update', 'delete'].includes(kindOf(operation))
		? below.replace(/\/\{\w+\}$/, '')
		: below;
}

/** The classic API's version segment, which its paths start with and its links keep. */
const DATED_ROOT = /^\/\d{4}-\d{2}-\d{2}(?=\/)/;

/** A path with `{Name}` placeholders reduced to its shape. */
const shape = (template: string) => template.replace(/\{\w+\}/g, '{}');

/** A path of the description's form as a regular expression with named groups. */
const compile = (template: string) =>
	new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, '(?<$1>[^/]+?)')}$`);

/** A match's placeholders, decoded. */
const valuesOf = (match: RegExpExecArray): Record<string, string> =>
	Object.fromEntries(
		Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]),
	);

interface CompiledOperation {
	operation: OpenApiOperation;
	pattern: RegExp;
	/**
	 * Characters outside placeholders: a literal segment (`/Local.json`) wins over a placeholder
	 * (`/{Sid}.json`).
	 */
	literal: number;
}

/**
 * Serves every operation of Twilio's OpenAPI description that no hand-written resource does, from
 * the description itself: records shaped like its examples, lists with its list keys, filters on
 * the fields its parameters name. `behaviours` add what Twilio's documentation says an operation
 * does beyond that; `collections` say where a collection's records live.
 */
/**
 * Serves every operation of one product's OpenAPI description from the description itself: records
 * shaped like its examples, lists with its list keys and its paging, filters on the fields its
 * parameters name. The product's `behaviours` add what Twilio's documentation says an operation
 * does beyond that; its `collections` say where a collection's records live; its `outsideSpec`
 * routes serve what Twilio serves beyond the description.
 */
export class GenericEmulation {
	readonly spec: SpecIndex;
	/** What the product's paths start with and its links keep: the classic API's `/2010-04-01`. */
	readonly root: string;
	/** Twilio's host of the product, as its answers write links: `https://verify.twilio.com`. */
	readonly host: string;
	/**
	 * Where the product's records are in the store: below its root, or below its name for the newer
	 * APIs, whose paths (`/v1/Services`) are not unique across products.
	 */
	private readonly storeRoot: string;
	private readonly compiled: CompiledOperation[];
	private readonly behaviours: Record<string, Behaviour>;
	private readonly collections: Record<string, CollectionConfig>;
	private readonly outside: Array<{ route: OutsideRoute; pattern: RegExp }>;

	constructor(readonly product: EmulatedProduct) {
		this.spec = specIndex(product.openApi);
		this.root = DATED_ROOT.exec(this.spec.operations[0]?.template ?? '')?.[0] ?? '';
		this.storeRoot = this.root || `/${product.name}`;
		this.host = `https://${product.name}.twilio.com`;
		this.behaviours = product.behaviours;
		this.collections = product.collections ?? {};
		this.compiled = this.spec.operations.map((operation) => ({
			operation,
			pattern: compile(operation.template),
			literal: operation.template.replace(/\{\w+\}/g, '').length,
		}));
		this.outside = (product.outsideSpec ?? []).map((route) => ({
			route,
			pattern: compile(route.pattern),
		}));
	}

	/** The operation of the description a request is for, literal segments first. */
	operationFor(
		method: string,
		apiPath: string,
	): { operation: OpenApiOperation; path: Record<string, string> } | undefined {
		let best:
			{ operation: OpenApiOperation; path: Record<string, string>; literal: number } | undefined;
		for (const { operation, pattern, literal } of this.compiled) {
			if (operation.method !== method || (best && best.literal >= literal)) continue;
			const match = pattern.exec(apiPath);
			if (match) best = { operation, path: valuesOf(match), literal };
		}
		return best;
	}

	/**
	 * The answer to a request for the product (its path below the product's prefix), or a
	 * TwilioError thrown.
	 */
	answer(request: EngineRequest): Answer {
		const { method, apiPath } = request;
		const found = this.operationFor(method, apiPath);
		if (found) {
			const { operation, path } = found;
			const context = this.contextFor(request, path, this.collectionUri(operation, path));
			return this.handle(operation, context, request.store, apiPath);
		}
		for (const { route, pattern } of this.outside) {
			const match = route.method && route.method !== method ? null : pattern.exec(apiPath);
			if (!match) continue;
			const path = valuesOf(match);
			// The collection a path below it names: its records' path without a key or an extension.
			const collection = route.pattern
				.slice(this.root.length)
				.replace(/\/\{\w+\}[^/]*$/, '')
				.replace(/\.\w+$/, '')
				.replace(/\{(\w+)\}/g, (_, name: string) => path[name]);
			return route.handle(this.contextFor(request, path, this.storeRoot + collection));
		}
		throw notFound(apiPath);
	}

	/** The store's key of an operation's collection, with the path's values. */
	collectionUri(operation: OpenApiOperation, path: Record<string, string>): string {
		return (
			this.storeRoot +
			collectionTemplate(operation, this.root).replace(
				/\{(\w+)\}/g,
				(_, name: string) => path[name],
			)
		);
	}

	/**
	 * What a handler sees of the request. A path's account must be the one that authenticated or one
	 * of its subaccounts: any other is not found, as Twilio answers.
	 */
	private contextFor(
		request: EngineRequest,
		path: Record<string, string>,
		collectionUri: string,
	): HandlerContext {
		const { principal, accounts } = request;
		let account: EmulatedAccount | undefined;
		if (path.AccountSid) {
			account = accounts.get(path.AccountSid);
			if (!account || (account.sid !== principal.sid && account.ownerSid !== principal.sid))
				throw notFound(request.apiPath);
		}
		return {
			method: request.method,
			path,
			params: request.params,
			json: request.json,
			principal,
			account,
			collectionUri,
			now: new Date(),
			newSid: request.newSid,
			store: request.store,
			accounts,
			fileHost: request.fileHost,
			host: this.host,
			emulatorUrl: request.emulatorUrl,
		};
	}

	/** The collection an operation's path names, with its records wherever they live. */
	collectionFor(
		operation: OpenApiOperation,
		context: HandlerContext,
		store: RecordStore,
	): Collection {
		const template = collectionTemplate(operation, this.root);
		const config = this.collections[template] ?? {};
		const keyPlaceholder =
			operation.keyPlaceholder ?? this.instanceOperation(template)?.keyPlaceholder;
		const schema = this.recordSchema(operation);
		const keyField =
			keyPlaceholder && schema?.properties?.[snakeCase(keyPlaceholder)]
				? snakeCase(keyPlaceholder)
				: 'sid';
		const fill = (text: string) =>
			text.replace(/\{(\w+)\}/g, (_, name: string) => context.path[name] ?? '');
		const where = Object.entries(config.view?.where ?? {}).map(
			([field, value]) => [field, fill(value)] as const,
		);
		const uri = config.view
			? `${this.storeRoot}${fill(config.view.source)}`
			: context.collectionUri;
		const belongs = (record: TwilioRecord) =>
			where.every(([field, value]) => String(record[field]) === value);
		const byName = Boolean(schema?.properties?.name);
		const sourceSchema = config.view && this.instanceOperation(config.view.source)?.itemSchema;
		/**
		 * A record of a view lives in its source collection, which the source's own emulation shows
		 * as stored: it holds the source's fields (unset ones null), and the fields only the view
		 * shows (a call recording's `track`) are kept beside it.
		 */
		const normalize = (record: TwilioRecord) => {
			if (!sourceSchema?.properties) return;
			const extras = VIEW_FIELDS.get(record) ?? {};
			for (const name of Object.keys(record)) {
				if (!(name in sourceSchema.properties)) {
					extras[name] = record[name];
					delete record[name];
				}
			}
			for (const name of Object.keys(sourceSchema.properties))
				if (!(name in record)) record[name] = null;
			VIEW_FIELDS.set(record, extras);
			config.complete?.(record, context);
		};
		return {
			uri: context.collectionUri,
			keyField,
			list: () => store.list(uri).filter(belongs),
			get: (key) => {
				const record =
					store.get(uri, key) ??
					(byName ? store.list(uri).find((candidate) => candidate.name === key) : undefined);
				return record && belongs(record) ? record : undefined;
			},
			add: (record) => {
				for (const [field, value] of where) record[field] = value;
				normalize(record);
				store.add(uri, record, String(record[keyField]));
			},
			remove: (record) => void store.removeRecord(uri, record),
			normalize,
		};
	}

	/** The schema of the records an operation answers with (a list's items, or the record). */
	recordSchema(operation: OpenApiOperation): Schema | undefined {
		return operation.itemSchema;
	}

	/** The operation that fetches one record of a collection (below the root). */
	instanceOperation(template: string): OpenApiOperation | undefined {
		return this.spec.operations.find(
			(operation) =>
				operation.method === 'GET' &&
				kindOf(operation) === 'fetch' &&
				collectionTemplate(operation, this.root) === template,
		);
	}

	/** Whether the description has a create for the collection of a fetch operation's record. */
	private creates(fetch: OpenApiOperation): boolean {
		const template = collectionTemplate(fetch, this.root);
		return this.spec.operations.some(
			(candidate) =>
				kindOf(candidate) === 'create' && collectionTemplate(candidate, this.root) === template,
		);
	}

	/**
	 * A path below a record that does not exist names nothing: Twilio answers 404 (20404) for the
	 * events of an unknown call as for the call itself. Each record the path passes through must be
	 * in the store (the account is the server's to check, the numbers for sale are not stored); a
	 * conversation named by its unique name instead of its SID is not found, stricter than Twilio.
	 */
	private requireParents(
		operation: OpenApiOperation,
		context: HandlerContext,
		store: RecordStore,
		apiPath: string,
	): void {
		const values = operation.placeholders.map((name) => context.path[name]);
		operation.placeholders.forEach((name, index) => {
			if (name === 'AccountSid' || name === operation.keyPlaceholder || name === 'CountryCode')
				return;
			const prefix = operation.template.slice(
				0,
				operation.template.indexOf(`{${name}}`) + name.length + 2,
			);
			const parent = this.spec.operations.find(
				(candidate) =>
					kindOf(candidate) === 'fetch' &&
					shape(candidate.template.replace(/\.json$/, '')) === shape(prefix),
			);
			// A product's first record is checked where the API creates such records (a conversation,
			// a flow), not where Twilio has them on its own (a number to look up).
			if (!parent || (index === 0 && !this.creates(parent))) return;
			const parentPath = Object.fromEntries(
				parent.placeholders.map((placeholder, position) => [placeholder, values[position]]),
			);
			const collectionUri = this.collectionUri(parent, parentPath);
			const parentContext = { ...context, path: parentPath, collectionUri };
			if (!this.collectionFor(parent, parentContext, store).get(values[index]))
				throw notFound(apiPath);
		});
	}

	private handle(
		operation: OpenApiOperation,
		requested: HandlerContext,
		store: RecordStore,
		apiPath: string,
	): Answer {
		const template = collectionTemplate(operation, this.root);
		const config = this.collections[template] ?? {};
		const behaviour = this.behaviours[operation.operationId] ?? {};
		const context = behaviour.address?.(requested) ?? requested;
		// The record the path names, in the collection's own source or its store.
		const findOrNone = () => {
			const key = context.path[operation.keyPlaceholder!];
			return (
				(config.source?.(generic) ?? generic.collection.list()).find(
					(candidate) => String(candidate[generic.collection.keyField]) === key,
				) ?? generic.collection.get(key)
			);
		};
		const find = () => {
			const record = findOrNone();
			if (!record) throw notFound(apiPath);
			return record;
		};
		const generic: GenericContext = {
			...context,
			operation,
			apiPath,
			collection: this.collectionFor(operation, context, store),
			schema: this.recordSchema(operation) ?? {},
			record: find,
		};
		this.requireParents(operation, context, store, apiPath);
		checkLengths(operation, context.params);
		behaviour.check?.(generic);
		if (behaviour.handle) return behaviour.handle(generic);
		const shown = (record: TwilioRecord) => {
			const copy = { ...VIEW_FIELDS.get(record), ...record };
			config.decorate?.(copy, generic);
			return present(copy, generic.schema);
		};
		switch (kindOf(operation)) {
			case 'list': {
				const all = config.source ? config.source(generic) : generic.collection.list();
				const ordered = config.order === 'newest-first' ? [...all].reverse() : all;
				const matching = ordered.filter((record) =>
					behaviour.matches
						? behaviour.matches(record, generic)
						: matchesQuery(record, context.params, operation, generic.schema),
				);
				const keyOf = (record: TwilioRecord) => String(record[generic.collection.keyField]);
				const page =
					operation.paging === 'meta'
						? metaPage(
								operation.listKey!,
								matching,
								context.params,
								`${this.host}${apiPath}`,
								keyOf,
							)
						: listPage(operation.listKey!, matching, context.params, apiPath, keyOf);
				return json(200, {
					...page,
					[operation.listKey!]: (page[operation.listKey!] as TwilioRecord[]).map(shown),
				});
			}
			case 'create': {
				// A POST to a record of its own path sets it again after a DELETE.
				const single = store.get(context.collectionUri, SINGLETON);
				if (single) REMOVED.delete(single);
				const record = this.create(operation, generic);
				behaviour.apply?.(record, generic);
				if ('uri' in record)
					record.uri = `${generic.collection.uri}/${String(record[generic.collection.keyField])}.json`;
				// A view's source keeps only its own fields of the record: the answer shows them all.
				const built = { ...record };
				generic.collection.add(record);
				const answer = json(operation.status, shown({ ...built, ...record }));
				for (const field of behaviour.shownOnce ?? []) delete record[field];
				return answer;
			}
			case 'fetch':
				return json(operation.status, shown(find()));
			case 'update': {
				const record =
					this.upserts(operation) && !findOrNone() ? this.create(operation, generic) : find();
				if (!generic.collection.get(String(record[generic.collection.keyField])))
					generic.collection.add(record);
				applyParameters(record, context.params, generic.schema, operation);
				if ('date_updated' in record)
					record.date_updated = dateNow(generic.schema.properties?.date_updated, context.now);
				behaviour.apply?.(record, generic);
				generic.collection.normalize(record);
				return json(operation.status, shown(record));
			}
			case 'delete': {
				const record = find();
				behaviour.deleting?.(record, generic);
				generic.collection.remove(record);
				return json(204, undefined);
			}
			case 'singleton': {
				let record = store.get(context.collectionUri, SINGLETON);
				if (record && REMOVED.has(record)) throw notFound(apiPath);
				if (!record) {
					record = buildRecord({
						schema: generic.schema,
						example: operation.examples[0] ?? {},
						path: context.path,
						now: context.now,
						newSid: context.newSid,
					});
					store.add(context.collectionUri, record, SINGLETON);
				}
				// A DELETE of a record of its own path (a domain's certificate), which reads as there from
				// the start: gone until set again.
				if (operation.method === 'DELETE') {
					REMOVED.add(record);
					return json(204, undefined);
				}
				return json(operation.status, shown(record));
			}
		}
	}

	/**
	 * Whether a change to a record that does not exist creates it: where Twilio names the POST
	 * Create…, where the client names the record by a name of its own (a Lookup override's field, a
	 * rate limit's bucket), by a POST where its
	 * collection has no create, or by a PUT whose answers the description lists without a 404 (a
	 * PUT that has one, Lookup's UpdateLookupPhoneNumberOverrides, changes only what exists).
	 */
	private upserts(operation: OpenApiOperation): boolean {
		const key = operation.pathParameters[operation.keyPlaceholder ?? ''];
		if (!key) return false;
		// A POST Twilio names Create… makes the record its path names, even by a SID (Messaging's
		// CreateLinkshorteningMessagingService attaches a service to a domain).
		if (operation.method === 'POST' && operation.operationId.startsWith('Create')) return true;
		if (sidPrefix(key)) return false;
		if (operation.method === 'PUT') return !operation.answersNotFound;
		const template = collectionTemplate(operation, this.root);
		return !this.spec.operations.some(
			(candidate) =>
				kindOf(candidate) === 'create' && collectionTemplate(candidate, this.root) === template,
		);
	}

	/** A new record of a create operation, from its example and its form parameters. */
	private create(operation: OpenApiOperation, context: GenericContext): TwilioRecord {
		const missing = operation.body.required.filter((name) => !context.params.has(name));
		if (missing.length)
			throw new TwilioError(
				400,
				20001,
				`Missing required parameter ${missing[0]} in the post body`,
			);
		const schema = context.schema;
		const record: TwilioRecord = buildRecord({
			schema,
			example: operation.examples[0] ?? {},
			path: context.path,
			// An upsert's record has the name its path gives it.
			key: {
				field: context.collection.keyField,
				value: operation.keyPlaceholder && context.path[operation.keyPlaceholder],
			},
			now: context.now,
			newSid: context.newSid,
		});
		applyParameters(record, context.params, schema, operation, { creating: true });
		// The newer APIs' paths do not name the account: the record is the one that authenticated.
		if ('account_sid' in (schema.properties ?? {}) && !context.path.AccountSid)
			record.account_sid = context.principal.sid;
		return record;
	}
}

/**
 * The fields of view records that their source collection does not show (see Collection.normalize).
 */
const VIEW_FIELDS = new WeakMap<TwilioRecord, TwilioRecord>();

/** The key a path's only record (`/Balance.json`) is stored under. */
const SINGLETON = '';

/** Records of their own path (no key) that a DELETE removed. */
const REMOVED = new WeakSet<TwilioRecord>();

/**
 * Parameters whose description says how long they may be ("It can be up to 64 characters long",
 * "up to 255 characters", "up to 32 characters" for a SIP username): a longer value is refused,
 * FriendlyName with 21601 as the hand-written resources do, any other with 20001.
 */
function checkLengths(operation: OpenApiOperation, params: Params): void {
	for (const name of params.keys()) {
		const limit = /up to (\d+) characters/.exec(
			operation.body.properties[name]?.description ?? '',
		)?.[1];
		const value = params.get(name) ?? '';
		if (limit && [...value].length > Number(limit)) {
			throw new TwilioError(
				400,
				name === 'FriendlyName' ? 21601 : 20001,
				`${name} is too long (${limit} characters at most)`,
			);
		}
	}
}

/**
 * Query filters on the fields they name: dates as Twilio documents date filters, anything else
 * exactly.
 */
function matchesQuery(
	record: TwilioRecord,
	query: Params,
	operation: OpenApiOperation,
	schema: Schema,
): boolean {
	const properties = schema.properties ?? {};
	const bases = new Set(
		query
			.keys()
			.filter((name) => !PAGING_PARAMETERS.includes(name))
			.map((name) => name.replace(/[<>]$/, '')),
	);
	for (const base of bases) {
		const field = snakeCase(base);
		const property = properties[field];
		if (!property) continue;
		const declared =
			operation.queryParameters[base] ??
			operation.queryParameters[`${base}<`] ??
			operation.queryParameters[`${base}>`] ??
			{};
		const isDate =
			property.format === 'date-time-rfc-2822' ||
			declared.format === 'date' ||
			declared.format === 'date-time';
		if (isDate) {
			if (!matchesDateFilter(record, query, base, field)) return false;
		} else if (query.has(base) && String(record[field]) !== query.get(base)) return false;
	}
	return true;
}
