import type { IDataObject } from 'n8n-workflow';

import type { Product } from './hosts';
import type { RequestSettings } from './requestSettings';

/**
 * Whether a request may be sent again after a 5xx, timeout or broken connection, when Twilio may
 * have processed it.
 */
export type RetrySafety =
	/** Repeating it changes nothing more (a read, a delete, most updates). */
	| 'idempotent'
	/**
	 * Repeating it could act twice (a second message, call or purchase; a call's instructions
	 * restarted).
	 */
	| 'once';

/** How to read an answer: Twilio's JSON, plain text (TwiML, transcripts) or bytes (recordings). */
type ResponseReading = 'json' | 'text' | 'binary';

/** The methods Twilio's APIs use: PUT only where a body replaces a record (Lookup's limits). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One HTTP request to Twilio, described by the engine. */
export interface TwilioRequest {
	method: HttpMethod;
	/** The product whose host the request goes to; the classic API (`api`) when absent. */
	product?: Product;
	/** Path from the host, already encoded, e.g. `/2010-04-01/Accounts/AC…/Messages.json`. */
	path: string;
	query?: URLSearchParams;
	/** A form body. */
	body?: URLSearchParams;
	/** A JSON body instead of a form (the Content API). */
	json?: IDataObject;
	/** Headers the operation's description declares, by name: never the credential's. */
	headers?: Record<string, string>;
	retry: RetrySafety;
	itemIndex: number;
	read?: ResponseReading;
	/** Per-request retries, retry delay and timeout; the client's own when absent. */
	settings?: RequestSettings;
	/**
	 * `once` only: how the user can find out whether Twilio processed it when no clear answer came.
	 */
	duplicateCheck?: string;
	/** Abandons the request when it fires (a time budget). */
	abortSignal?: AbortSignal;
	/**
	 * The operation's answer is a redirect carrying its JSON (see
	 * `OperationDefinition.answersWithRedirect`).
	 */
	answersWithRedirect?: true;
}

/** What a request came back with. */
export interface TwilioResponse {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
	/**
	 * A DELETE whose answer was lost and whose retry found the record gone (404): the lost try
	 * deleted it. Set by the retry policy in place of Twilio's 404.
	 */
	goneOnRetry?: true;
}
