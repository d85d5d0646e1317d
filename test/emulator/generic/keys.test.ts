import { seedRecord } from '../../../emulator';
import { api } from '../../helpers/api';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();

test('a new API key shows its secret once, and authenticates until it is deleted', async () => {
	const { emulator } = suite;
	const created = await api(emulator, 'POST', '/Keys.json', { FriendlyName: 'deploy' });
	expect(created.status).toBe(201);
	const { sid, secret } = created.body as { sid: string; secret: string };
	expect(sid).toMatch(/^SK[0-9a-f]{32}$/);
	expect(secret).toMatch(/^[0-9a-f]{32}$/);

	const fetched = await api(emulator, 'GET', `/Keys/${sid}.json`);
	expect(fetched.body).toMatchObject({ sid, friendly_name: 'deploy' });
	expect(fetched.body).not.toHaveProperty('secret');
	expect(JSON.stringify((await api(emulator, 'GET', '/Keys.json')).body)).not.toContain(secret);

	const asKey = { user: sid, password: secret };
	expect((await api(emulator, 'GET', '/Messages.json', {}, asKey)).status).toBe(200);
	// It is a Standard key: the Keys resource itself is refused to it (20003).
	expect(await api(emulator, 'GET', '/Keys.json', {}, asKey)).toMatchObject({
		status: 401,
		body: { code: 20003 },
	});

	expect((await api(emulator, 'DELETE', `/Keys/${sid}.json`)).status).toBe(204);
	expect(await api(emulator, 'GET', '/Messages.json', {}, asKey)).toMatchObject({
		status: 401,
		body: { code: 20003 },
	});
	expect((await api(emulator, 'GET', `/Keys/${sid}.json`)).status).toBe(404);
});

test('the Keys list shows the keys the account already has', async () => {
	const { emulator } = suite;
	const listed = (await api(emulator, 'GET', '/Keys.json')).body.keys as Array<{ sid: string }>;
	expect(listed.map((key) => key.sid)).toEqual(emulator.account.apiKeys.map((key) => key.sid));
});

test('a key is renamed, and a name over 64 characters is refused', async () => {
	const { sid } = (await api(suite.emulator, 'POST', '/Keys.json')).body as { sid: string };
	expect(
		(await api(suite.emulator, 'POST', `/Keys/${sid}.json`, { FriendlyName: 'renamed' })).body
			.friendly_name,
	).toBe('renamed');
	expect(
		await api(suite.emulator, 'POST', `/Keys/${sid}.json`, { FriendlyName: 'k'.repeat(65) }),
	).toMatchObject({ status: 400, body: { code: 21601 } });
});

test('a signing key shows its secret once, and is not an API key', async () => {
	const { emulator } = suite;
	const created = await api(emulator, 'POST', '/SigningKeys.json', { FriendlyName: 'tokens' });
	const { sid, secret } = created.body as { sid: string; secret: string };
	expect(secret).toMatch(/^[0-9a-f]{32}$/);
	expect((await api(emulator, 'GET', `/SigningKeys/${sid}.json`)).body).not.toHaveProperty(
		'secret',
	);
	expect(
		(await api(emulator, 'GET', '/Messages.json', {}, { user: sid, password: secret })).status,
	).toBe(401);
});

test("a key put in place with seedRecord is listed beside the account's own", async () => {
	const { emulator } = suite;
	const seeded = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Keys/{Sid}.json',
		{},
		{ friendly_name: 'from the console' },
	);
	const listed = (await api(emulator, 'GET', '/Keys.json')).body.keys as Array<{ sid: string }>;
	expect(listed.map((key) => key.sid).sort()).toEqual(
		[...emulator.account.apiKeys.map((key) => key.sid), seeded.sid].sort(),
	);
	expect((await api(emulator, 'GET', `/Keys/${seeded.sid}.json`)).body).toEqual(seeded);
});
