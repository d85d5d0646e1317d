import { invalidParameter, TwilioError } from '../errors';
import { matchesExactly } from '../filters';
import { rfc2822 } from '../random';
import type { HandlerContext, ResourceEmulation, TwilioRecord } from '../types';

/** Form parameter → record field, for everything a number's configuration holds. */
const CONFIGURATION: Record<string, string> = {
	FriendlyName: 'friendly_name',
	ApiVersion: 'api_version',
	VoiceUrl: 'voice_url',
	VoiceMethod: 'voice_method',
	VoiceFallbackUrl: 'voice_fallback_url',
	VoiceFallbackMethod: 'voice_fallback_method',
	StatusCallback: 'status_callback',
	StatusCallbackMethod: 'status_callback_method',
	VoiceCallerIdLookup: 'voice_caller_id_lookup',
	VoiceApplicationSid: 'voice_application_sid',
	SmsUrl: 'sms_url',
	SmsMethod: 'sms_method',
	SmsFallbackUrl: 'sms_fallback_url',
	SmsFallbackMethod: 'sms_fallback_method',
	SmsApplicationSid: 'sms_application_sid',
	VoiceReceiveMode: 'voice_receive_mode',
	EmergencyStatus: 'emergency_status',
	EmergencyAddressSid: 'emergency_address_sid',
	TrunkSid: 'trunk_sid',
	IdentitySid: 'identity_sid',
	AddressSid: 'address_sid',
	BundleSid: 'bundle_sid',
};

/** A purchased number as Twilio shows it, with nothing configured yet. */
export function incomingPhoneNumberRecord(accountSid: string, sid: string, phoneNumber: string, now: Date): TwilioRecord {
	const date = rfc2822(now);
	return {
		account_sid: accountSid,
		address_sid: null,
		address_requirements: 'none',
		api_version: '2010-04-01',
		beta: false,
		capabilities: { voice: true, sms: true, mms: true, fax: false },
		date_created: date,
		date_updated: date,
		friendly_name: phoneNumber,
		identity_sid: null,
		phone_number: phoneNumber,
		origin: 'twilio',
		sid,
		sms_application_sid: '',
		sms_fallback_method: 'POST',
		sms_fallback_url: '',
		sms_method: 'POST',
		sms_url: '',
		status_callback: '',
		status_callback_method: 'POST',
		trunk_sid: null,
		uri: `/2010-04-01/Accounts/${accountSid}/IncomingPhoneNumbers/${sid}.json`,
		voice_receive_mode: 'voice',
		voice_application_sid: '',
		voice_caller_id_lookup: false,
		voice_fallback_method: 'POST',
		voice_fallback_url: '',
		voice_method: 'POST',
		voice_url: '',
		emergency_status: 'Inactive',
		emergency_address_sid: null,
		emergency_address_status: 'unregistered',
		bundle_sid: null,
		status: 'in-use',
		type: 'local',
	};
}

function configure(record: TwilioRecord, { params }: HandlerContext): void {
	for (const [parameter, field] of Object.entries(CONFIGURATION)) {
		const value = params.get(parameter);
		if (value === undefined) continue;
		record[field] = field === 'voice_caller_id_lookup' ? value === 'true' : value;
	}
}

export const incomingPhoneNumbers: ResourceEmulation = {
	collectionPath: '/Accounts/:AccountSid/IncomingPhoneNumbers',
	listKey: 'incoming_phone_numbers',
	order: 'oldest-first',
	deletable: true,
	create(context) {
		const { params, path, now, newSid } = context;
		const phoneNumber = params.get('PhoneNumber');
		const areaCode = params.get('AreaCode');
		if (!phoneNumber && !areaCode) throw invalidParameter(21450, 'Phone number or area code is required.');
		if (areaCode && !/^\d{3}$/.test(areaCode)) throw invalidParameter(21451, `Invalid area code ${areaCode}`);
		const number = phoneNumber ?? `+1${areaCode}555${String(Math.floor(now.getTime() % 10000)).padStart(4, '0')}`;
		const record = incomingPhoneNumberRecord(path.AccountSid, newSid('PN'), number, now);
		configure(record, context);
		return record;
	},
	update(record, context) {
		const destination = context.params.get('AccountSid');
		configure(record, context);
		record.date_updated = rfc2822(context.now);
		if (destination && destination !== record.account_sid) {
			const target = context.accounts.get(destination);
			const owner = context.principal.sid;
			if (!target || (target.sid !== owner && target.ownerSid !== owner)) {
				throw new TwilioError(400, 21456, `Account ${destination} is not a subaccount of ${owner}`);
			}
			context.store.remove(context.collectionUri, String(record.sid));
			record.account_sid = destination;
			record.uri = `/2010-04-01/Accounts/${destination}/IncomingPhoneNumbers/${String(record.sid)}.json`;
			context.store.add(`/2010-04-01/Accounts/${destination}/IncomingPhoneNumbers`, record);
		}
	},
	matches: (record, query) => {
		const wanted = query.get('PhoneNumber');
		// Twilio matches a pattern or a part of the number here, not only the whole number.
		if (wanted && !String(record.phone_number).includes(wanted.replace(/\*/g, ''))) return false;
		return matchesExactly(record, query, { FriendlyName: 'friendly_name' });
	},
};
