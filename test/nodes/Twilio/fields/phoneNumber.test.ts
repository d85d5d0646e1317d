import { toIncomingNumberReference } from '../../../../nodes/Twilio/fields/incomingPhoneNumber';
import { phoneNumber } from '../../../../nodes/Twilio/fields/phoneNumber';

const field = phoneNumber({});

/**
 * Whether a value passes the field, and whether the trigger's number picker takes it as a number.
 */
function verdicts(value: string): [boolean, boolean] {
	const accepted = (read: () => unknown) => {
		try {
			read();
			return true;
		} catch {
			return false;
		}
	};
	return [
		accepted(() => field.toWire(value, { timeZone: 'UTC' })),
		accepted(() => toIncomingNumberReference({ __rl: true, mode: 'phoneNumber', value })),
	];
}

describe('one E.164 rule for every phone number', () => {
	test.each([
		['+14155552671', true],
		['+29041234', true],
		['+6831234', true],
		['+12', true],
		['+123456789012345', true],
		['+1234567890123456', false],
		['+0123456789', false],
		['14155552671', false],
		['+1 415 555 2671', false],
	])('%s → %s, the same for a phone number field and the trigger', (value, valid) => {
		expect(verdicts(value)).toEqual([valid, valid]);
	});
});
