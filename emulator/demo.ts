import { seedStudioFlow } from './products';
import { incomingPhoneNumberRecord } from './products/api/behaviours/incomingPhoneNumbers';
import { newSid } from './random';
import type { TwilioEmulator } from './server';
import type { TwilioRecord } from './types';

/**
 * What `npm start` puts in the emulator's account so that every example of `examples/` runs as
 * shipped, and a newcomer has numbers of their own to try the trigger on: a number for each
 * published example that needs one, free numbers, the Verify service and the Studio flow the
 * examples pick from their lists (Twilio's Console makes flows; the API cannot).
 */
export const DEMO = {
	/**
	 * Numbers of the account, by what they are for: the auto-reply example's, free ones, then the
	 * phone menu example's.
	 */
	numbers: [
		{ phoneNumber: '+14155550100', friendlyName: 'Auto-reply example' },
		{ phoneNumber: '+14155550104', friendlyName: 'Free demo number 1' },
		{ phoneNumber: '+14155550105', friendlyName: 'Free demo number 2' },
		{ phoneNumber: '+14155550106', friendlyName: 'Free demo number 3' },
		{ phoneNumber: '+14155550110', friendlyName: 'Phone menu example' },
	],
	verifyService: { sid: 'VA0123456789abcdef0123456789abcdef', friendlyName: 'Demo verification' },
	studioFlow: { sid: 'FW0123456789abcdef0123456789abcdef', friendlyName: 'Lead follow-up' },
} as const;

/** Puts the demo's records in place (again: each is put in place once). */
export function seedDemo(target: TwilioEmulator): TwilioRecord[] {
	const { store, account } = target;
	const numbers = `/2010-04-01/Accounts/${account.sid}/IncomingPhoneNumbers`;
	const seeded: TwilioRecord[] = [];
	for (const { phoneNumber, friendlyName } of DEMO.numbers) {
		if (store.list(numbers).some((record) => record.phone_number === phoneNumber)) continue;
		const record = incomingPhoneNumberRecord(account.sid, newSid('PN'), phoneNumber, new Date());
		record.friendly_name = friendlyName;
		store.add(numbers, record);
		seeded.push(record);
	}
	const { sid, friendlyName } = DEMO.verifyService;
	if (!store.get('/verify/v2/Services', sid))
		seeded.push(
			target.perform('verify', 'POST', '/v2/Services', { FriendlyName: friendlyName }, sid),
		);
	if (!store.get('/studio/v2/Flows', DEMO.studioFlow.sid))
		seeded.push(seedStudioFlow(target, DEMO.studioFlow));
	return seeded;
}
