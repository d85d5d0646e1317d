import { createdBy, updatedBy } from '../../../engine/behaviours';
import { matchesExactly } from '../../../engine/filters';
import type { Behaviour } from '../../../engine/types';
import { invalidParameter, TwilioError } from '../../../errors';
import { rfc2822 } from '../../../random';
import type { HandlerContext, TwilioRecord } from '../../../types';
import { configure, VOICE_SMS_CONFIGURATION } from '../voiceSmsConfiguration';
import { availableInAreaCode, E164, ownedPhoneNumbers } from './availablePhoneNumbers';

/** Form parameter → record field, for everything a number's configuration holds. */
const CONFIGURATION: Record<string, string> = {
	...VOICE_SMS_CONFIGURATION,
	VoiceApplicationSid: 'voice_application_sid',
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
export function incomingPhoneNumberRecord(
	accountSid: string,
	sid: string,
	phoneNumber: string,
	now: Date,
): TwilioRecord {
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

/**
 * A number bought: one for sale, given or found in an area code, and not owned; configured as the
 * request says.
 */
export function purchasedNumber(context: HandlerContext): TwilioRecord {
	const { params, path, now, newSid } = context;
	const phoneNumber = params.get('PhoneNumber');
	const areaCode = params.get('AreaCode');
	if (!phoneNumber && !areaCode)
		throw invalidParameter(21450, 'Phone number or area code is required.');
	if (areaCode && !/^\d{3}$/.test(areaCode))
		throw invalidParameter(21451, `Invalid area code ${areaCode}`);
	const number = phoneNumber ?? availableInAreaCode(context, areaCode!);
	if (!number) throw invalidParameter(21452, `No phone numbers found in area code ${areaCode}`);
	if (!E164.test(number)) throw invalidParameter(21421, `PhoneNumber ${number} is invalid`);
	if (ownedPhoneNumbers(context).has(number)) {
		throw invalidParameter(21422, `PhoneNumber ${number} is not available`);
	}
	const record = incomingPhoneNumberRecord(path.AccountSid, newSid('PN'), number, now);
	configure(record, params, CONFIGURATION);
	return record;
}

export const incomingNumberBehaviours: Record<string, Behaviour> = {
	CreateIncomingPhoneNumber: createdBy(purchasedNumber),
	UpdateIncomingPhoneNumber: updatedBy((record, context) => {
		const destination = context.params.get('AccountSid');
		configure(record, context.params, CONFIGURATION);
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
	}),
	ListIncomingPhoneNumber: {
		matches(record, { params: query }) {
			const wanted = query.get('PhoneNumber');
			// Twilio matches a pattern or a part of the number here, not only the whole number.
			if (wanted && !String(record.phone_number).includes(wanted.replace(/\*/g, ''))) return false;
			return matchesExactly(record, query, { FriendlyName: 'friendly_name' });
		},
	},
};
