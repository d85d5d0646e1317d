import type { IBinaryData, INodeParameters } from 'n8n-workflow';
import { request } from 'undici';

import { mediaOf } from '../../../../../emulator/mediaContent';
import { fileHostRequests } from '../../../../helpers/fileHost';
import { useTwilio } from '../../../../helpers/twilio';

/**
 * Twilio Conversations through n8n against the emulator: a conversation, an SMS participant and a
 * message, on the default service and on a named one by the same operation; Call Webhooks as
 * Twilio's header; a participant refused before anything is sent; a message never sent twice; a
 * message's files downloaded from the Media Content Service's pre-signed addresses.
 */
const twilio = useTwilio();

const run = (resource: string, operation: string, parameters: INodeParameters = {}) =>
	twilio.run({ parameters: { resource, operation, ...parameters } });
const id = (value: string) => ({ __rl: true, mode: 'id', value });

async function newConversation(parameters: INodeParameters = {}): Promise<string> {
	const { output, error } = await run('conversation', 'create', parameters);
	expect(error).toBeUndefined();
	return String(output[0].json.sid);
}

describe('Conversation, participant and message', () => {
	test('create a conversation, add an SMS participant, send a message and list it', async () => {
		const conversationSid = await newConversation({
			additionalFields: { friendlyName: 'Order A-1001' },
		});
		const added = await run('conversationParticipant', 'create', {
			conversationSid,
			additionalFields: {
				messagingBindingAddress: '+14155552671',
				messagingBindingProxyAddress: '+15005550006',
			},
		});
		expect(added.error).toBeUndefined();
		expect(added.output[0].json.messaging_binding).toMatchObject({
			type: 'sms',
			address: '+14155552671',
			proxy_address: '+15005550006',
		});
		for (const body of ['Your order has shipped', 'It arrives tomorrow'])
			await run('conversationMessage', 'create', { conversationSid, additionalFields: { body } });
		const { output } = await run('conversationMessage', 'getMany', {
			conversationSid,
			returnAll: true,
		});
		expect(output.map((item) => [item.json.index, item.json.body, item.json.author])).toEqual([
			[0, 'Your order has shipped', 'system'],
			[1, 'It arrives tomorrow', 'system'],
		]);
		expect(twilio.emulator.requests.at(-1)!.path).toBe(
			`/v1/Conversations/${conversationSid}/Messages`,
		);
	});

	test('the same operation acts on a named Conversation Service when its SID is given', async () => {
		const service = await run('conversationService', 'create', { friendlyName: 'Support' });
		const serviceSid = String(service.output[0].json.sid);
		const conversationSid = await newConversation({ chatServiceSid: id(serviceSid) });
		expect(twilio.emulator.requests.at(-1)!.path).toBe(`/v1/Services/${serviceSid}/Conversations`);
		const { output, error } = await run('conversation', 'get', {
			sid: conversationSid,
			chatServiceSid: id(serviceSid),
		});
		expect(error).toBeUndefined();
		expect(output[0].json.sid).toBe(conversationSid);
		expect(twilio.emulator.requests.at(-1)!.path).toBe(
			`/v1/Services/${serviceSid}/Conversations/${conversationSid}`,
		);
	});

	test("Call Webhooks goes as Twilio's X-Twilio-Webhook-Enabled header, not in the form", async () => {
		await newConversation({ additionalFields: { webhookEnabled: 'true' } });
		const sent = twilio.emulator.requests.at(-1)!;
		expect(sent.twilioHeaders).toEqual({ 'x-twilio-webhook-enabled': 'true' });
		expect(sent.form['X-Twilio-Webhook-Enabled']).toBeUndefined();
	});

	test('a participant without Identity or Address is refused before sending; an address already in it is refused by Twilio', async () => {
		const conversationSid = await newConversation();
		const before = twilio.emulator.requests.length;
		const empty = await run('conversationParticipant', 'create', { conversationSid });
		expect(empty.error?.message).toMatch(/^Give Identity/);
		expect(twilio.emulator.requests).toHaveLength(before);
		const address = { messagingBindingAddress: '+14155552671' };
		await run('conversationParticipant', 'create', { conversationSid, additionalFields: address });
		const again = await run('conversationParticipant', 'create', {
			conversationSid,
			additionalFields: address,
		});
		expect(again.error?.message).toMatch(/50416/);
	});

	test('a message whose answer was lost is never sent again', async () => {
		const conversationSid = await newConversation();
		twilio.emulator.requests.length = 0;
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const { error } = await run('conversationMessage', 'create', {
			conversationSid,
			additionalFields: { body: 'Once only' },
			options: { maxRetries: 3, retryDelay: 0 },
		});
		expect(error?.message).toMatch(
			/Twilio may have processed the request, so it was not repeated$/,
		);
		expect(twilio.emulator.requests).toHaveLength(1);
	});
});

describe("A message's files", () => {
	/** Uploads a file to the Media Content Service as Twilio shows it: the bytes as the body. */
	async function upload(serviceSid: string, contentType: string, content: string): Promise<string> {
		const { account, url } = twilio.emulator;
		const answer = await request(`${url}/mcs/v1/Services/${serviceSid}/Media`, {
			method: 'POST',
			headers: {
				'content-type': contentType,
				authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString('base64')}`,
			},
			body: content,
		});
		expect(answer.statusCode).toBe(201);
		return String(((await answer.body.json()) as { sid: string }).sid);
	}

	/**
	 * A conversation (on the named service, if given) with a message carrying the files. The API
	 * attaches one file to a message it sends (MediaSid); a message that arrived from WhatsApp or
	 * MMS may carry several, as the emulator's store then holds it.
	 */
	async function messageWithFiles(files: Array<[string, string]>, chatServiceSid?: string) {
		const scope = chatServiceSid ? { chatServiceSid: id(chatServiceSid) } : {};
		const conversationSid = await newConversation(scope);
		const conversations = chatServiceSid
			? `/conversations/v1/Services/${chatServiceSid}/Conversations`
			: '/conversations/v1/Conversations';
		const serviceSid = String(twilio.emulator.records(conversations)[0].chat_service_sid);
		const mediaSids: string[] = [];
		for (const [type, content] of files) mediaSids.push(await upload(serviceSid, type, content));
		const sent = await run('conversationMessage', 'create', {
			conversationSid,
			...scope,
			additionalFields: mediaSids.length ? { mediaSid: mediaSids[0] } : { body: 'Hi' },
		});
		expect(sent.error).toBeUndefined();
		const messageSid = String(sent.output[0].json.sid);
		const stored = twilio.emulator
			.records(`${conversations}/${conversationSid}/Messages`)
			.find(({ sid }) => sid === messageSid)!;
		for (const sid of mediaSids.slice(1)) {
			const { content_type, filename, size } = mediaOf(twilio.emulator.store, serviceSid, sid)!;
			(stored.media as unknown[]).push({ sid, content_type, filename, size });
		}
		return { conversationSid, scope, mediaSids, messageSid };
	}

	const download = { additionalFields: { download: 'file' } };
	const contentOf = (data: IBinaryData) => Buffer.from(data.data, 'base64').toString();

	test('Get with Download gives each file in its own binary property, fetched without the credential', async () => {
		const files: Array<[string, string]> = [
			['image/png', 'a picture'],
			['application/pdf', 'a document'],
		];
		const { conversationSid, mediaSids, messageSid } = await messageWithFiles(files);
		twilio.emulator.requests.length = 0;
		const { output, error } = await run('conversationMessage', 'get', {
			conversationSid,
			sid: messageSid,
			...download,
		});
		expect(error).toBeUndefined();
		expect(output).toHaveLength(1);
		const binary = output[0].binary!;
		expect(Object.keys(binary)).toEqual(['media_0', 'media_1']);
		expect(
			[binary.media_0, binary.media_1].map((data) => [data.mimeType, contentOf(data)]),
		).toEqual(files);
		expect(binary.media_0.fileName).toBe(`${mediaSids[0]}.png`);
		expect(binary.media_1.fileName).toBe(`${mediaSids[1]}.pdf`);
		// The message does not name its service: its conversation, read once, does.
		expect(twilio.emulator.requests.map(({ product, path }) => [product, path])).toEqual([
			['conversations', `/v1/Conversations/${conversationSid}/Messages/${messageSid}`],
			['conversations', `/v1/Conversations/${conversationSid}`],
			...mediaSids.map((sid) => ['mcs', expect.stringMatching(new RegExp(`/Media/${sid}$`))]),
		]);
		expect(twilio.emulator.requests.at(-1)!.authUser).toBe(twilio.credentials.accountSid);
		expect(fileHostRequests(twilio.emulator, twilio.credentials)).toEqual([
			{ status: 200, authorization: false, secret: false },
			{ status: 200, authorization: false, secret: false },
		]);
	});

	test("on a named service, the message's own service is where its files are", async () => {
		const service = await run('conversationService', 'create', { friendlyName: 'Support' });
		const serviceSid = String(service.output[0].json.sid);
		const { conversationSid, scope, mediaSids, messageSid } = await messageWithFiles(
			[['text/plain', 'notes']],
			serviceSid,
		);
		twilio.emulator.requests.length = 0;
		const { output, error } = await run('conversationMessage', 'get', {
			conversationSid,
			sid: messageSid,
			...scope,
			...download,
		});
		expect(error).toBeUndefined();
		expect(contentOf(output[0].binary!.media_0)).toBe('notes');
		expect(twilio.emulator.requests.map(({ path }) => path)).toEqual([
			`/v1/Services/${serviceSid}/Conversations/${conversationSid}/Messages/${messageSid}`,
			`/v1/Services/${serviceSid}/Media/${mediaSids[0]}`,
		]);
	});

	test('a message without files gives its JSON alone and asks nothing more', async () => {
		const { conversationSid, messageSid } = await messageWithFiles([]);
		twilio.emulator.requests.length = 0;
		const { output, error } = await run('conversationMessage', 'get', {
			conversationSid,
			sid: messageSid,
			...download,
		});
		expect(error).toBeUndefined();
		expect(output[0].json.media).toBeNull();
		expect(output[0].binary).toBeUndefined();
		expect(twilio.emulator.requests).toHaveLength(1);
		expect(twilio.emulator.fileHost.requests).toHaveLength(0);
	});

	test('without Download, no file is fetched', async () => {
		const { conversationSid, messageSid } = await messageWithFiles([['image/png', 'x']]);
		twilio.emulator.requests.length = 0;
		const { output } = await run('conversationMessage', 'get', {
			conversationSid,
			sid: messageSid,
		});
		expect((output[0].json.media as unknown[]).length).toBe(1);
		expect(output[0].binary).toBeUndefined();
		expect(twilio.emulator.requests).toHaveLength(1);
	});
});
