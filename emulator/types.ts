import type { Answer } from './answer';
import type { RecordStore } from './store';
import type { Params } from './params';
import type { FileStorage } from './storage';

/** A record as Twilio returns it (snake_case JSON). */
export type TwilioRecord = Record<string, unknown>;

/**
 * An API key of an account. Twilio's keys are Standard (the usual kind, and the only kind its API
 * creates), Main or Restricted; a Standard key may not use the Accounts resource or API keys
 * (docs: IAM → API keys, "Types of keys"). Restricted keys are not emulated.
 */
export interface EmulatedApiKey {
	sid: string;
	secret: string;
	kind: 'standard' | 'main';
}

/** An account the emulator knows, with the secrets that authenticate as it. */
export interface EmulatedAccount {
	sid: string;
	authToken: string;
	friendlyName: string;
	status: 'active' | 'suspended' | 'closed';
	/** The parent's SID for a subaccount. */
	ownerSid: string;
	apiKeys: EmulatedApiKey[];
	dateCreated: Date;
}

/** What a handler of a resource sees of the request and the emulator. */
export interface HandlerContext {
	method: string;
	/** Path placeholders, e.g. `{ AccountSid: 'AC…', Sid: 'SM…' }`. */
	path: Record<string, string>;
	/** Query parameters (GET, DELETE), the form body, or a JSON body's fields (POST). */
	params: Params;
	/** A JSON body, as Content and some Lookup and Verify operations take. */
	json?: Record<string, unknown>;
	/** The account that authenticated (the parent account when acting on a subaccount). */
	principal: EmulatedAccount;
	/** The account named in the path, if any. */
	account?: EmulatedAccount;
	/**
	 * Where the collection's records are in the store: the classic API's path of it
	 * (`/2010-04-01/Accounts/AC…/Messages`), a newer API's below its name (`/verify/v2/Services`).
	 */
	collectionUri: string;
	now: Date;
	newSid(prefix: string): string;
	/**
	 * All records, for resources that read or move each other's (e.g. a number moved to a
	 * subaccount).
	 */
	store: RecordStore;
	accounts: AccountRegistry;
	/** The storage host files are served from, behind a redirect. */
	fileHost: FileStorage;
	/** Twilio's host of the product, as its answers write links: `https://verify.twilio.com`. */
	host: string;
	/**
	 * The emulator's own address, where it serves what Twilio's partners would (an SNA carrier URL).
	 */
	emulatorUrl: string;
}

/** Where test helpers put records: any emulator (its store and default account). */
export interface SeedTarget {
	store: RecordStore;
	account: EmulatedAccount;
}

/** A record a test helper put in place, with the key tests address it by. */
export type SeededRecord<Key extends string = 'sid'> = TwilioRecord & Record<Key, string>;

/** The accounts the emulator knows; a subaccount is an account with an owner. */
export interface AccountRegistry {
	get(sid: string): EmulatedAccount | undefined;
	all(): EmulatedAccount[];
	add(account: EmulatedAccount): void;
}

/** A non-JSON or otherwise special route, e.g. recording media or a removed endpoint. */
export interface CustomRoute {
	/** Every method when absent. */
	method?: string;
	/**
	 * Below `/2010-04-01`, with `:Name` placeholders, e.g.
	 * `/Accounts/:AccountSid/Recordings/:Sid.mp3`.
	 */
	pattern: string;
	handle(context: HandlerContext): Answer;
}

/**
 * How the emulator serves one Twilio list resource: its path, SID prefix and list key, and how
 * records are created, changed, filtered. Routes (list, create, fetch, update, delete) follow.
 */
export interface ResourceEmulation {
	/** Below `/2010-04-01`, without `.json`, e.g. `/Accounts/:AccountSid/Messages`. */
	collectionPath: string;
	listKey: string;
	/** Newest records first (messages, calls) or in creation order. */
	order: 'newest-first' | 'oldest-first';
	create?(context: HandlerContext): TwilioRecord;
	/** Changes the record in place; throws TwilioError when the change is refused. */
	update?(record: TwilioRecord, context: HandlerContext): void;
	/** Whether DELETE removes a record (204). */
	deletable?: boolean;
	/** What deleting a record does to others (e.g. numbers stop using a deleted application). */
	deleted?(record: TwilioRecord, context: HandlerContext): void;
	/** Whether a list record matches the query's filters. */
	matches?(record: TwilioRecord, query: Params): boolean;
	/** Records the list starts with for the path's collection (e.g. the account list). */
	listSource?(context: HandlerContext): TwilioRecord[];
	/** Finds a record by the SID placeholder when it is not in the store (e.g. accounts). */
	fetch?(context: HandlerContext): TwilioRecord | undefined;
	/**
	 * Records are also addressed by a label of any text (a participant's), whose dots are not
	 * extensions: the record's placeholder is everything before the final `.json`.
	 */
	labelled?: true;
	customRoutes?: CustomRoute[];
}
