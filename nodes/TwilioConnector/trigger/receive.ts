import type { IDataObject, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { CREDENTIAL_NAME } from '../transport/client';
import { findEvent } from './events';
import { isFirstDelivery } from './idempotency';
import { downloadMedia } from './media';
import { isSignedByTwilio, type SignedParameters } from './signature';
import { twiml } from './twiml';

/** The parts of n8n's request object the trigger reads (an Express request in n8n). */
interface IncomingRequest {
	url?: string;
	originalUrl?: string;
	headers: Record<string, string | string[] | undefined>;
	rawBody?: Buffer;
	readRawBody?: () => Promise<void>;
}

/** The parts of n8n's response object the trigger writes (a Node.js ServerResponse underneath). */
interface OutgoingResponse {
	writeHead(status: number, headers: Record<string, string>): unknown;
	end(body: string): unknown;
}

function header(request: IncomingRequest, name: string): string {
	const value = request.headers[name];
	return (Array.isArray(value) ? value[0] : value) ?? '';
}

function answer(response: OutgoingResponse, status: number, contentType: string, body: string): void {
	response.writeHead(status, { 'Content-Type': contentType });
	response.end(body);
}

/** The request's body as sent: n8n keeps it for webhooks, and reads it on demand in some versions. */
async function rawBodyOf(request: IncomingRequest): Promise<string | undefined> {
	if (!request.rawBody && typeof request.readRawBody === 'function') await request.readRawBody();
	return Buffer.isBuffer(request.rawBody) ? request.rawBody.toString('utf8') : undefined;
}

/** Form parameters from the raw body (exact, repeated names kept), or from n8n's parsed body. */
function formParameters(rawBody: string | undefined, parsed: IDataObject): SignedParameters {
	const parameters: SignedParameters = {};
	if (rawBody !== undefined) {
		for (const [name, value] of new URLSearchParams(rawBody)) {
			const known = parameters[name];
			parameters[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
		}
		return parameters;
	}
	for (const [name, value] of Object.entries(parsed)) {
		parameters[name] = Array.isArray(value) ? value.map(String) : String(value ?? '');
	}
	return parameters;
}

/** A JSON body as the item: an object as it is, anything else under `body`. */
function jsonBody(rawBody: string | undefined): IDataObject {
	try {
		const parsed: unknown = JSON.parse(rawBody || '{}');
		return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as IDataObject) : { body: parsed as IDataObject };
	} catch {
		return { body: rawBody ?? '' };
	}
}

/**
 * The URL Twilio called and signed: n8n's configured webhook URL (WEBHOOK_URL behind a proxy),
 * plus the query string the request arrived with.
 */
function signedUrl(context: IWebhookFunctions, request: IncomingRequest): string {
	// The URL of the endpoint being served (the test URL on a test run), where n8n offers it.
	const served =
		typeof context.getWebhookResourceUrl === 'function' ? context.getWebhookResourceUrl('default') : undefined;
	const base = served ?? context.getNodeWebhookUrl('default') ?? '';
	const path = request.originalUrl ?? request.url ?? '';
	const queryStart = path.indexOf('?');
	return queryStart >= 0 ? `${base}${path.slice(queryStart)}` : base;
}

/** The TwiML the node answers with, or undefined when a Respond to Webhook node answers. */
function answerOf(context: IWebhookFunctions): string | undefined {
	const event = findEvent(context.getNodeParameter('event') as string);
	if (!event?.replyVerb) return twiml();
	if (context.getNodeParameter('responseMode', 'twiml') === 'responseNode') return undefined;
	const text = context.getNodeParameter(event.replyVerb === 'Message' ? 'replyText' : 'sayText', '') as string;
	return twiml(event.replyVerb, text);
}

/**
 * Handles one request: checks Twilio's signature (403 and no execution when it fails), drops a
 * repeat of a delivery already received, answers with TwiML and outputs Twilio's parameters.
 */
export async function receiveTwilioRequest(context: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = context.getRequestObject() as unknown as IncomingRequest;
	const response = context.getResponseObject() as unknown as OutgoingResponse;
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const rawBody = await rawBodyOf(request);
	const url = signedUrl(context, request);
	const isJson =
		(URL.canParse(url) && new URL(url).searchParams.has('bodySHA256')) ||
		header(request, 'content-type').startsWith('application/json');
	const parameters = isJson ? undefined : formParameters(rawBody, context.getBodyData());

	if (options.skipSignatureCheck !== true) {
		const credentials = await context.getCredentials(CREDENTIAL_NAME);
		const signature = header(request, 'x-twilio-signature');
		const authToken = String(credentials.authToken ?? '');
		if (!isSignedByTwilio(authToken, { signature, url, parameters, rawBody })) {
			context.logger.warn(
				`Twilio Connector Trigger: refused a request ${signature ? 'whose X-Twilio-Signature does not match' : 'without X-Twilio-Signature'} for ${url}. ` +
					(authToken ? 'If n8n is behind a reverse proxy, set WEBHOOK_URL to the public URL Twilio calls.' : 'The credential has no Auth Token.'),
				{ workflowId: context.getWorkflow().id, node: context.getNode().name },
			);
			answer(response, 403, 'text/plain; charset=utf-8', 'Forbidden: the request is not signed by Twilio');
			return { noWebhookResponse: true };
		}
	}

	const reply = answerOf(context);
	const deliveryToken = header(request, 'i-twilio-idempotency-token');
	const deliveryKey = `${context.getWorkflow().id ?? ''}:${context.getNode().id}:${deliveryToken}`;
	if (deliveryToken && !isFirstDelivery(deliveryKey)) {
		// A retry of a request already received: answer it, start nothing.
		answer(response, 200, 'text/xml; charset=utf-8', reply ?? twiml());
		return { noWebhookResponse: true };
	}

	const item: INodeExecutionData = { json: isJson ? jsonBody(rawBody) : (parameters as IDataObject) };
	if (options.downloadMedia === true && !isJson) await downloadMedia(context, item);
	if (reply === undefined) return { workflowData: [[item]] };
	answer(response, 200, 'text/xml; charset=utf-8', reply);
	return { noWebhookResponse: true, workflowData: [[item]] };
}
