import { seedThrough } from '../../engine/seed';
import type { SeededRecord, SeedTarget, TwilioRecord } from '../../types';
import { engineOf } from '..';

const API_ROOT = '/2010-04-01';

/**
 * Collections whose records are not in the store: the accounts, the countries with numbers for
 * sale, and the fixed pool of local and toll-free numbers.
 */
const NOT_STORED = [
	/^\/Accounts\.json$/,
	/^\/Accounts\/\{Sid\}\.json$/,
	/\/AvailablePhoneNumbers(\.json|\/\{CountryCode\}(\.json|\/(Local|TollFree)\.json))$/,
];

/**
 * Puts in place a record of the classic API that Twilio creates on its own (a queue's caller, a
 * call's events, a short code, an add-on's result…), as `seedThrough` does: for an instance path
 * (`/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json`) or, for a collection without
 * one, its list path (`/Accounts/{AccountSid}/Calls/{CallSid}/Events.json`). `/2010-04-01` and
 * `.json` may be left out; `AccountSid` is the target's account unless given.
 */
export function seedRecord(
	target: SeedTarget,
	template: string,
	pathValues: Record<string, string> = {},
	fields: TwilioRecord = {},
): SeededRecord {
	const full = `${template.startsWith(API_ROOT) ? '' : API_ROOT}${template}${template.endsWith('.json') ? '' : '.json'}`;
	if (NOT_STORED.some((pattern) => pattern.test(full.slice(API_ROOT.length)))) {
		throw new Error(
			`seedRecord: ${template} is not kept in the store (accounts are emulator options, local and toll-free numbers for sale a fixed pool)`,
		);
	}
	return seedThrough(
		engineOf('api'),
		target,
		full,
		{ AccountSid: target.account.sid, ...pathValues },
		fields,
	);
}
