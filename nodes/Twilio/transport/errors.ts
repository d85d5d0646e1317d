import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import type { TwilioRequest, TwilioResponse } from './wire';

/** Twilio's error body: `{ code, message, more_info, status }`. */
interface TwilioErrorBody {
	code?: number;
	message?: string;
	more_info?: string;
	status?: number;
}

function errorBody(body: unknown): TwilioErrorBody | undefined {
	// A file download reads the answer as bytes, Twilio's JSON error included.
	if (Buffer.isBuffer(body)) return errorBody(body.toString('utf8'));
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as TwilioErrorBody;
	if (typeof body === 'string' && body.trim().startsWith('{')) {
		try {
			return errorBody(JSON.parse(body));
		} catch {
			return undefined;
		}
	}
	return undefined;
}

/** The fields of a Twilio error kept on the NodeApiError, for output items and tests. */
interface TwilioErrorDetails {
	httpStatus: number;
	code?: number;
	moreInfo?: string;
}

/** Turns an error answer into a NodeApiError with Twilio's code, message and `more_info` link. */
export function twilioApiError(
	node: INode,
	response: TwilioResponse,
	itemIndex: number,
): NodeApiError {
	const body = errorBody(response.body);
	const twilioMessage =
		body?.message ??
		(response.statusCode < 400
			? `The API Base URL answered with a redirect (HTTP ${response.statusCode} to ${String(response.headers.location)}): set the credential's API Base URL to the address it points to`
			: `Twilio answered with HTTP ${response.statusCode}`);
	const code = typeof body?.code === 'number' ? body.code : undefined;
	const moreInfo = typeof body?.more_info === 'string' ? body.more_info : undefined;
	const message = code !== undefined ? `Twilio error ${code}: ${twilioMessage}` : twilioMessage;
	const description = [
		`HTTP ${response.statusCode}.`,
		moreInfo ? `More information: ${moreInfo}` : undefined,
	]
		.filter(Boolean)
		.join(' ');
	const error = new NodeApiError(
		node,
		{
			code: code ?? null,
			message: twilioMessage,
			more_info: moreInfo ?? null,
			status: response.statusCode,
		} as JsonObject,
		{ message, description, httpCode: String(response.statusCode), itemIndex },
	);
	// n8n swaps a message that happens to contain a network code (e.g. from an echoed value) for a
	// generic one.
	error.message = message;
	const details: TwilioErrorDetails = { httpStatus: response.statusCode, code, moreInfo };
	Object.assign(error.context, details);
	return error;
}

/**
 * The storage host Twilio redirected a file request to answered with an error. Names the host and
 * path only: the pre-signed query grants access to the file.
 */
export function fileHostError(
	node: INode,
	response: TwilioResponse,
	location: URL,
	itemIndex: number,
): NodeApiError {
	const where = `${location.origin}${location.pathname}`;
	const message = `The file host Twilio redirected to answered HTTP ${response.statusCode}`;
	const error = new NodeApiError(node, { message: where } as JsonObject, {
		message,
		description: `GET ${where}`,
		httpCode: String(response.statusCode),
		itemIndex,
	});
	error.message = message;
	Object.assign(error.context, { httpStatus: response.statusCode });
	return error;
}

/** The Accounts resource (`/Accounts.json`, `/Accounts/{Sid}.json`) and API keys (`…/Keys`). */
const MAIN_KEY_PATH = /^\/2010-04-01\/Accounts(?:\.json|\/[^/]+\.json|\/[^/]+\/Keys(?:\.json|\/))/;

/**
 * An API key Twilio refused (401): a Standard key, the usual kind, may not use the Accounts
 * resource or API keys, nor act on a subaccount; only a Main key or the Auth Token may. Says so,
 * beside Twilio's own message, which only speaks of an invalid username.
 */
export function explainKeyRefusal(
	error: NodeApiError,
	path: string,
	credentialAccountSid: string,
): NodeApiError {
	const account = /^\/2010-04-01\/Accounts\/([^/.]+)/.exec(path)?.[1];
	const reason = MAIN_KEY_PATH.test(path)
		? 'This operation needs a Main API key or the Auth Token (Standard API keys cannot use accounts, subaccounts or API keys)'
		: account !== undefined && account !== credentialAccountSid
			? 'Acting on a subaccount needs a Main API key or the Auth Token (a Standard API key acts on its own account only)'
			: undefined;
	const hint = reason
		? 'Set the credential to Auth Token, or use a Main API key (created in the Twilio Console).'
		: "Check the credential's API Key SID and Secret, and that the key belongs to its Account SID and Region.";
	if (reason) error.message = `${error.message}. ${reason}`;
	error.description = error.description ? `${hint} ${error.description}` : hint;
	return error;
}

/** Why a request got no answer. */
export type ConnectionFailure =
	/** It never reached Twilio (connection refused, host not found): repeating it is harmless. */
	| 'not-sent'
	/** No answer within the request timeout: Twilio may have processed it. */
	| 'timeout'
	/** The connection broke after the request may have been sent: Twilio may have processed it. */
	| 'broken';

/** Failures that happen before a single byte of the request leaves the machine. */
const NOT_SENT_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'];
const TIMEOUT_CODES = ['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'];

/** What a connection error says about the request; anything unknown counts as possibly sent. */
export function connectionFailureOf(error: unknown): ConnectionFailure {
	const failure = (error as NodeApiError | undefined)?.context?.connectionFailure;
	return failure === 'not-sent' || failure === 'timeout' ? failure : 'broken';
}

/**
 * A request that got no answer. Built from the error code alone: the HTTP client's error carries
 * the request configuration, credentials included, and must not travel further.
 */
export function connectionError(
	node: INode,
	cause: unknown,
	request: Pick<TwilioRequest, 'method' | 'path' | 'itemIndex'>,
	timeoutMs: number,
): NodeApiError {
	const code = networkErrorCode(cause) ?? 'ERROR';
	const failure: ConnectionFailure = NOT_SENT_CODES.includes(code)
		? 'not-sent'
		: isTimeout(cause, code)
			? 'timeout'
			: 'broken';
	const target = `${request.method} ${request.path.split('?')[0]}`;
	const message = {
		'not-sent': `Could not connect to Twilio (${code})`,
		timeout: `Twilio did not answer within ${timeoutMs / 1000} s`,
		broken: `The connection to Twilio broke before its answer (${code})`,
	}[failure];
	const error = new NodeApiError(node, { message: target } as JsonObject, {
		message,
		description: failure === 'not-sent' ? `${target} was not sent.` : target,
		itemIndex: request.itemIndex,
	});
	// n8n swaps a message that names a network code for a generic one; keep the precise one.
	error.message = message;
	Object.assign(error.context, { connectionFailure: failure, networkCode: code });
	return error;
}

function isTimeout(error: unknown, code: string): boolean {
	if (TIMEOUT_CODES.includes(code)) return true;
	// The HTTP client reports its own timeout as ECONNABORTED with "timeout of …ms exceeded".
	for (
		let current = error, depth = 0;
		current && typeof current === 'object' && depth < 5;
		depth++
	) {
		const { code: ownCode, message } = current as { code?: unknown; message?: unknown };
		if (ownCode === 'ECONNABORTED' && typeof message === 'string' && /timeout/i.test(message))
			return true;
		current = (current as { cause?: unknown }).cause;
	}
	return false;
}

/** The Node.js / HTTP client code of a failed request (ECONNRESET, ECONNABORTED…), if any. */
function networkErrorCode(error: unknown): string | undefined {
	for (
		let current = error, depth = 0;
		current && typeof current === 'object' && depth < 5;
		depth++
	) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}
