import { seedMessages, seedRecord } from '../../../emulator';
import { useEmulator } from '../../helpers/emulator';
import { libraryClient, missingFields } from '../../helpers/twilioLibrary';

/**
 * Twilio's Node.js library against the generic emulation: the library builds the paths and form
 * bodies of resources no hand-written emulation serves and reads each answer into its typed
 * record, where a field the emulator left out shows as undefined.
 */

const suite = useEmulator();
const client = libraryClient(() => suite.emulator);

test('queues and their members', async () => {
	const queue = await client().queues.create({ friendlyName: 'support', maxSize: 10 });
	expect(missingFields(queue)).toEqual([]);
	expect(queue).toMatchObject({ friendlyName: 'support', maxSize: 10, currentSize: 0 });
	const member = seedRecord(
		suite.emulator,
		'/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json',
		{ QueueSid: queue.sid },
	);
	const members = await client().queues(queue.sid).members.list();
	expect(members.map((entry) => entry.callSid)).toEqual([member.call_sid]);
	expect(members.flatMap(missingFields)).toEqual([]);
	const dequeued = await client()
		.queues(queue.sid)
		.members('Front')
		.update({ url: 'https://example.com/agent' });
	expect(dequeued.callSid).toBe(member.call_sid);
	expect((await client().queues(queue.sid).fetch()).currentSize).toBe(0);
	expect(await client().queues(queue.sid).remove()).toBe(true);
});

test('API keys: the secret of a new key, and the key in the list', async () => {
	const created = await client().newKeys.create({ friendlyName: 'deploy' });
	expect(missingFields(created)).toEqual([]);
	expect(created.secret).toMatch(/^[0-9a-f]{32}$/);
	const listed = await client().keys.list();
	expect(listed.map((key) => key.sid)).toContain(created.sid);
	expect(listed.flatMap(missingFields)).toEqual([]);
});

test('a SIP domain with a credential list mapped on it', async () => {
	const domain = await client().sip.domains.create({
		domainName: 'library.sip.twilio.com',
		friendlyName: 'Library',
	});
	expect(missingFields(domain)).toEqual([]);
	const list = await client().sip.credentialLists.create({ friendlyName: 'staff' });
	await client()
		.sip.credentialLists(list.sid)
		.credentials.create({ username: 'alice', password: 'IWasAtSignal2018' });
	const mapping = await client()
		.sip.domains(domain.sid)
		.credentialListMappings.create({ credentialListSid: list.sid });
	expect(mapping).toMatchObject({ sid: list.sid, friendlyName: 'staff', domainSid: domain.sid });
	expect(missingFields(mapping)).toEqual([]);
});

test('usage records of a day, and a trigger', async () => {
	seedMessages(suite.emulator, 2);
	const today = await client().usage.records.today.list({ category: 'sms' });
	expect(today.map((record) => [record.category, record.count])).toEqual([['sms', '2']]);
	expect(today.flatMap(missingFields)).toEqual([]);
	const trigger = await client().usage.triggers.create({
		usageCategory: 'sms',
		triggerValue: '+5',
		callbackUrl: 'https://example.com/usage',
	});
	expect(trigger).toMatchObject({ currentValue: '2', triggerValue: '7' });
	expect(missingFields(trigger)).toEqual([]);
});

test('a message redacted, and a call recorded', async () => {
	const message = seedRecord(
		suite.emulator,
		'/Accounts/{AccountSid}/Messages/{Sid}.json',
		{},
		{ status: 'delivered' },
	);
	const redacted = await client().messages(message.sid).update({ body: '' });
	expect(redacted.body).toBe('');
	expect(await client().messages(message.sid).remove()).toBe(true);

	const call = seedRecord(
		suite.emulator,
		'/Accounts/{AccountSid}/Calls/{Sid}.json',
		{},
		{ status: 'in-progress' },
	);
	const recording = await client().calls(call.sid).recordings.create({ recordingChannels: 'dual' });
	expect(missingFields(recording)).toEqual([]);
	expect(recording).toMatchObject({
		callSid: call.sid,
		status: 'in-progress',
		channels: 2,
		track: 'both',
	});
	expect((await client().recordings(recording.sid).fetch()).callSid).toBe(call.sid);
});

test("a token and the account's balance", async () => {
	const token = await client().tokens.create({ ttl: 600 });
	expect(missingFields(token)).toEqual([]);
	expect(token.ttl).toBe('600');
	const balance = await client().balance.fetch();
	expect(missingFields(balance)).toEqual([]);
	expect(balance.accountSid).toBe(suite.emulator.account.sid);
});
