import { request } from 'undici';

import { TwilioEmulator } from '../../emulator';

/**
 * Conversations' Media Content Service as the emulator serves it (Twilio's "Conversations Media
 * Resource" page): a file uploaded as a request's body, its record with a pre-signed address of the
 * content that needs no credential, a message that names it, and what it refuses.
 */
let emulator: TwilioEmulator;

beforeAll(async () => {
	emulator = await TwilioEmulator.start();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const SERVICE = `IS${'1'.repeat(32)}`;

function send(method: string, path: string, body?: string, contentType?: string, auth = true) {
	const { sid, authToken } = emulator.account;
	return request(`${emulator.url}${path}`, {
		method: method as 'GET',
		headers: {
			...(auth
				? { authorization: `Basic ${Buffer.from(`${sid}:${authToken}`).toString('base64')}` }
				: {}),
			...(contentType ? { 'content-type': contentType } : {}),
		},
		body,
	});
}

async function upload(content = 'a picture', contentType = 'image/png') {
	const answer = await send('POST', `/mcs/v1/Services/${SERVICE}/Media`, content, contentType);
	expect(answer.statusCode).toBe(201);
	return (await answer.body.json()) as Record<string, unknown>;
}

test('an upload answers its record; a read adds a pre-signed address that serves the content without the credential', async () => {
	const uploaded = await upload();
	expect(uploaded).toMatchObject({
		sid: expect.stringMatching(/^ME[0-9a-f]{32}$/),
		account_sid: emulator.account.sid,
		service_sid: SERVICE,
		size: 9,
		content_type: 'image/png',
		channel_sid: null,
		message_sid: null,
	});
	expect(uploaded.links).not.toHaveProperty('content_direct_temporary');
	const read = await send('GET', `/mcs/v1/Services/${SERVICE}/Media/${String(uploaded.sid)}`);
	const record = (await read.body.json()) as { links: Record<string, string> };
	const content = await request(record.links.content_direct_temporary);
	expect(content.statusCode).toBe(200);
	expect(content.headers['content-type']).toBe('image/png');
	expect(await content.body.text()).toBe('a picture');
});

test('the content link redirects, with the credential, to the same storage', async () => {
	const { sid } = await upload('notes', 'text/plain');
	const answer = await send('GET', `/mcs/v1/Services/${SERVICE}/Media/${String(sid)}/Content`);
	expect(answer.statusCode).toBe(302);
	await answer.body.dump();
	expect(String(answer.headers.location)).toMatch(new RegExp(`^${emulator.fileHost.origin}/`));
});

test('refused: no credential (401), another service or an unknown file (404), an empty upload (400)', async () => {
	const { sid } = await upload();
	const statusOf = async (answer: Awaited<ReturnType<typeof send>>) => {
		await answer.body.dump();
		return answer.statusCode;
	};
	const path = `/mcs/v1/Services/${SERVICE}/Media/${String(sid)}`;
	expect(await statusOf(await send('GET', path, undefined, undefined, false))).toBe(401);
	expect(await statusOf(await send('GET', path.replace(SERVICE, `IS${'2'.repeat(32)}`)))).toBe(404);
	expect(await statusOf(await send('GET', path.replace(/ME\w+$/, `ME${'3'.repeat(32)}`)))).toBe(
		404,
	);
	expect(await statusOf(await send('POST', `/mcs/v1/Services/${SERVICE}/Media`))).toBe(400);
});

test('a message names its file by MediaSid: the message lists it, the file names the message', async () => {
	const service = emulator.perform('conversations', 'POST', '/v1/Services', {
		FriendlyName: 'Support',
	});
	const conversation = emulator.perform(
		'conversations',
		'POST',
		`/v1/Services/${String(service.sid)}/Conversations`,
		{},
	);
	const uploaded = await send(
		'POST',
		`/mcs/v1/Services/${String(service.sid)}/Media`,
		'x',
		'image/gif',
	);
	const { sid } = (await uploaded.body.json()) as { sid: string };
	const messages = `/conversations/v1/Services/${String(service.sid)}/Conversations/${String(conversation.sid)}/Messages`;
	const answer = await send(
		'POST',
		messages,
		new URLSearchParams({ MediaSid: sid }).toString(),
		'application/x-www-form-urlencoded',
	);
	expect(answer.statusCode).toBe(201);
	const message = (await answer.body.json()) as Record<string, unknown>;
	expect(message.media).toEqual([{ sid, content_type: 'image/gif', filename: null, size: 1 }]);
	const file = await send('GET', `/mcs/v1/Services/${String(service.sid)}/Media/${sid}`);
	expect(await file.body.json()).toMatchObject({
		channel_sid: conversation.sid,
		message_sid: message.sid,
	});
	const unknown = await send(
		'POST',
		messages,
		new URLSearchParams({ MediaSid: `ME${'4'.repeat(32)}` }).toString(),
		'application/x-www-form-urlencoded',
	);
	expect(unknown.statusCode).toBe(400);
	await unknown.body.dump();
});
