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
