import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { signingKeyFor } from './accountToken';
import { triggerCredentials } from './credentialMemory';
import { signatureProblem, type SignatureProblem, type SignedParameters } from './signature';

/**
 * A request Twilio sends to a trigger, as the triggers read it: its raw body, the URL Twilio
 * signed, and whether Twilio signed it (the number webhooks' trigger and the Event Streams trigger
 * alike).
 */

/** The parts of n8n's request object the trigger reads (an Express request in n8n). */
export interface IncomingRequest {
	url?: string;
	originalUrl?: string;
	headers: Record<string, string | string[] | undefined>;
	rawBody?: Buffer;
	readRawBody?: () => Promise<void>;
}

/** The parts of n8n's response object the trigger writes (a Node.js ServerResponse underneath). */
export interface OutgoingResponse {
	writeHead(status: number, headers: Record<string, string>): unknown;
	end(body: string): unknown;
}

export function header(request: IncomingRequest, name: string): string {
	const value = request.headers[name];
	return (Array.isArray(value) ? value[0] : value) ?? '';
}

export function answer(
	response: OutgoingResponse,
	status: number,
	contentType: string,
	body: string,
): void {
	response.writeHead(status, { 'Content-Type': contentType });
	response.end(body);
}

/**
 * The request's body as sent: n8n keeps it for webhooks, and reads it on demand in some versions.
 */
export async function rawBodyOf(request: IncomingRequest): Promise<string | undefined> {
	if (!request.rawBody && typeof request.readRawBody === 'function') await request.readRawBody();
	return Buffer.isBuffer(request.rawBody) ? request.rawBody.toString('utf8') : undefined;
}

/**
 * Form parameters from the raw body (exact, repeated names kept), or from n8n's parsed body, in a
 * map without prototype: `__proto__`, `constructor` or `toString` are parameter names like any
 * other, inherit nothing and change no prototype.
 */
export function formParameters(rawBody: string | undefined, parsed: IDataObject): SignedParameters {
	const parameters = Object.create(null) as SignedParameters;
	if (rawBody !== undefined) {
		for (const [name, value] of new URLSearchParams(rawBody)) {
			const known = parameters[name];
			parameters[name] =
				known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
		}
		return parameters;
	}
	for (const [name, value] of Object.entries(parsed)) {
		parameters[name] = Array.isArray(value) ? value.map(String) : String(value ?? '');
	}
	return parameters;
}

/** A JSON body as the item: an object as it is, anything else under `body`. */
export function jsonBody(rawBody: string | undefined): IDataObject {
	try {
		const parsed: unknown = JSON.parse(rawBody || '{}');
		return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
			? (parsed as IDataObject)
			: { body: parsed as IDataObject };
	} catch {
		return { body: rawBody ?? '' };
	}
}

/**
 * The URL Twilio called and signed: n8n's configured webhook URL (N8N_WEBHOOK_URL behind a proxy),
 * plus the query string the request arrived with.
 */
export function signedUrl(context: IWebhookFunctions, request: IncomingRequest): string {
	// The URL of the endpoint being served (the test URL on a test run), where n8n offers it.
	const served =
		typeof context.getWebhookResourceUrl === 'function'
			? context.getWebhookResourceUrl('default')
			: undefined;
	const base = served ?? context.getNodeWebhookUrl('default') ?? '';
	const path = request.originalUrl ?? request.url ?? '';
	const queryStart = path.indexOf('?');
	return queryStart >= 0 ? `${base}${path.slice(queryStart)}` : base;
}

const PROBLEMS: Record<SignatureProblem, string> = {
	'no-signature': 'without X-Twilio-Signature',
	'no-body-hash': 'with a JSON body but no bodySHA256 in its URL, so nothing vouches for the body',
	mismatch: 'whose X-Twilio-Signature does not match',
	'body-changed': 'whose body does not match the bodySHA256 of its URL',
};

export interface SignedRequest {
	url: string;
	parameters?: SignedParameters;
	rawBody?: string;
	isJson: boolean;
	json: IDataObject;
	signature: string;
}

export type Refusal = { status: 403 | 503; reason: string; mismatch?: boolean };

/**
 * Why a request is refused (403, or 503 when a subaccount's token could not be read), or undefined
 * when Twilio signed it with the token of the account it names: the credential's, or a
 * subaccount's. A signature that does not match a token kept in memory is checked once more with
 * the token read afresh: the credential's, so that a token just changed in n8n refuses nothing, or
 * a subaccount's, changed in Twilio.
 */
export async function refusalOf(
	context: IWebhookFunctions,
	request: SignedRequest,
): Promise<Refusal | undefined> {
	if (!request.signature)
		return { status: 403, reason: `${PROBLEMS['no-signature']} for ${request.url}` };
	const { credentials, fromMemory } = await triggerCredentials(context);
	const refusal = await refusalWith(context, credentials, request);
	if (!refusal?.mismatch) return refusal;
	const current = fromMemory
		? (await triggerCredentials(context, { fresh: true })).credentials
		: credentials;
	return await refusalWith(context, current, request, { fresh: true });
}

async function refusalWith(
	context: IWebhookFunctions,
	credentials: ICredentialDataDecryptedObject,
	request: SignedRequest,
	options: { fresh?: boolean } = {},
): Promise<Refusal | undefined> {
	const accountSid = typeof request.json.AccountSid === 'string' ? request.json.AccountSid : '';
	const key = await signingKeyFor(context, credentials, accountSid, options);
	if ('refused' in key) return { status: key.status, reason: `for ${request.url}: ${key.refused}` };
	if (!key.authToken)
		return {
			status: 403,
			reason: `for ${request.url}: the credential has no Auth Token to check its signature with`,
		};
	const problem = signatureProblem(key.authToken, {
		signature: request.signature,
		url: request.url,
		parameters: request.parameters,
		rawBody: request.rawBody,
		json: request.isJson,
	});
	if (!problem) return undefined;
	const hint =
		problem === 'mismatch'
			? ' If n8n is behind a reverse proxy, set N8N_WEBHOOK_URL to the public URL Twilio calls.'
			: '';
	return {
		status: 403,
		reason: `${PROBLEMS[problem]} for ${request.url}.${hint}`,
		mismatch: problem === 'mismatch',
	};
}

/**
 * Answers a refused request (403, or 503 when a subaccount's token could not be read) and logs
 * why, under the trigger's name; nothing starts.
 */
export function refuse(
	context: IWebhookFunctions,
	response: OutgoingResponse,
	refusal: Refusal,
	trigger: string,
): IWebhookResponseData {
	context.logger.warn(`${trigger}: refused a request ${refusal.reason}`, {
		workflowId: context.getWorkflow().id,
		node: context.getNode().name,
	});
	const text =
		refusal.status === 403
			? 'Forbidden: the request is not signed by Twilio'
			: 'Service Unavailable: the signature could not be checked';
	answer(response, refusal.status, 'text/plain; charset=utf-8', text);
	return { noWebhookResponse: true };
}
