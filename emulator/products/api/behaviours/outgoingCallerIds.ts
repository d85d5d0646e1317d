import { json } from '../../../answer';
import { updatedBy } from '../../../engine/behaviours';
import type { Behaviour } from '../../../engine/types';
import { invalidParameter } from '../../../errors';
import { rfc2822 } from '../../../random';
import type { TwilioRecord } from '../../../types';
import { E164 } from './availablePhoneNumbers';

/**
 * A verified caller ID as Twilio shows it. Tests seed these: the API only starts a verification.
 */
export function outgoingCallerIdRecord(
	accountSid: string,
	sid: string,
	phoneNumber: string,
	friendlyName: string,
	now: Date,
): TwilioRecord {
	const date = rfc2822(now);
	return {
		sid,
		date_created: date,
		date_updated: date,
		friendly_name: friendlyName,
		account_sid: accountSid,
		phone_number: phoneNumber,
		uri: `/2010-04-01/Accounts/${accountSid}/OutgoingCallerIds/${sid}.json`,
	};
}

function checkFriendlyName(name: string | undefined): void {
	if (name !== undefined && [...name].length > 64) {
		throw invalidParameter(21601, 'FriendlyName is too long (64 characters at most)');
	}
}

export const callerIdBehaviours: Record<string, Behaviour> = {
	UpdateOutgoingCallerId: updatedBy((record, { params, now }) => {
		const friendlyName = params.get('FriendlyName');
		checkFriendlyName(friendlyName);
		if (friendlyName !== undefined) record.friendly_name = friendlyName;
		record.date_updated = rfc2822(now);
	}),
	/**
	 * Adding a caller ID only starts a verification call: Twilio answers 200 with the code to
	 * enter.
	 */
	CreateValidationRequest: {
		handle({ params, path, newSid, collection }) {
			const phoneNumber = params.get('PhoneNumber') ?? '';
			if (!E164.test(phoneNumber))
				throw invalidParameter(21421, `PhoneNumber ${phoneNumber} is invalid`);
			const friendlyName = params.get('FriendlyName');
			checkFriendlyName(friendlyName);
			const callDelay = params.get('CallDelay');
			if (
				callDelay !== undefined &&
				!(Number.isInteger(Number(callDelay)) && +callDelay >= 0 && +callDelay <= 60)
			) {
				throw invalidParameter(20001, 'CallDelay must be between 0 and 60');
			}
			if (collection.list().some((record) => record.phone_number === phoneNumber)) {
				throw invalidParameter(21450, 'Phone number already validated on your account');
			}
			const validationCode = String(parseInt(newSid('').slice(0, 8), 16) % 1_000_000).padStart(
				6,
				'0',
			);
			return json(200, {
				account_sid: path.AccountSid,
				call_sid: newSid('CA'),
				friendly_name: friendlyName ?? phoneNumber,
				phone_number: phoneNumber,
				validation_code: validationCode,
			});
		},
	},
};
