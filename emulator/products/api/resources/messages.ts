import { invalidParameter } from '../../../errors';
import { matchesDateFilter, matchesExactly } from '../../../engine/filters';
import { applySchedule } from '../messageScheduling';
import { rfc2822 } from '../../../random';
import type { ResourceEmulation } from '../../../types';

/** Loosely what Twilio accepts as an address: E.164, or a channel address such as whatsapp:+1…. */
export const PHONE_ADDRESS = /^(?:(?:whatsapp|messenger|sms|mms|rcs):)?\+[1-9]\d{6,14}$/;

export const messages: ResourceEmulation = {
	collectionPath: '/Accounts/:AccountSid/Messages',
	listKey: 'messages',
	order: 'newest-first',
	create({ params, path, now, newSid, collectionUri }) {
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
	},
	matches: (record, query) =>
		matchesExactly(record, query, { To: 'to', From: 'from' }) &&
		matchesDateFilter(record, query, 'DateSent', 'date_sent'),
};
