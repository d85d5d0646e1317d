import { Params } from './params';
import { newSid, seededRandom } from './random';
import { newMessage } from './products/api/behaviours/messages';
import type { TwilioEmulator } from './server';
import type { TwilioRecord } from './types';

/**
 * Stores `count` sent messages in an account without going through HTTP, for tests and benchmarks
 * that need long lists. Messages are spread one second apart, oldest first, ending at `until`.
 */
export function seedMessages(
	emulator: TwilioEmulator,
	count: number,
	{
		accountSid = emulator.account.sid,
		to = '+14155551234',
		from = '+15005550006',
		until = new Date(),
	} = {},
): TwilioRecord[] {
	const collectionUri = `/2010-04-01/Accounts/${accountSid}/Messages`;
	const random = seededRandom(count);
	const seeded: TwilioRecord[] = [];
	for (let index = 0; index < count; index++) {
		const record = newMessage({
			method: 'POST',
			path: { AccountSid: accountSid },
			params: new Params(
				new URLSearchParams({ To: to, From: from, Body: `Message ${index + 1}` }).toString(),
			),
			principal: emulator.account,
			account: emulator.accounts.get(accountSid),
			collectionUri,
			now: new Date(until.getTime() - (count - 1 - index) * 1000),
			newSid: (prefix) => newSid(prefix, random),
			store: emulator.store,
			accounts: emulator.accounts,
			fileHost: emulator.fileHost,
			host: 'https://api.twilio.com',
			emulatorUrl: emulator.url,
		});
		record.status = 'delivered';
		emulator.store.add(collectionUri, record);
		seeded.push(record);
	}
	return seeded;
}
