import { seedRecord } from '../../../emulator';
import { seedRecording } from '../../../emulator/products/api/behaviours/recordings';
import { api } from '../../helpers/api';
import { useEmulator } from '../../helpers/emulator';

/** seedRecord puts in place what Twilio creates on its own, where the API then finds it. */

const suite = useEmulator();

test('a seeded record is what fetch and list answer, and can be updated and deleted', async () => {
	const { emulator } = suite;
	const app = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/ConnectApps/{Sid}.json',
		{},
		{ friendly_name: 'Partner app' },
	);
	expect(app.sid).toMatch(/^CN[0-9a-f]{32}$/);
	expect(app).toMatchObject({
		account_sid: emulator.account.sid,
		uri: `/2010-04-01/Accounts/${emulator.account.sid}/ConnectApps/${app.sid}.json`,
	});
	expect((await api(emulator, 'GET', `/ConnectApps/${app.sid}.json`)).body).toEqual(app);
	expect((await api(emulator, 'GET', '/ConnectApps.json')).body.connect_apps).toEqual([app]);
	expect(
		(await api(emulator, 'POST', `/ConnectApps/${app.sid}.json`, { FriendlyName: 'Renamed' })).body
			.friendly_name,
	).toBe('Renamed');
	expect((await api(emulator, 'DELETE', `/ConnectApps/${app.sid}.json`)).status).toBe(204);
	expect((await api(emulator, 'GET', `/ConnectApps/${app.sid}.json`)).status).toBe(404);
});

test('the path values name the parents, and a record keyed by another field is found by it', async () => {
	const { emulator } = suite;
	const queue = (await api(emulator, 'POST', '/Queues.json', { FriendlyName: 'support' })).body;
	const member = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json',
		{ QueueSid: String(queue.sid) },
	);
	expect(member.call_sid).toMatch(/^CA[0-9a-f]{32}$/);
	expect(member.queue_sid).toBe(queue.sid);
	expect(
		(await api(emulator, 'GET', `/Queues/${String(queue.sid)}/Members/${member.call_sid}.json`))
			.body,
	).toMatchObject({
		call_sid: member.call_sid,
		queue_sid: queue.sid,
		position: 1,
	});
});

test("a collection without an instance path takes its list path: a call's events", async () => {
	const { emulator } = suite;
	const call = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Calls/{Sid}.json',
		{},
		{ status: 'completed' },
	);
	const event = seedRecord(
		emulator,
		'/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json',
		{ CallSid: call.sid },
	);
	const events = await api(emulator, 'GET', `/Calls/${call.sid}/Events.json`);
	expect(events.body.events).toEqual([event]);
	expect(Object.keys(event).sort()).toEqual(['request', 'response']);
});

test('records below a hand-written one: an add-on result of a recording, and its payload', async () => {
	const { emulator } = suite;
	const recording = seedRecording(emulator);
	const result = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json',
		{ ReferenceSid: recording.sid },
	);
	expect(result.reference_sid).toBe(recording.sid);
	const payload = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json',
		{ ReferenceSid: recording.sid, AddOnResultSid: String(result.sid) },
	);
	expect(payload.add_on_result_sid).toBe(result.sid);
	expect((payload.subresource_uris as Record<string, string>).data).toBe(
		`/2010-04-01/Accounts/${emulator.account.sid}/Recordings/${recording.sid}/AddOnResults/${String(result.sid)}/Payloads/${payload.sid}/Data.json`,
	);
	const listed = await api(
		emulator,
		'GET',
		`/Recordings/${recording.sid}/AddOnResults/${String(result.sid)}/Payloads.json`,
	);
	expect(listed.body.payloads).toEqual([payload]);
});

test('a seed that lacks a parent, or a path the store does not hold, says so', () => {
	const { emulator } = suite;
	expect(() =>
		seedRecord(emulator, '/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json'),
	).toThrow(/needs QueueSid/);
	expect(() => seedRecord(emulator, '/Accounts/{Sid}.json')).toThrow(/not kept in the store/);
	expect(() => seedRecord(emulator, '/Accounts/{AccountSid}/Nothing/{Sid}.json')).toThrow(
		/not a path of the description/,
	);
});

test('the account of the record may be a subaccount', async () => {
	const { emulator } = suite;
	const sub = (await api(emulator, 'POST', '/2010-04-01/Accounts.json', { FriendlyName: 'Sub' }))
		.body;
	const code = seedRecord(emulator, '/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json', {
		AccountSid: String(sub.sid),
	});
	expect(code.account_sid).toBe(sub.sid);
	expect(
		(await api(emulator, 'GET', `/2010-04-01/Accounts/${String(sub.sid)}/SMS/ShortCodes.json`)).body
			.short_codes,
	).toEqual([code]);
	expect((await api(emulator, 'GET', '/SMS/ShortCodes.json')).body.short_codes).toEqual([]);
});

test("an example value that breaks its schema's pattern is not copied: a dependent number's trunk_sid", async () => {
	const { emulator } = suite;
	const address = seedRecord(emulator, '/Accounts/{AccountSid}/Addresses/{Sid}.json');
	const number = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers/{Sid}.json',
		{ AddressSid: address.sid },
	);
	// The description's example gives "APaaaa…5", its schema ^TK[0-9a-fA-F]{32}$ (nullable).
	expect(number.trunk_sid).toBeNull();
	const listed = await api(emulator, 'GET', `/Addresses/${address.sid}/DependentPhoneNumbers.json`);
	expect(listed.body.dependent_phone_numbers).toEqual([number]);
});
