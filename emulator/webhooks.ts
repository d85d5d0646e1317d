import { randomUUID } from 'node:crypto';

// Twilio's own helper library signs, so the emulator's webhooks carry the signature Twilio
// computes, not the project's reading of Twilio's documentation: twilio-node's
// getExpectedTwilioSignature is the function its validateRequest checks against.
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';

import { cloudEvent, publishEvents } from './eventStreams';
import { newSid, rfc2822 } from './random';
import type { RecordStore } from './store';
import type { EmulatedAccount, TwilioRecord } from './types';
import { MESSAGING_SERVICES } from './products/messaging';

/** What the webhook's server answered. */
export interface WebhookAnswer {
	url: string;
	status: number;
	contentType: string;
	body: string;
}

/** An incoming SMS as `/__emulator/incoming-message` takes it. */
export interface IncomingMessage {
	from: string;
	to: string;
	body: string;
}

/**
 * Where Twilio sends a number's incoming message: the number's SMS URL, unless the number is in a
 * Messaging Service's pool; then the service's Inbound Request URL, or nowhere when it has none
 * ("When this property is `null`, receiving inbound messages is disabled"), unless the service's
 * `use_inbound_webhook_on_number` is on ("the webhook url defined on the phone number will
 * override the `inbound_request_url`": Messaging v1, Service resource).
 */
function destinationOf(
	store: RecordStore,
	number: TwilioRecord,
): { url: string; method: string; serviceSid?: string } | { error: string } {
	const service = store
		.list(MESSAGING_SERVICES)
		.find((candidate) =>
			store.get(`${MESSAGING_SERVICES}/${String(candidate.sid)}/PhoneNumbers`, String(number.sid)),
		);
	if (service && service.use_inbound_webhook_on_number !== true) {
		const url = String(service.inbound_request_url ?? '');
		if (!url)
			return {
				error: `${String(number.phone_number)} is in Messaging Service ${String(service.sid)}, which has no Inbound Request URL: the message is not handled`,
			};
		return {
			url,
			method: String(service.inbound_method || 'POST'),
			serviceSid: String(service.sid),
		};
	}
	const url = String(number.sms_url ?? '');
	if (!url) return { error: `${String(number.phone_number)} has no SMS URL` };
	return {
		url,
		method: String(number.sms_method || 'POST'),
		...(service ? { serviceSid: String(service.sid) } : {}),
	};
}

/**
 * Does what Twilio does when an SMS reaches one of the account's numbers: stores the inbound
 * message and sends the URL that handles it (the number's, or its Messaging Service's) a signed
 * request, then returns that server's answer (TwiML), or why nothing was sent.
 */
export async function deliverIncomingMessage(
	message: IncomingMessage,
	store: RecordStore,
	accounts: EmulatedAccount[],
	now: Date,
): Promise<WebhookAnswer | { error: string }> {
	const found = accounts
		.map((account) => ({ account, number: numberOf(store, account.sid, message.to) }))
		.find(({ number }) => number);
	if (!found?.number) return { error: `No incoming phone number ${message.to} in any account` };
	const { account, number } = found;
	const destination = destinationOf(store, number);
	if ('error' in destination) return destination;
	const { url } = destination;

	const sid = newSid('SM');
	const collection = `/2010-04-01/Accounts/${account.sid}/Messages`;
	store.add(collection, inboundRecord(account.sid, sid, message, now, collection));
	publishEvents(store, account, [
		cloudEvent(
			'com.twilio.messaging.inbound-message.received',
			'Messaging.InboundMessageV1/1',
			`${collection}/${sid}.json`,
			{
				messageSid: sid,
				accountSid: account.sid,
				from: message.from,
				to: message.to,
				body: message.body,
				numMedia: 0,
				timestamp: now.toISOString(),
			},
			now,
		),
	]);
	const parameters: Array<[string, string]> = [
		['ToCountry', 'US'],
		['SmsMessageSid', sid],
		['NumMedia', '0'],
		['SmsSid', sid],
		['SmsStatus', 'received'],
		['Body', message.body],
		['To', message.to],
		['NumSegments', '1'],
		['MessageSid', sid],
		['AccountSid', account.sid],
		['From', message.from],
		['ApiVersion', '2010-04-01'],
		...(destination.serviceSid
			? [['MessagingServiceSid', destination.serviceSid] as [string, string]]
			: []),
	];
	const method = destination.method.toUpperCase();
	const target =
		method === 'GET'
			? `${url}${url.includes('?') ? '&' : '?'}${new URLSearchParams(parameters)}`
			: url;
	const response = await fetch(target, {
		method,
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
			'User-Agent': 'TwilioProxy/1.1',
			// A GET is signed over its URL alone, the parameters being in its query.
			'X-Twilio-Signature': getExpectedTwilioSignature(
				account.authToken,
				target,
				method === 'GET' ? {} : Object.fromEntries(parameters),
			),
			'I-Twilio-Idempotency-Token': randomUUID(),
		},
		body: method === 'GET' ? undefined : new URLSearchParams(parameters).toString(),
	});
	return {
		url: target,
		status: response.status,
		contentType: response.headers.get('content-type') ?? '',
		body: await response.text(),
	};
}

function numberOf(
	store: RecordStore,
	accountSid: string,
	phoneNumber: string,
): TwilioRecord | undefined {
	return store
		.list(`/2010-04-01/Accounts/${accountSid}/IncomingPhoneNumbers`)
		.find((record) => record.phone_number === phoneNumber);
}

function inboundRecord(
	accountSid: string,
	sid: string,
	message: IncomingMessage,
	now: Date,
	collection: string,
): TwilioRecord {
	const date = rfc2822(now);
	return {
		account_sid: accountSid,
		api_version: '2010-04-01',
		body: message.body,
		date_created: date,
		date_sent: date,
		date_updated: date,
		direction: 'inbound',
		error_code: null,
		error_message: null,
		from: message.from,
		messaging_service_sid: null,
		num_media: '0',
		num_segments: '1',
		price: null,
		price_unit: 'USD',
		sid,
		status: 'received',
		subresource_uris: {
			media: `${collection}/${sid}/Media.json`,
			feedback: `${collection}/${sid}/Feedback.json`,
		},
		to: message.to,
		uri: `${collection}/${sid}.json`,
	};
}
