import { json } from '../../../answer';
import { invalidParameter } from '../../../errors';
import { matchesExactly } from '../../../engine/filters';
import { rfc2822 } from '../../../random';
import type { ResourceEmulation, TwilioRecord } from '../../../types';
import { E164 } from './availablePhoneNumbers';

const COLLECTION_PATH = '/Accounts/:AccountSid/OutgoingCallerIds';

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

export const outgoingCallerIds: ResourceEmulation = {
	collectionPath: COLLECTION_PATH,
	listKey: 'outgoing_caller_ids',
	order: 'oldest-first',
	deletable: true,
	update(record, { params, now }) {
		const friendlyName = params.get('FriendlyName');
		checkFriendlyName(friendlyName);
		if (friendlyName !== undefined) record.friendly_name = friendlyName;
		record.date_updated = rfc2822(now);
	},
	matches: (record, query) =>
		matchesExactly(record, query, { PhoneNumber: 'phone_number', FriendlyName: 'friendly_name' }),
	customRoutes: [
		{
			// Adding a caller ID only starts a verification call: Twilio answers 200 with the code to
			// enter.
			method: 'POST',
			pattern: `${COLLECTION_PATH}.json`,
			handle({ params, path, newSid, store, collectionUri }) {
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
				if (store.list(collectionUri).some((record) => record.phone_number === phoneNumber)) {
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
	],
};
