import type { Answer } from '../answer';
import type { Params } from '../params';
import type { FileStorage } from '../storage';
import type { RecordStore } from '../store';
import type { AccountRegistry, EmulatedAccount, HandlerContext, TwilioRecord } from '../types';
import type { Schema, OpenApiOperation } from './spec';

/**
 * What the emulator knows of one Twilio product beyond its OpenAPI description: what its operations
 * do (`emulator/products/{name}/`).
 */
export interface ProductBehaviours {
	/** What operations do beyond generic CRUD, by operationId, each from Twilio's documentation. */
	behaviours: Record<string, Behaviour>;
	/** Where collections' records live, by path below the product's root. */
	collections?: Record<string, CollectionConfig>;
	/** What Twilio serves beyond its description (audio, renderings, retired endpoints). */
	outsideSpec?: OutsideRoute[];
	/** Adapts the description to the request validator of the contract check. */
	prepareContract?<T>(spec: T): T;
}

/**
 * A request Twilio serves that its OpenAPI description leaves out: a recording's audio, a
 * transcription's text, an endpoint Twilio retired. Served when no operation of the description
 * matches.
 */
export interface OutsideRoute {
	/** Every method when absent. */
	method?: string;
	/** As the description writes paths: `/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.mp3`. */
	pattern: string;
	handle(context: HandlerContext): Answer;
}

/** A product the emulator serves: the registry's name and description, and its behaviours. */
export interface EmulatedProduct extends ProductBehaviours {
	/** The first label of Twilio's host for it, and the first segment of its paths here. */
	name: string;
	/** Its OpenAPI description, in `openapi/`. */
	openApi: string;
}

/** One request to a product as the engine sees it: its path below the product's prefix. */
export interface EngineRequest {
	method: string;
	apiPath: string;
	/** The query (GET, DELETE), the form, or a JSON body's fields (POST). */
	params: Params;
	json?: Record<string, unknown>;
	principal: EmulatedAccount;
	accounts: AccountRegistry;
	store: RecordStore;
	fileHost: FileStorage;
	newSid(prefix: string): string;
	emulatorUrl: string;
}

/** The records of one collection as a generic operation reads and writes them. */
export interface Collection {
	/**
	 * The collection's API path without `.json`, e.g.
	 * `/2010-04-01/Accounts/AC…/Calls/CA…/Recordings`.
	 */
	uri: string;
	/** The field a record is addressed by in the path (`sid`, `call_sid` for queue members). */
	keyField: string;
	list(): TwilioRecord[];
	get(key: string): TwilioRecord | undefined;
	add(record: TwilioRecord): void;
	remove(record: TwilioRecord): void;
	/** After a change: keeps a view's record in its source collection's shape. */
	normalize(record: TwilioRecord): void;
}

/** What a generic operation sees: the handler's context, the operation, and its collection. */
export interface GenericContext extends HandlerContext {
	operation: OpenApiOperation;
	apiPath: string;
	collection: Collection;
	/** The schema of the collection's records as the operation shows them. */
	schema: Schema;
	/** The record the path names, or Twilio's 404. */
	record(): TwilioRecord;
}

/**
 * What one operation does beyond the generic list, create, fetch, update and delete, from
 * Twilio's documentation. Every hook is optional; a hook throws a TwilioError to refuse.
 */
export interface Behaviour {
	/**
	 * Where the path may name a record by something other than its key (a conference by its friendly
	 * name): the request's context with that placeholder (and the collection's path) resolved.
	 */
	address?(context: HandlerContext): HandlerContext;
	/** Refuses what Twilio refuses, before anything changes. */
	check?(context: GenericContext): void;
	/**
	 * For a list: whether a record matches the query, where Twilio filters otherwise than on the
	 * fields its parameters name (a part of a number, a date range); instead of the generic filters.
	 */
	matches?(record: TwilioRecord, context: GenericContext): boolean;
	/** Replaces the generic handling. */
	handle?(context: GenericContext): Answer;
	/** After a create built the record (before it is stored) or an update changed it. */
	apply?(record: TwilioRecord, context: GenericContext): void;
	/** Before a record is deleted: refuses, or changes other records. */
	deleting?(record: TwilioRecord, context: GenericContext): void;
	/** Fields the create answer shows and the stored record then forgets (a new key's secret). */
	shownOnce?: string[];
}

/**
 * How the records of one collection live, by its path below /2010-04-01 (spec form, no `.json`).
 */
export interface CollectionConfig {
	/**
	 * The collection shows records of another one (a call's recordings are the account's recordings
	 * of that call): `where` names fields and the values they must have, `{Placeholder}` for a path
	 * value.
	 */
	view?: { source: string; where: Record<string, string> };
	order?: 'newest-first' | 'oldest-first';
	/** Records the collection has without the store (the account's API keys, usage records). */
	source?(context: GenericContext): TwilioRecord[];
	/** Fields computed when a record is read (a queue's size). */
	decorate?(record: TwilioRecord, context: GenericContext): void;
	/** For a view: fills the source's fields the view's records lack (a recording's media URL). */
	complete?(record: TwilioRecord, context: HandlerContext): void;
}
