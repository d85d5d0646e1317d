import { createdBy, updatedBy } from '../../../engine/behaviours';
import type { Behaviour } from '../../../engine/types';
import { invalidParameter } from '../../../errors';
import { rfc2822 } from '../../../random';
import type { HandlerContext, TwilioRecord } from '../../../types';
import { configure, VOICE_SMS_CONFIGURATION } from '../voiceSmsConfiguration';

/** Form parameter → record field, for everything an application holds. */
const CONFIGURATION: Record<string, string> = {
	...VOICE_SMS_CONFIGURATION,
	SmsStatusCallback: 'sms_status_callback',
	MessageStatusCallback: 'message_status_callback',
	PublicApplicationConnectEnabled: 'public_application_connect_enabled',
};

function configureFrom(record: Record<string, unknown>, { params, now }: HandlerContext): void {
	const friendlyName = params.get('FriendlyName');
	if (friendlyName !== undefined && [...friendlyName].length > 64) {
		throw invalidParameter(21601, 'FriendlyName is too long (64 characters at most)');
	}
	configure(record, params, CONFIGURATION);
	record.date_updated = rfc2822(now);
}

function newApplication(context: HandlerContext): TwilioRecord {
	const { path, now, newSid, collectionUri } = context;
	const sid = newSid('AP');
	const date = rfc2822(now);
	const record = {
		account_sid: path.AccountSid,
		api_version: '2010-04-01',
		date_created: date,
		date_updated: date,
		friendly_name: null,
		message_status_callback: null,
		sid,
		sms_fallback_method: 'POST',
		sms_fallback_url: null,
		sms_method: 'POST',
		sms_status_callback: null,
		sms_url: null,
		status_callback: null,
		status_callback_method: 'POST',
		uri: `${collectionUri}/${sid}.json`,
		voice_caller_id_lookup: false,
		voice_fallback_method: 'POST',
		voice_fallback_url: null,
		voice_method: 'POST',
		voice_url: null,
		public_application_connect_enabled: true,
	};
	configureFrom(record, context);
	return record;
}

export const applicationBehaviours: Record<string, Behaviour> = {
	CreateApplication: createdBy(newApplication),
	UpdateApplication: updatedBy(configureFrom),
	// Twilio takes a deleted application off every number of the account that used it.
	DeleteApplication: {
		deleting(application, { store, path }) {
			for (const number of store.list(
				`/2010-04-01/Accounts/${path.AccountSid}/IncomingPhoneNumbers`,
			)) {
				if (number.voice_application_sid === application.sid) number.voice_application_sid = '';
				if (number.sms_application_sid === application.sid) number.sms_application_sid = '';
			}
		},
	},
};
