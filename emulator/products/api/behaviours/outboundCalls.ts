import { createdBy, updatedBy } from '../../../engine/behaviours';
import type { Behaviour, CollectionConfig } from '../../../engine/types';
import { invalidParameter, TwilioError } from '../../../errors';
import { cloudEvent, publishEvents } from '../../../eventStreams';
import { rfc2822 } from '../../../random';
import type { RecordStore } from '../../../store';
import type { EmulatedAccount, HandlerContext, TwilioRecord } from '../../../types';

const ADDRESS = /^(?:\+[1-9]\d{6,14}|client:[\w.-]+|sip:\S+)$/;

/** A call Twilio starts dialling: `queued`, with the checks of To, From and its TwiML source. */
export function newCall(context: HandlerContext): TwilioRecord {
	const { params, path, now, newSid, collectionUri } = context;
	const to = params.get('To');
	const from = params.get('From');
	if (!to) throw invalidParameter(21201, "No 'To' number is specified");
	if (!from) throw invalidParameter(21213, "No 'From' number is specified");
	if (!ADDRESS.test(to)) throw invalidParameter(21211, `Invalid 'To' Phone Number: ${to}`);
	const sources = ['Url', 'ApplicationSid', 'Twiml'].filter((name) => params.has(name));
	if (sources.length === 0) throw invalidParameter(21205, 'Url parameter is required.');
	const sid = newSid('CA');
	const date = rfc2822(now);
	return {
		sid,
		date_created: date,
		date_updated: date,
		parent_call_sid: null,
		account_sid: path.AccountSid,
		to,
		to_formatted: to,
		from,
		from_formatted: from,
		phone_number_sid: null,
		status: 'queued',
		start_time: date,
		end_time: null,
		duration: null,
		price: null,
		price_unit: 'USD',
		direction: 'outbound-api',
		answered_by: null,
		api_version: '2010-04-01',
		forwarded_from: null,
		group_sid: null,
		caller_name: null,
		queue_time: '0',
		// Twilio's own library reads this field (see FIELDS_AFTER_SPEC in ../contract.ts); an
		// outbound call brings no STIR/SHAKEN information of an incoming carrier, so it is empty.
		stir_verstat: null,
		trunk_sid: null,
		uri: `${collectionUri}/${sid}.json`,
		subresource_uris: {
			notifications: `${collectionUri}/${sid}/Notifications.json`,
			recordings: `${collectionUri}/${sid}/Recordings.json`,
			payments: `${collectionUri}/${sid}/Payments.json`,
			events: `${collectionUri}/${sid}/Events.json`,
			siprec: `${collectionUri}/${sid}/Siprec.json`,
			streams: `${collectionUri}/${sid}/Streams.json`,
			user_defined_message_subscriptions: `${collectionUri}/${sid}/UserDefinedMessageSubscriptions.json`,
			user_defined_messages: `${collectionUri}/${sid}/UserDefinedMessages.json`,
		},
	};
}

/**
 * Event Streams' event of a call that ended (Voice status callback event, call.completed), from an
 * update of the call or from a caller hanging up a phone menu (ivr.ts).
 */
export function publishCallEnded(
	store: RecordStore,
	account: EmulatedAccount,
	record: TwilioRecord,
	now: Date,
): void {
	publishEvents(store, account, [
		cloudEvent(
			'com.twilio.voice.status-callback.call.completed',
			'Voice.StatusCallback/1',
			`/2010-04-01/Accounts/${String(record.account_sid)}/Calls/${String(record.sid)}.json`,
			{
				CallSid: record.sid,
				AccountSid: record.account_sid,
				From: record.from,
				To: record.to,
				CallStatus: record.status,
				Direction: record.direction,
				Timestamp: record.end_time,
			},
			now,
		),
	]);
}

export const callResourceBehaviours: Record<string, Behaviour> = {
	CreateCall: createdBy(newCall),
	UpdateCall: updatedBy((record, context) => {
		const { params, now } = context;
		const status = params.get('Status');
		if (status) {
			if (status !== 'canceled' && status !== 'completed') {
				throw invalidParameter(21218, `Invalid Status: ${status}`);
			}
			const active = ['queued', 'ringing', 'in-progress'].includes(String(record.status));
			if (!active) throw new TwilioError(400, 21220, 'Call is not in-progress. Cannot redirect.');
			record.status = status;
			record.end_time = rfc2822(now);
			publishCallEnded(context.store, context.account ?? context.principal, record, now);
		}
		record.date_updated = rfc2822(now);
	}),
};

export const callResourceCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Calls': { order: 'newest-first' },
};
