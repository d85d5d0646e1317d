import { seedRecord } from '../../../emulator';
import { seedRecording } from '../../../emulator/products/api/behaviours/recordings';
import { seedTranscription } from '../../../emulator/products/api/behaviours/transcriptions';
import { api } from '../../helpers/api';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();

test('a token holds a username and password for the TURN servers, the STUN server takes none', async () => {
	const token = await api(suite.emulator, 'POST', '/Tokens.json', { Ttl: '3600' });
	expect(token.status).toBe(201);
	expect(token.body).toMatchObject({ ttl: '3600', account_sid: suite.emulator.account.sid });
	const servers = token.body.ice_servers as Array<{
		url: string;
		username: string | null;
		credential: string | null;
	}>;
	expect(servers.find((server) => server.url.startsWith('stun:'))).toMatchObject({
		username: null,
		credential: null,
	});
	for (const server of servers.filter((candidate) => candidate.url.startsWith('turn:'))) {
		expect(server).toMatchObject({
			username: token.body.username,
			credential: token.body.password,
		});
	}
	expect((await api(suite.emulator, 'POST', '/Tokens.json')).body.ttl).toBe('86400');
});

test('the data of an add-on payload is a redirect to where it is', async () => {
	const { emulator } = suite;
	const recording = seedRecording(emulator);
	const path = { ReferenceSid: recording.sid };
	const result = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json',
		path,
	);
	const payload = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json',
		{
			...path,
			AddOnResultSid: String(result.sid),
		},
	);
	const dataPath = `/Recordings/${recording.sid}/AddOnResults/${String(result.sid)}/Payloads/${payload.sid}/Data.json`;
	seedRecord(
		emulator,
		`/Accounts/{AccountSid}${dataPath.replace(recording.sid, '{ReferenceSid}').replace(String(result.sid), '{AddOnResultSid}').replace(payload.sid, '{PayloadSid}')}`,
		{
			...path,
			AddOnResultSid: String(result.sid),
			PayloadSid: payload.sid,
		},
		{ redirect_to: 'https://storage.example.com/payload.json' },
	);
	const data = await api(emulator, 'GET', dataPath);
	expect(data.status).toBe(307);
	expect(data.headers.get('location')).toBe('https://storage.example.com/payload.json');
	expect(data.body).toEqual({ redirect_to: 'https://storage.example.com/payload.json' });
	expect(
		(
			await api(
				emulator,
				'DELETE',
				`/Recordings/${recording.sid}/AddOnResults/${String(result.sid)}.json`,
			)
		).status,
	).toBe(204);
	expect((await api(emulator, 'GET', dataPath)).status).toBe(404);
});

test("the balance is the account's, and a seeded one is what it shows", async () => {
	const { emulator } = suite;
	expect((await api(emulator, 'GET', '/Balance.json')).body).toMatchObject({
		account_sid: emulator.account.sid,
		currency: 'USD',
	});
	emulator.reset();
	seedRecord(emulator, '/Accounts/{AccountSid}/Balance.json', {}, { balance: '12.50' });
	expect((await api(emulator, 'GET', '/Balance.json')).body).toEqual({
		account_sid: emulator.account.sid,
		balance: '12.50',
		currency: 'USD',
	});
});

describe('phone numbers by type', () => {
	test("a number bought as toll-free is listed with the toll-free numbers and the account's numbers, not the local ones", async () => {
		const { emulator } = suite;
		const bought = await api(emulator, 'POST', '/IncomingPhoneNumbers/TollFree.json', {
			PhoneNumber: '+18005550101',
		});
		expect(bought.status).toBe(201);
		const numbers = async (path: string) =>
			(
				(await api(emulator, 'GET', path)).body.incoming_phone_numbers as Array<{
					phone_number: string;
				}>
			).map((record) => record.phone_number);
		expect(await numbers('/IncomingPhoneNumbers/TollFree.json')).toEqual(['+18005550101']);
		expect(await numbers('/IncomingPhoneNumbers/Local.json')).toEqual([]);
		expect(await numbers('/IncomingPhoneNumbers.json')).toEqual(['+18005550101']);
	});

	test('a number already owned cannot be bought again through a type', async () => {
		await api(suite.emulator, 'POST', '/IncomingPhoneNumbers/Local.json', {
			PhoneNumber: '+14155550102',
		});
		expect(
			await api(suite.emulator, 'POST', '/IncomingPhoneNumbers/Local.json', {
				PhoneNumber: '+14155550102',
			}),
		).toMatchObject({ status: 400, body: { code: 21422 } });
	});

	test("an address's dependent numbers are the numbers that use it", async () => {
		const { emulator } = suite;
		const address = await api(emulator, 'POST', '/Addresses.json', {
			CustomerName: 'Ada',
			Street: '1 Main St',
			City: 'San Francisco',
			Region: 'CA',
			PostalCode: '94103',
			IsoCountry: 'US',
		});
		const sid = String(address.body.sid);
		expect(sid).toMatch(/^AD/);
		await api(emulator, 'POST', '/IncomingPhoneNumbers.json', {
			PhoneNumber: '+14155550103',
			AddressSid: sid,
		});
		await api(emulator, 'POST', '/IncomingPhoneNumbers.json', { PhoneNumber: '+14155550104' });
		const dependents = (await api(emulator, 'GET', `/Addresses/${sid}/DependentPhoneNumbers.json`))
			.body.dependent_phone_numbers as Array<{ phone_number: string }>;
		expect(dependents.map((record) => record.phone_number)).toEqual(['+14155550103']);
	});
});

test('an add-on assigned to a number is listed, fetched and removed', async () => {
	const { emulator } = suite;
	const number = (
		await api(emulator, 'POST', '/IncomingPhoneNumbers.json', { PhoneNumber: '+14155550105' })
	).body;
	const path = `/IncomingPhoneNumbers/${String(number.sid)}/AssignedAddOns`;
	const assigned = await api(emulator, 'POST', `${path}.json`, {
		InstalledAddOnSid: 'XE0123456789abcdef0123456789abcdef',
	});
	expect(assigned.status).toBe(201);
	expect(assigned.body.resource_sid).toBe(number.sid);
	const sid = String(assigned.body.sid);
	expect((await api(emulator, 'GET', `${path}.json`)).body.assigned_add_ons).toEqual([
		assigned.body,
	]);
	expect((await api(emulator, 'DELETE', `${path}/${sid}.json`)).status).toBe(204);
	expect((await api(emulator, 'GET', `${path}/${sid}.json`)).status).toBe(404);
});

test('deleting a transcription, from the account or from its recording', async () => {
	const { emulator } = suite;
	const recording = seedRecording(emulator);
	const [one, two] = [
		seedTranscription(emulator, recording),
		seedTranscription(emulator, recording),
	];
	expect((await api(emulator, 'DELETE', `/Transcriptions/${one.sid}.json`)).status).toBe(204);
	expect(
		(await api(emulator, 'DELETE', `/Recordings/${recording.sid}/Transcriptions/${two.sid}.json`))
			.status,
	).toBe(204);
	expect((await api(emulator, 'GET', '/Transcriptions.json')).body.transcriptions).toEqual([]);
});

describe('numbers for sale of the types the pool lacks', () => {
	const template = '/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Mobile.json';

	test('a country with none of the type answers 404', async () => {
		expect((await api(suite.emulator, 'GET', '/AvailablePhoneNumbers/GB/Mobile.json')).status).toBe(
			404,
		);
	});

	test('seeded numbers are for sale until an account buys one', async () => {
		const { emulator } = suite;
		const numbers = ['+447700900101', '+447700900102'].map((phoneNumber) =>
			seedRecord(
				emulator,
				template,
				{ CountryCode: 'GB' },
				{ phone_number: phoneNumber, iso_country: 'GB' },
			),
		);
		const forSale = async () =>
			(
				(await api(emulator, 'GET', '/AvailablePhoneNumbers/GB/Mobile.json')).body
					.available_phone_numbers as Array<{ phone_number: string }>
			).map((record) => record.phone_number);
		expect(await forSale()).toEqual(numbers.map((record) => record.phone_number));
		expect(
			(
				await api(emulator, 'POST', '/IncomingPhoneNumbers/Mobile.json', {
					PhoneNumber: '+447700900101',
				})
			).status,
		).toBe(201);
		expect(await forSale()).toEqual(['+447700900102']);
		const containing = async (digits: string) =>
			(await api(emulator, 'GET', `/AvailablePhoneNumbers/GB/Mobile.json?Contains=${digits}`)).body
				.available_phone_numbers;
		expect(await containing('102')).toHaveLength(1);
		expect(await containing('999')).toHaveLength(0);
	});

	test('the fixed pool of local numbers cannot be seeded', () => {
		expect(() =>
			seedRecord(
				suite.emulator,
				'/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json',
				{ CountryCode: 'US' },
			),
		).toThrow(/fixed pool/);
	});
});
