import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import {
	answer,
	header,
	rawBodyOf,
	refuse,
	refusalOf,
	signedUrl,
	type IncomingRequest,
	type OutgoingResponse,
} from './request';

/**
 * A delivery of Event Streams to the trigger's sink: a JSON array of CloudEvents (a batching sink)
 * or one event, signed with the account's Auth Token over the URL that carries the body's SHA-256
 * (`bodySHA256`). A request not signed so is refused with 403 and starts nothing. Otherwise Twilio
 * gets its 200 at once (it waits at most 5 seconds), and the workflow one item per event, with the
 * event's `id`: Twilio delivers at least once, so a repeat carries the same `id`.
 */
export async function receiveCloudEvents(
	context: IWebhookFunctions,
): Promise<IWebhookResponseData> {
	const request = context.getRequestObject() as unknown as IncomingRequest;
	const response = context.getResponseObject() as unknown as OutgoingResponse;
	const rawBody = await rawBodyOf(request);
	const url = signedUrl(context, request);
	const refusal = await refusalOf(context, {
		url,
		rawBody,
		isJson: true,
		json: {},
		signature: header(request, 'x-twilio-signature'),
	});
	if (refusal) return refuse(context, response, refusal, 'Twilio Event Streams Trigger');
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const number = typeof options.phoneNumber === 'string' ? options.phoneNumber.trim() : '';
	const events = eventsOf(rawBody).filter((event) => !number || mentions(event.data, number));
	answer(response, 200, 'text/plain; charset=utf-8', '');
	if (!events.length) return { noWebhookResponse: true };
	return { noWebhookResponse: true, workflowData: [events.map((json) => ({ json }))] };
}

/** The events of a delivery: the array's objects, or the one object. */
function eventsOf(rawBody: string | undefined): IDataObject[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(rawBody ?? '');
	} catch {
		return [];
	}
	const all = Array.isArray(parsed) ? parsed : [parsed];
	return all.filter(
		(event): event is IDataObject => !!event && typeof event === 'object' && !Array.isArray(event),
	);
}

/**
 * Whether the number is one of the event's values, at any depth: events of different products put
 * it in different fields (a message's `to` and `from`, a call's `To`, a Studio execution's
 * `contact_channel_address`).
 */
function mentions(value: unknown, number: string): boolean {
	if (typeof value === 'string') return value === number || value === `whatsapp:${number}`;
	if (Array.isArray(value)) return value.some((entry) => mentions(entry, number));
	if (value && typeof value === 'object')
		return Object.values(value).some((entry) => mentions(entry, number));
	return false;
}
