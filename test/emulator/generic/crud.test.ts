import { seedRecord } from '../../../emulator';
import { api } from '../../helpers/api';
import { useEmulator } from '../../helpers/emulator';

/**
 * The generic emulation's list, create, fetch, update and delete, on resources no hand-written
 * emulation serves.
 */

const suite = useEmulator();

describe('a created record can be read, listed, changed and deleted', () => {
	test('a queue, through its whole life', async () => {
		const { emulator } = suite;
		const created = await api(emulator, 'POST', '/Queues.json', {
			FriendlyName: 'support',
			MaxSize: '20',
		});
		expect(created.status).toBe(201);
		const sid = String(created.body.sid);
		expect(sid).toMatch(/^QU[0-9a-f]{32}$/);
		expect(created.body).toMatchObject({
			account_sid: emulator.account.sid,
			friendly_name: 'support',
			max_size: 20,
			current_size: 0,
			uri: `/2010-04-01/Accounts/${emulator.account.sid}/Queues/${sid}.json`,
		});
		expect(new Date(String(created.body.date_created)).getTime()).toBeGreaterThan(
			Date.now() - 60_000,
		);

		expect((await api(emulator, 'GET', `/Queues/${sid}.json`)).body).toEqual(created.body);
		const listed = await api(emulator, 'GET', '/Queues.json');
		expect(listed.body.queues).toEqual([created.body]);

		const updated = await api(emulator, 'POST', `/Queues/${sid}.json`, { FriendlyName: 'sales' });
		expect(updated.body).toMatchObject({ sid, friendly_name: 'sales', max_size: 20 });
		expect((await api(emulator, 'GET', `/Queues/${sid}.json`)).body.friendly_name).toBe('sales');

		expect((await api(emulator, 'DELETE', `/Queues/${sid}.json`)).status).toBe(204);
		const gone = await api(emulator, 'GET', `/Queues/${sid}.json`);
		expect(gone.status).toBe(404);
		expect(gone.body).toMatchObject({ code: 20404, status: 404 });
		expect((await api(emulator, 'GET', '/Queues.json')).body.queues).toEqual([]);
	});

	test('records below another one carry its SID and live under it', async () => {
		const { emulator } = suite;
		const list = await api(emulator, 'POST', '/SIP/CredentialLists.json', {
			FriendlyName: 'office',
		});
		const path = `/SIP/CredentialLists/${String(list.body.sid)}/Credentials`;
		const credential = await api(emulator, 'POST', `${path}.json`, {
			Username: 'alice',
			Password: 'IWasAtSignal2018',
		});
		expect(credential.status).toBe(201);
		expect(credential.body).toMatchObject({
			credential_list_sid: list.body.sid,
			username: 'alice',
		});
		expect(String(credential.body.sid)).toMatch(/^CR/);
		expect(credential.body.uri).toBe(
			`/2010-04-01/Accounts/${emulator.account.sid}${path}/${String(credential.body.sid)}.json`,
		);
		expect((await api(emulator, 'GET', `${path}.json`)).body.credentials).toEqual([
			credential.body,
		]);
	});

	test('a parameter not given leaves its field unset rather than the example value', async () => {
		const domain = await api(suite.emulator, 'POST', '/SIP/Domains.json', {
			DomainName: 'unset.sip.twilio.com',
		});
		expect(domain.body).toMatchObject({
			domain_name: 'unset.sip.twilio.com',
			voice_url: null,
			friendly_name: null,
			voice_method: 'POST',
		});
	});

	test('typed as the schema says: a boolean parameter is a JSON boolean', async () => {
		const domain = await api(suite.emulator, 'POST', '/SIP/Domains.json', {
			DomainName: 'typed.sip.twilio.com',
			SipRegistration: 'true',
		});
		expect(domain.body.sip_registration).toBe(true);
	});
});

describe('lists', () => {
	test('pages follow next_page_uri to the end, in creation order', async () => {
		const { emulator } = suite;
		const names = ['a', 'b', 'c', 'd', 'e'];
		for (const name of names)
			await api(emulator, 'POST', '/SIP/IpAccessControlLists.json', { FriendlyName: name });
		const seen: unknown[] = [];
		let next: string | null =
			`/2010-04-01/Accounts/${emulator.account.sid}/SIP/IpAccessControlLists.json?PageSize=2`;
		while (next) {
			const page = await api(emulator, 'GET', next);
			expect(page.status).toBe(200);
			seen.push(
				...(page.body.ip_access_control_lists as Array<{ friendly_name: string }>).map(
					(record) => record.friendly_name,
				),
			);
			next = page.body.next_page_uri as string | null;
		}
		expect(seen).toEqual(names);
	});

	test('a filter on a field matches it exactly', async () => {
		const { emulator } = suite;
		for (const name of ['Front desk', 'Back office']) {
			seedRecord(
				emulator,
				'/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json',
				{},
				{ friendly_name: name, short_code: name === 'Front desk' ? '40404' : '89898' },
			);
		}
		const byName = await api(emulator, 'GET', '/SMS/ShortCodes.json?FriendlyName=Back%20office');
		expect(
			(byName.body.short_codes as Array<{ short_code: string }>).map((record) => record.short_code),
		).toEqual(['89898']);
		const byCode = await api(emulator, 'GET', '/SMS/ShortCodes.json?ShortCode=40404');
		expect(
			(byCode.body.short_codes as Array<{ friendly_name: string }>).map(
				(record) => record.friendly_name,
			),
		).toEqual(['Front desk']);
	});

	test('a date filter takes a day, and before or after a day, as Twilio documents them', async () => {
		const { emulator } = suite;
		const conference = seedRecord(emulator, '/Accounts/{AccountSid}/Conferences/{Sid}.json');
		for (const day of ['Mon, 05 Jan 2026 10:00:00 +0000', 'Wed, 07 Jan 2026 10:00:00 +0000']) {
			seedRecord(
				emulator,
				'/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json',
				{ ConferenceSid: conference.sid },
				{ date_created: day },
			);
		}
		const path = `/Conferences/${conference.sid}/Recordings.json`;
		const days = async (query: string) =>
			(
				(await api(emulator, 'GET', `${path}?${query}`)).body.recordings as Array<{
					date_created: string;
				}>
			).map((record) => new Date(record.date_created).getUTCDate());
		expect(await days('DateCreated=2026-01-05')).toEqual([5]);
		expect(await days('DateCreated%3E=2026-01-06')).toEqual([7]);
		expect(await days('DateCreated%3C=2026-01-06')).toEqual([5]);
	});
});

describe('what Twilio refuses', () => {
	test('a path below a record that does not exist answers 404', async () => {
		const missing = await api(
			suite.emulator,
			'GET',
			'/Calls/CA00000000000000000000000000000000/Events.json',
		);
		expect(missing.status).toBe(404);
		expect(missing.body.code).toBe(20404);
	});

	test('a FriendlyName longer than the description allows is refused with 21601', async () => {
		const refused = await api(suite.emulator, 'POST', '/Queues.json', {
			FriendlyName: 'q'.repeat(65),
		});
		expect(refused.status).toBe(400);
		expect(refused.body.code).toBe(21601);
		expect((await api(suite.emulator, 'GET', '/Queues.json')).body.queues).toEqual([]);
	});

	test('a SIP username over 32 characters is refused', async () => {
		const list = await api(suite.emulator, 'POST', '/SIP/CredentialLists.json', {
			FriendlyName: 'office',
		});
		const refused = await api(
			suite.emulator,
			'POST',
			`/SIP/CredentialLists/${String(list.body.sid)}/Credentials.json`,
			{
				Username: 'u'.repeat(33),
				Password: 'IWasAtSignal2018',
			},
		);
		expect(refused).toMatchObject({ status: 400, body: { code: 20001 } });
	});
});
