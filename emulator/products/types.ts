import type { Answer } from '../answer';
import type { Params } from '../params';
import type { RecordStore } from '../store';
import type { AccountRegistry, EmulatedAccount, TwilioRecord } from '../types';

/**
 * The Twilio products beyond the classic API that the emulator serves, by the first label of their
 * host.
 */
export type ProductName = 'lookups' | 'verify' | 'content' | 'messaging' | 'studio';

/** What a handler of one of these products sees of the request and the emulator. */
export interface ProductContext {
	method: string;
	/** The path as received, e.g. `/v2/Services/VA…/Verifications`. */
	apiPath: string;
	/** Path placeholders, e.g. `{ ServiceSid: 'VA…' }`. */
	path: Record<string, string>;
	/** Query parameters (GET, DELETE) or the form body (POST). */
	params: Params;
	/** The JSON body, for the operations that take one (the Content API). */
	json?: Record<string, unknown>;
	/** The account that authenticated. */
	principal: EmulatedAccount;
	accounts: AccountRegistry;
	now: Date;
	newSid(prefix: string): string;
	/** Records by collection path, e.g. `/v2/Services`; emptied by the emulator's reset. */
	store: RecordStore;
	/** Twilio's host of the product, as its answers write links: `https://verify.twilio.com`. */
	host: string;
	/**
	 * The emulator's own address, where it serves what Twilio's partners would (an SNA carrier URL).
	 */
	emulatorUrl: string;
}

/** One route of a product: a method and a path below the host with `:Name` placeholders. */
export interface ProductRoute {
	method: 'GET' | 'POST' | 'DELETE';
	pattern: string;
	handle(context: ProductContext): Answer;
}

export type { TwilioRecord };
