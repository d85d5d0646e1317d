import { createdBy } from '../../../engine/behaviours';
import type { Behaviour, CollectionConfig } from '../../../engine/types';
import { invalidParameter, TwilioError } from '../../../errors';
import { rfc2822 } from '../../../random';
import type { HandlerContext, TwilioRecord } from '../../../types';
import { applySchedule } from '../messageScheduling';
import { targetOf } from './common';

/** A message still on its way: Twilio has not finished with it. */
const IN_FLIGHT = ['accepted', 'scheduled', 'queued', 'sending', 'receiving'];

/** Loosely what Twilio accepts as an address: E.164, or a channel address such as whatsapp:+1…. */
const PHONE_ADDRESS = /^(?:(?:whatsapp|messenger|sms|mms|rcs):)?\+[1-9]\d{6,14}$/;

/** A message sent: `queued` (or scheduled), after Twilio's checks of its addresses and body. */
export function newMessage({
	params,
	path,
	now,
	newSid,
	collectionUri,
}: HandlerContext): TwilioRecord {
	const to = params.get('To');
	const from = params.get('From');
	const messagingServiceSid = params.get('MessagingServiceSid');
	const body = params.get('Body') ?? '';
	const media = params.getAll('MediaUrl');
	if (!to) throw invalidParameter(21604, "A 'To' phone number is required.");
	if (!PHONE_ADDRESS.test(to))
		throw invalidParameter(21211, `The 'To' number ${to} is not a valid phone number.`);
	if (!from && !messagingServiceSid)
		throw invalidParameter(21603, "A 'From' phone number is required.");
	// The spec's conditional group: Body, MediaUrl or ContentSid (a template holds its own body).
	if (!body && media.length === 0 && !params.get('ContentSid'))
		throw invalidParameter(21602, 'Message body is required.');
	if ([...body].length > 1600) {
		throw invalidParameter(
			21617,
			'The concatenated message body exceeds the 1600 character limit.',
		);
	}
	const sid = newSid(media.length ? 'MM' : 'SM');
	const date = rfc2822(now);
	// A created message is queued and has not been sent: date_sent is "when Twilio sent the
	// message" (the Message resource). The description's create examples show one anyway; the
	// emulator takes the definition, which is the harder case for a client looking for a message it
	// may have sent.
	const record = {
		account_sid: path.AccountSid,
		api_version: '2010-04-01',
		body,
		date_created: date,
		date_sent: null,
		date_updated: date,
		direction: 'outbound-api',
		error_code: null,
		error_message: null,
		from: from ?? null,
		messaging_service_sid: messagingServiceSid ?? null,
		num_media: String(media.length),
		num_segments: String(Math.max(1, Math.ceil([...body].length / 160))),
		price: null,
		price_unit: 'USD',
		sid,
		status: 'queued',
		subresource_uris: {
			media: `${collectionUri}/${sid}/Media.json`,
			feedback: `${collectionUri}/${sid}/Feedback.json`,
		},
		to,
		uri: `${collectionUri}/${sid}.json`,
	};
	applySchedule(record, params, now);
	return record;
}

export const messageBehaviours: Record<string, Behaviour> = {
	CreateMessage: createdBy(newMessage),
	/**
	 * UpdateMessage either redacts or cancels. The description: "To redact the text content of a
	 * Message, this parameter's value must be an empty string" (Body). Error 30400 (docs: API
	 * errors) covers a body missing both Body and Status, both at once ("Attempted to cancel the
	 * message and redact the message body at the same time") and a redaction whose Body is not
	 * empty. Error 30409, "This message cannot be canceled": only a message whose status is
	 * `scheduled` can be canceled.
	 */
	UpdateMessage: {
		check(context) {
			const { params } = context;
			const body = params.get('Body');
			const status = params.get('Status');
			if (body === undefined && status === undefined)
				throw invalidParameter(30400, 'Parameters are not valid: Body or Status is required');
			if (body !== undefined && status !== undefined) {
				throw invalidParameter(
					30400,
					'Parameters are not valid: a message cannot be canceled and redacted at once',
				);
			}
			if (body !== undefined && body !== '') {
				throw invalidParameter(30400, 'Parameters are not valid: a redaction takes an empty Body');
			}
			const message = targetOf(context);
			if (status === 'canceled' && message && message.status !== 'scheduled') {
				throw invalidParameter(
					30409,
					`This message cannot be canceled: its status is ${String(message.status)}`,
				);
			}
		},
	},
	/**
	 * Error 20009, "Cannot delete this resource before it is complete": "You attempted to delete a
	 * call or message resource before it was completed" (docs: API errors). Deleting a message
	 * "will also delete any media objects associated with that message" (Twilio Support: Deleting
	 * messages, message media or message bodies).
	 */
	DeleteMessage: {
		deleting(message, context) {
			if (IN_FLIGHT.includes(String(message.status))) {
				throw new TwilioError(
					400,
					20009,
					`Cannot delete message ${String(message.sid)} before it is complete (it is ${String(message.status)})`,
				);
			}
			const media = `${context.collectionUri}/${String(message.sid)}/Media`;
			for (const record of [...context.store.list(media)])
				context.store.removeRecord(media, record);
		},
	},
};

export const messageCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Messages': { order: 'newest-first' },
};
