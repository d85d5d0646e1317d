import { api } from '../../helpers/api';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();
const post = (path: string, form: Record<string, string>) =>
	api(suite.emulator, 'POST', path, form);

describe('credentials', () => {
	const credentials = async () =>
		`/SIP/CredentialLists/${String((await post('/SIP/CredentialLists.json', { FriendlyName: 'office' })).body.sid)}/Credentials`;

	test.each([
		['shorter than 12 characters', 'Short1Pass'],
		['without a digit', 'NoDigitsAtAllHere'],
		['without an uppercase letter', 'lowercase2018only'],
		['without a lowercase letter', 'UPPERCASE2018ONLY'],
	])('a password %s is refused', async (_, password) => {
		const path = await credentials();
		expect(await post(`${path}.json`, { Username: 'alice', Password: password })).toMatchObject({
			status: 400,
			body: { code: 20001 },
		});
		expect((await api(suite.emulator, 'GET', `${path}.json`)).body.credentials).toEqual([]);
	});

	test('a valid password is accepted and never shown, nor accepted weaker on update', async () => {
		const path = await credentials();
		const created = await post(`${path}.json`, { Username: 'alice', Password: 'IWasAtSignal2018' });
		expect(created.status).toBe(201);
		expect(JSON.stringify(created.body)).not.toContain('IWasAtSignal2018');
		const sid = String(created.body.sid);
		expect(
			JSON.stringify((await api(suite.emulator, 'GET', `${path}/${sid}.json`)).body),
		).not.toContain('IWasAtSignal2018');
		expect((await post(`${path}/${sid}.json`, { Password: 'AnotherGood2019' })).status).toBe(200);
		expect((await post(`${path}/${sid}.json`, { Password: 'weak' })).status).toBe(400);
	});
});

describe('IP addresses', () => {
	const addresses = async () =>
		`/SIP/IpAccessControlLists/${String((await post('/SIP/IpAccessControlLists.json', { FriendlyName: 'office' })).body.sid)}/IpAddresses`;

	test('an IPv4 address in dotted decimal is accepted, its prefix 32 unless given', async () => {
		const path = await addresses();
		const whole = await post(`${path}.json`, { FriendlyName: 'router', IpAddress: '203.0.113.10' });
		expect(whole.body).toMatchObject({ ip_address: '203.0.113.10', cidr_prefix_length: 32 });
		const range = await post(`${path}.json`, {
			FriendlyName: 'office',
			IpAddress: '198.51.100.0',
			CidrPrefixLength: '24',
		});
		expect(range.body.cidr_prefix_length).toBe(24);
	});

	test.each(['203.0.113', '203.0.113.256', '2001:db8::1', 'example.com'])(
		'%s is refused',
		async (address) => {
			const path = await addresses();
			expect(await post(`${path}.json`, { FriendlyName: 'bad', IpAddress: address })).toMatchObject(
				{ status: 400, body: { code: 20001 } },
			);
		},
	);

	test('a prefix over 32 bits is refused', async () => {
		const path = await addresses();
		expect(
			(
				await post(`${path}.json`, {
					FriendlyName: 'bad',
					IpAddress: '203.0.113.10',
					CidrPrefixLength: '33',
				})
			).status,
		).toBe(400);
	});
});

describe('domains and their mappings', () => {
	test('a domain name ends with sip.twilio.com and is unique', async () => {
		expect((await post('/SIP/Domains.json', { DomainName: 'acme.sip.twilio.com' })).status).toBe(
			201,
		);
		expect(await post('/SIP/Domains.json', { DomainName: 'acme.sip.twilio.com' })).toMatchObject({
			status: 400,
		});
		expect(await post('/SIP/Domains.json', { DomainName: 'acme.example.com' })).toMatchObject({
			status: 400,
		});
		expect(await post('/SIP/Domains.json', { DomainName: 'ac_me.sip.twilio.com' })).toMatchObject({
			status: 400,
		});
	});

	test('a mapping is the mapped list: its SID and name; an unknown list or a second mapping is refused', async () => {
		const domain = String(
			(await post('/SIP/Domains.json', { DomainName: 'map.sip.twilio.com' })).body.sid,
		);
		const list = (await post('/SIP/CredentialLists.json', { FriendlyName: 'staff' })).body;
		for (const path of [
			`/SIP/Domains/${domain}/CredentialListMappings`,
			`/SIP/Domains/${domain}/Auth/Calls/CredentialListMappings`,
		]) {
			const mapped = await post(`${path}.json`, { CredentialListSid: String(list.sid) });
			expect(mapped.body).toMatchObject({ sid: list.sid, friendly_name: 'staff' });
			expect((await api(suite.emulator, 'GET', `${path}/${String(list.sid)}.json`)).status).toBe(
				200,
			);
			expect((await post(`${path}.json`, { CredentialListSid: String(list.sid) })).status).toBe(
				400,
			);
		}
		const unknown = await post(`/SIP/Domains/${domain}/CredentialListMappings.json`, {
			CredentialListSid: 'CL00000000000000000000000000000000',
		});
		expect(unknown.status).toBe(404);
	});

	test('deleting a domain takes its mappings with it', async () => {
		const domain = String(
			(await post('/SIP/Domains.json', { DomainName: 'gone.sip.twilio.com' })).body.sid,
		);
		const list = String(
			(await post('/SIP/IpAccessControlLists.json', { FriendlyName: 'office' })).body.sid,
		);
		await post(`/SIP/Domains/${domain}/IpAccessControlListMappings.json`, {
			IpAccessControlListSid: list,
		});
		expect((await api(suite.emulator, 'DELETE', `/SIP/Domains/${domain}.json`)).status).toBe(204);
		expect(
			(await api(suite.emulator, 'GET', `/SIP/Domains/${domain}/IpAccessControlListMappings.json`))
				.status,
		).toBe(404);
		expect(
			(await api(suite.emulator, 'GET', `/SIP/IpAccessControlLists/${list}.json`)).status,
		).toBe(200);
	});
});
