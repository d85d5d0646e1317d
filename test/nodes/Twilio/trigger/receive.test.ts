import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';
import twilio, { getExpectedBodyHash, getExpectedTwilioSignature } from 'twilio';

import type { EmulatedAccount } from '../../../../emulator';
import { mediaRecord } from '../../../../emulator/products/api/behaviours/messageMedia';
import {
	SUBACCOUNTS_RELIST_AFTER_MS,
	SUBACCOUNTS_TTL_MS,
} from '../../../../nodes/Twilio/trigger/accountToken';
import { CREDENTIAL_TTL_MS } from '../../../../nodes/Twilio/trigger/credentialMemory';
import { fileHostRequests } from '../../../helpers/fileHost';
import { formVectors, jsonVector } from '../../../helpers/signatureVectors';
import {
	useTriggerTestBed,
	type TriggerSetup,
	type TriggerWorkflow,
} from '../../../helpers/webhook';

const bed = useTriggerTestBed();

const incomingMessage: INodeParameters = { event: 'incomingMessage', webhookSetup: 'manual' };
const XML_EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

/**
 * A listening trigger; the credential's Auth Token signs, unless the test gives another credential.
 */
async function listening(
	setup: Partial<TriggerSetup> & { parameters: INodeParameters },
): Promise<TriggerWorkflow> {
	const trigger = bed.server.trigger({ credentials: bed.twilio.credentials, ...setup });
	await trigger.activate();
	return trigger;
}

function signed(
	trigger: TriggerWorkflow,
	params: Record<string, string>,
	token = bed.twilio.emulator.account.authToken,
) {
	return {
		params,
		headers: {
			'X-Twilio-Signature': getExpectedTwilioSignature(token, trigger.publicUrl(), params),
		},
	};
}

/**
 * Runs `check` with the clock `ms` ahead; only Date is faked, so the HTTP round trips keep their
 * timers.
 */
const REAL_TIMERS = [
	'nextTick',
	'setImmediate',
	'clearImmediate',
	'setTimeout',
	'clearTimeout',
	'setInterval',
	'clearInterval',
	'queueMicrotask',
	'hrtime',
	'performance',
] as const;

async function withClockAhead(ms: number, check: () => Promise<void>): Promise<void> {
	jest.useFakeTimers({ now: Date.now() + ms, doNotFake: [...REAL_TIMERS] });
	try {
		await check();
	} finally {
		jest.useRealTimers();
	}
}

const sms = {
	AccountSid: 'AC0123456789abcdef0123456789abcdef',
	MessageSid: 'SM0123456789abcdef0123456789abcdef',
	From: '+14155551234',
	To: '+15005550006',
	Body: 'Is my order on its way?',
	NumMedia: '0',
};

describe("Twilio's signature vectors through n8n's webhook path", () => {
	// The first vector is at Twilio's example URL, which no n8n webhook has.
	const formCases = formVectors.slice(1);

	/**
	 * A trigger at the vector's URL: n8n configured with that public address (N8N_WEBHOOK_URL),
	 * listening on 127.0.0.1, with a credential of the account that signed the vector.
	 */
	async function atVectorUrl(vector: {
		url: string;
		authToken: string;
		params?: Record<string, string>;
	}) {
		const url = new URL(vector.url);
		const [, , webhookId] = url.pathname.split('/');
		const accountSid = vector.params?.AccountSid ?? bed.twilio.credentials.accountSid;
		return listening({
			parameters: { event: 'messageStatus' },
			webhookBaseUrl: `${url.origin}/webhook`,
			webhookId,
			credentials: { ...bed.twilio.credentials, accountSid, authToken: vector.authToken },
		});
	}

	test.each(formCases)(
		'signed request to $url starts one execution with the parameters',
		async (vector) => {
			const trigger = await atVectorUrl(vector);
			const query = new URL(vector.url).search.slice(1);
			const answer = await trigger.send({
				params: vector.params,
				query,
				headers: { 'X-Twilio-Signature': vector.signature },
			});
			expect(answer).toEqual({
				status: 200,
				contentType: 'text/xml; charset=utf-8',
				body: XML_EMPTY,
			});
			expect(trigger.outputs().map((items) => items.map((item) => item.json))).toEqual([
				[vector.params],
			]);
		},
	);

	test.each(formCases)(
		'tampered parameter, URL, token or signature to $url: 403 and no execution',
		async (vector) => {
			const trigger = await atVectorUrl(vector);
			const query = new URL(vector.url).search.slice(1);
			const headers = { 'X-Twilio-Signature': vector.signature };
			const [firstName] = Object.keys(vector.params);
			const attempts = [
				trigger.send({
					params: { ...vector.params, [firstName]: `${vector.params[firstName]}1` },
					query,
					headers,
				}),
				trigger.send({ params: vector.params, query: `${query}&y=2`, headers }),
				trigger.send({ params: vector.params, query }),
				trigger.send({
					params: vector.params,
					query,
					headers: {
						'X-Twilio-Signature': getExpectedTwilioSignature(
							'another-token',
							vector.url,
							vector.params,
						),
					},
				}),
			];
			for (const answer of await Promise.all(attempts)) {
				expect(answer).toMatchObject({ status: 403, contentType: 'text/plain; charset=utf-8' });
			}
			const otherToken = await listening({
				parameters: { event: 'messageStatus' },
				webhookBaseUrl: new URL(vector.url).origin + '/webhook',
				webhookId: new URL(vector.url).pathname.split('/')[2],
				credentials: { ...bed.twilio.credentials, authToken: `${vector.authToken}x` },
			});
			expect((await otherToken.send({ params: vector.params, query, headers })).status).toBe(403);
			expect([...trigger.executions, ...otherToken.executions]).toEqual([]);
		},
	);

	test('a JSON body signed with bodySHA256 starts one execution with the parsed body', async () => {
		const vector = jsonVector;
		const trigger = await atVectorUrl(vector);
		const query = new URL(vector.url).search.slice(1);
		const headers = { 'X-Twilio-Signature': vector.signature };
		expect((await trigger.send({ json: vector.jsonBody, query, headers })).status).toBe(200);
		expect(trigger.outputs()[0].map((item) => item.json)).toEqual([JSON.parse(vector.jsonBody)]);

		const changedBody = vector.jsonBody.replace('status', 'other');
		expect((await trigger.send({ json: changedBody, query, headers })).status).toBe(403);
		expect(trigger.executions).toHaveLength(1);
	});
});

test('a JSON request signed as Twilio documents it (bodySHA256 in the URL) is accepted; its body is the item', async () => {
	const trigger = await listening({ parameters: { event: 'messageStatus' } });
	const json = JSON.stringify({
		MessageSid: sms.MessageSid,
		MessageStatus: 'delivered',
		ErrorCode: null,
	});
	const query = `bodySHA256=${getExpectedBodyHash(json)}`;
	const signature = getExpectedTwilioSignature(
		bed.twilio.emulator.account.authToken,
		`${trigger.publicUrl()}?${query}`,
		{},
	);
	expect(
		(await trigger.send({ json, query, headers: { 'X-Twilio-Signature': signature } })).status,
	).toBe(200);
	expect(trigger.outputs()[0][0].json).toEqual(JSON.parse(json));
	const otherHash = `bodySHA256=${getExpectedBodyHash(`${json} `)}`;
	expect(
		(await trigger.send({ json, query: otherHash, headers: { 'X-Twilio-Signature': signature } }))
			.status,
	).toBe(403);
	expect(trigger.executions).toHaveLength(1);
});

describe('the signed URL is n8n’s configured webhook URL, not the address the request reached', () => {
	test('behind a proxy: signed for the public URL → accepted; signed for 127.0.0.1 → 403', async () => {
		const trigger = await listening({
			parameters: incomingMessage,
			webhookBaseUrl: 'https://hooks.example.org/n8n/webhook',
		});
		expect(trigger.publicUrl()).toBe(`https://hooks.example.org/n8n/webhook/${trigger.path}`);
		expect((await trigger.send(signed(trigger, sms))).status).toBe(200);

		const localUrl = `${bed.server.url}/webhook/${trigger.path}`;
		const signedLocally = getExpectedTwilioSignature(
			bed.twilio.emulator.account.authToken,
			localUrl,
			sms,
		);
		expect(
			(await trigger.send({ params: sms, headers: { 'X-Twilio-Signature': signedLocally } }))
				.status,
		).toBe(403);
		expect(trigger.executions).toHaveLength(1);
		expect(bed.warnings).toHaveBeenCalledWith(
			`Twilio Connector Trigger: refused a request whose X-Twilio-Signature does not match for ${trigger.publicUrl()}. If n8n is behind a reverse proxy, set N8N_WEBHOOK_URL to the public URL Twilio calls.`,
			expect.anything(),
		);
	});

	test("Twilio's port variants: a URL without a port also matches when signed with :443", async () => {
		const trigger = await listening({ parameters: incomingMessage });
		const withPort = trigger.publicUrl().replace('n8n.example.com/', 'n8n.example.com:443/');
		const signature = getExpectedTwilioSignature(
			bed.twilio.emulator.account.authToken,
			withPort,
			sms,
		);
		expect(
			(await trigger.send({ params: sms, headers: { 'X-Twilio-Signature': signature } })).status,
		).toBe(200);
	});

	test('a test run checks against the test URL (webhook-test)', async () => {
		const trigger = bed.server.trigger({
			credentials: bed.twilio.credentials,
			parameters: incomingMessage,
		});
		await trigger.activate({ test: true });
		const signature = getExpectedTwilioSignature(
			bed.twilio.emulator.account.authToken,
			trigger.publicUrl(true),
			sms,
		);
		expect(
			(
				await trigger.send({
					params: sms,
					headers: { 'X-Twilio-Signature': signature },
					test: true,
				})
			).status,
		).toBe(200);
		const productionSignature = getExpectedTwilioSignature(
			bed.twilio.emulator.account.authToken,
			trigger.publicUrl(),
			sms,
		);
		expect(
			(
				await trigger.send({
					params: sms,
					headers: { 'X-Twilio-Signature': productionSignature },
					test: true,
				})
			).status,
		).toBe(403);
		expect(trigger.executions).toHaveLength(1);
		await trigger.deactivate({ test: true });
	});
});

describe('retries: I-Twilio-Idempotency-Token', () => {
	test('a repeated token gets the same answer and starts no second execution; another token does', async () => {
		const trigger = await listening({ parameters: { ...incomingMessage, replyText: 'Got it' } });
		const first = await trigger.send({
			...signed(trigger, sms),
			headers: { ...signed(trigger, sms).headers, 'I-Twilio-Idempotency-Token': 'token-1' },
		});
		const repeat = await trigger.send({
			...signed(trigger, sms),
			headers: { ...signed(trigger, sms).headers, 'I-Twilio-Idempotency-Token': 'token-1' },
		});
		expect(repeat).toEqual(first);
		expect(first.body).toContain('<Message>Got it</Message>');
		expect(trigger.executions).toHaveLength(1);

		await trigger.send({
			...signed(trigger, sms),
			headers: { ...signed(trigger, sms).headers, 'I-Twilio-Idempotency-Token': 'token-2' },
		});
		expect(trigger.executions).toHaveLength(2);
	});

	test('an unsigned request does not use up the token of the real one', async () => {
		const trigger = await listening({ parameters: incomingMessage });
		const forged = await trigger.send({
			params: sms,
			headers: { 'I-Twilio-Idempotency-Token': 'token-3' },
		});
		expect(forged.status).toBe(403);
		await trigger.send({
			...signed(trigger, sms),
			headers: { ...signed(trigger, sms).headers, 'I-Twilio-Idempotency-Token': 'token-3' },
		});
		expect(trigger.executions).toHaveLength(1);
	});

	test('the same token in two workflows starts each of them', async () => {
		const first = await listening({
			parameters: incomingMessage,
			workflowId: 'first',
			webhookId: 'aaaaaaaa-0000-4000-8000-000000000001',
		});
		const second = await listening({
			parameters: incomingMessage,
			workflowId: 'second',
			webhookId: 'bbbbbbbb-0000-4000-8000-000000000002',
		});
		for (const trigger of [first, second]) {
			await trigger.send({
				...signed(trigger, sms),
				headers: { ...signed(trigger, sms).headers, 'I-Twilio-Idempotency-Token': 'token-4' },
			});
		}
		expect([first.executions.length, second.executions.length]).toEqual([1, 1]);
	});
});

describe('answers', () => {
	test('Incoming Message: empty TwiML by default, the reply text escaped as <Message>, as twilio-node writes it', async () => {
		const silent = await listening({ parameters: incomingMessage });
		expect(await silent.send(signed(silent, sms))).toEqual({
			status: 200,
			contentType: 'text/xml; charset=utf-8',
			body: XML_EMPTY,
		});

		const replying = await listening({
			parameters: { ...incomingMessage, replyText: 'Tom & Jerry <3 "you"' },
			webhookId: 'cccccccc-0000-4000-8000-000000000003',
		});
		const expected = new twilio.twiml.MessagingResponse();
		expected.message('Tom & Jerry <3 "you"');
		expect((await replying.send(signed(replying, sms))).body).toBe(expected.toString());
		expect(replying.outputs()[0][0].json).toEqual(sms);
	});

	test('Incoming Call: <Say> with the text to say; the call parameters are the output', async () => {
		const call = {
			CallSid: 'CA0123456789abcdef0123456789abcdef',
			From: '+14155551234',
			To: '+15005550006',
			CallStatus: 'ringing',
			Direction: 'inbound',
		};
		const trigger = await listening({
			parameters: { event: 'incomingCall', webhookSetup: 'manual', sayText: 'Thanks for calling' },
		});
		const answer = await trigger.send(signed(trigger, call));
		expect(answer.body).toBe(
			'<?xml version="1.0" encoding="UTF-8"?><Response><Say>Thanks for calling</Say></Response>',
		);
		expect(trigger.outputs()).toEqual([[expect.objectContaining({ json: call })]]);
	});

	test("Incoming Call: the text, then the steps of a menu, written as twilio-node's builder writes them", async () => {
		const trigger = await listening({
			parameters: {
				event: 'incomingCall',
				webhookSetup: 'manual',
				sayText: 'Welcome',
				callSteps: {
					step: [
						{
							verb: 'gather',
							prompt: 'Press 1 for sales',
							gatherOptions: { action: '?step=menu', numDigits: 1 },
						},
						{ verb: 'hangup' },
					],
				},
			},
			webhookId: 'cccccccc-0000-4000-8000-000000000010',
		});
		const call = { CallSid: 'CA0123456789abcdef0123456789abcdef', From: '+14155551234' };
		const expected = new twilio.twiml.VoiceResponse();
		expected.say('Welcome');
		expected.gather({ action: '?step=menu', numDigits: 1 }).say('Press 1 for sales');
		expected.hangup();
		expect((await trigger.send(signed(trigger, call))).body).toBe(expected.toString());
	});

	test('an answer step without what its verb needs: Twilio gets an error and nothing starts', async () => {
		const trigger = await listening({
			parameters: {
				event: 'incomingCall',
				webhookSetup: 'manual',
				callSteps: { step: [{ verb: 'dial', toKind: 'Number', to: '' }] },
			},
			webhookId: 'cccccccc-0000-4000-8000-000000000011',
		});
		const answer = await trigger.send(signed(trigger, { CallSid: 'CA1' }));
		expect(answer).toMatchObject({
			status: 500,
			body: expect.stringMatching(/Step 1 \(Dial\): To is empty/),
		});
		expect(trigger.outputs()).toEqual([]);
	});

	test("a phone menu's input comes back to the same trigger: the relative action's step is in the output", async () => {
		const trigger = await listening({
			parameters: { event: 'incomingCall', webhookSetup: 'manual' },
			webhookId: 'cccccccc-0000-4000-8000-000000000009',
		});
		// Gather's action "?step=menu", which Twilio resolves against the trigger's URL and signs.
		const url = new URL('?step=menu', trigger.publicUrl()).toString();
		const params = { CallSid: 'CA0123456789abcdef0123456789abcdef', Digits: '2' };
		const answer = await trigger.send({
			params,
			query: 'step=menu',
			headers: {
				'X-Twilio-Signature': getExpectedTwilioSignature(
					bed.twilio.emulator.account.authToken,
					url,
					params,
				),
			},
		});
		expect(answer.status).toBe(200);
		expect(trigger.outputs()[0][0].json).toEqual({ ...params, step: 'menu' });
	});

	test("response mode 'Respond to Webhook': the trigger leaves the answer to that node", async () => {
		const twiml = '<Response><Message>From the workflow</Message></Response>';
		const trigger = await listening({
			parameters: { ...incomingMessage, responseMode: 'responseNode' },
			respondWith: twiml,
		});
		const answer = await trigger.send(signed(trigger, sms));
		expect(answer).toMatchObject({ status: 200, body: twiml, contentType: 'text/xml' });
		expect(trigger.executions).toHaveLength(1);
	});
});

describe('MMS media', () => {
	const messageSid = 'MM0123456789abcdef0123456789abcdef';
	const mediaSid = (index: number) => `ME0123456789abcdef0123456789abcde${index}`;
	const mediaUrl = (index: number) =>
		`${bed.twilio.emulator.url}${bed.twilio.accountPath(`/Messages/${messageSid}/Media/${mediaSid(index)}`)}`;
	const mms = () => ({
		...sms,
		MessageSid: messageSid,
		NumMedia: '2',
		MediaUrl0: mediaUrl(0),
		MediaContentType0: 'image/png',
		MediaUrl1: mediaUrl(1),
		MediaContentType1: 'text/vcard',
	});
	const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
	const vcard = Buffer.from('BEGIN:VCARD\nFN:Ada\nEND:VCARD\n');
	const addMedia = (index: number, contentType: string, content: Buffer) =>
		bed.twilio.emulator.store.add(
			bed.twilio.accountPath(`/Messages/${messageSid}/Media`),
			mediaRecord(
				bed.twilio.emulator.account.sid,
				messageSid,
				mediaSid(index),
				contentType,
				content,
			),
		);

	test.each(['current', 'before-2026'] as const)(
		"'Download Media' adds each file as binary data media0, media1…: the API with the credential, the storage host without (n8n %s)",
		async (redirects) => {
			addMedia(0, 'image/png', png);
			addMedia(1, 'text/vcard', vcard);
			const trigger = await listening({
				parameters: { ...incomingMessage, options: { downloadMedia: true } },
				redirects,
			});
			expect((await trigger.send(signed(trigger, mms()))).status).toBe(200);
			const [item] = trigger.outputs()[0];
			expect(item.json).toEqual(mms());
			expect(item.binary?.media0).toMatchObject({
				mimeType: 'image/png',
				data: png.toString('base64'),
			});
			expect(item.binary?.media1).toMatchObject({
				mimeType: 'text/vcard',
				data: vcard.toString('base64'),
			});
			const api = bed.twilio.emulator.requests.map((request) => [
				request.path,
				request.authUser,
				request.status,
			]);
			expect(api.sort()).toEqual([
				[
					bed.twilio.accountPath(`/Messages/${messageSid}/Media/${mediaSid(0)}`),
					bed.twilio.emulator.account.sid,
					302,
				],
				[
					bed.twilio.accountPath(`/Messages/${messageSid}/Media/${mediaSid(1)}`),
					bed.twilio.emulator.account.sid,
					302,
				],
			]);
			expect(fileHostRequests(bed.twilio.emulator, bed.twilio.credentials)).toEqual([
				{ status: 200, authorization: false, secret: false },
				{ status: 200, authorization: false, secret: false },
			]);
		},
	);

	test('Twilio gets its answer before the media are downloaded; all files are fetched at once, named by content type', async () => {
		addMedia(0, 'image/jpeg', png);
		addMedia(1, 'text/vcard', vcard);
		const release = bed.twilio.emulator.fileHost.hold();
		const trigger = await listening({
			parameters: { ...incomingMessage, replyText: 'Thanks!', options: { downloadMedia: true } },
		});
		const params = { ...mms(), MediaContentType0: 'image/jpeg' };
		// The storage host answers nothing yet: the answer must not wait for it.
		const answer = await trigger.request(signed(trigger, params));
		expect(answer).toEqual({
			status: 200,
			contentType: 'text/xml; charset=utf-8',
			body: '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks!</Message></Response>',
		});
		expect(trigger.executions).toEqual([]);
		while (bed.twilio.emulator.fileHost.pending < 2)
			await new Promise((resolve) => setImmediate(resolve));
		expect(bed.twilio.emulator.fileHost.pending).toBe(2);
		release();
		await trigger.settled();
		const [item] = trigger.outputs()[0];
		expect(item.binary?.media0).toMatchObject({
			fileName: 'media0.jpg',
			fileExtension: 'jpg',
			mimeType: 'image/jpeg',
		});
		expect(item.binary?.media1).toMatchObject({ fileName: 'media1.vcf', mimeType: 'text/vcard' });
		expect(item.json.mediaDownloadErrors).toBeUndefined();
	});

	test('a file that cannot be downloaded is reported on the item; the message still starts the workflow', async () => {
		addMedia(0, 'image/png', png);
		const trigger = await listening({
			parameters: { ...incomingMessage, options: { downloadMedia: true } },
		});
		const params = { ...mms(), MediaUrl1: 'https://files.example.com/ME1.png' };
		expect((await trigger.send(signed(trigger, params))).status).toBe(200);
		const [item] = trigger.outputs()[0];
		expect(Object.keys(item.binary ?? {})).toEqual(['media0']);
		expect(item.json.mediaDownloadErrors).toEqual([
			"MediaUrl1 is not a media URL of Twilio's API; not downloaded",
		]);
		expect(bed.twilio.emulator.requests).toHaveLength(1);
	});

	test('without the option nothing is downloaded', async () => {
		const trigger = await listening({ parameters: incomingMessage });
		await trigger.send(signed(trigger, mms()));
		expect(trigger.outputs()[0][0].binary).toBeUndefined();
		expect(bed.twilio.emulator.requests).toEqual([]);
	});
});

describe('credentials', () => {
	const apiKey = (authToken?: string): ICredentialDataDecryptedObject => ({
		authType: 'apiKey',
		accountSid: bed.twilio.emulator.account.sid,
		apiKeySid: bed.twilio.emulator.account.apiKeys[0].sid,
		apiKeySecret: bed.twilio.emulator.account.apiKeys[0].secret,
		...(authToken === undefined ? {} : { authToken }),
		baseUrl: bed.twilio.emulator.url,
	});

	test("an API-key credential checks signatures with its 'Auth Token (for Webhook Signatures)'", async () => {
		const trigger = await listening({
			parameters: incomingMessage,
			credentials: apiKey(bed.twilio.emulator.account.authToken),
		});
		expect((await trigger.send(signed(trigger, sms))).status).toBe(200);
		expect((await trigger.send({ params: sms })).status).toBe(403);
		expect(trigger.executions).toHaveLength(1);
	});

	test('an API-key credential without the Auth Token: activation is refused, requests get 403', async () => {
		const trigger = bed.server.trigger({ parameters: incomingMessage, credentials: apiKey() });
		await expect(trigger.activate()).rejects.toThrow(
			"The credential has no Auth Token to check Twilio's webhook signatures",
		);
		bed.server.listen(trigger, false);
		expect((await trigger.send(signed(trigger, sms))).status).toBe(403);
		expect(trigger.executions).toEqual([]);
	});

	test("'Skip Signature Check (Insecure)' accepts unsigned requests, and then needs no Auth Token", async () => {
		const trigger = await listening({
			parameters: { ...incomingMessage, options: { skipSignatureCheck: true } },
			credentials: apiKey(),
		});
		expect((await trigger.send({ params: sms })).status).toBe(200);
		expect(trigger.outputs()[0][0].json).toEqual(sms);
	});

	test('a burst of deliveries reads the credential through n8n once; an unsigned request reads it not at all', async () => {
		const trigger = await listening({ parameters: incomingMessage });
		const readsBefore = trigger.credentialReads.count;
		expect((await trigger.send({ params: sms })).status).toBe(403);
		expect(trigger.credentialReads.count).toBe(readsBefore);

		const deliveries = Array.from({ length: 10 }, (_, n) =>
			signed(trigger, { ...sms, MessageSid: `SM${String(n).padStart(32, '0')}` }),
		);
		const answers = await Promise.all(deliveries.map((delivery) => trigger.send(delivery)));
		expect(answers.map(({ status }) => status)).toEqual(Array(10).fill(200));
		expect(trigger.credentialReads.count).toBe(readsBefore + 1);
		expect((await trigger.send(signed(trigger, sms))).status).toBe(200);
		expect(trigger.credentialReads.count).toBe(readsBefore + 1);
	});

	test('the credential is read again once a minute has passed', async () => {
		const trigger = await listening({ parameters: incomingMessage });
		expect((await trigger.send(signed(trigger, sms))).status).toBe(200);
		const reads = trigger.credentialReads.count;
		await withClockAhead(CREDENTIAL_TTL_MS - 1000, async () => {
			expect((await trigger.send(signed(trigger, sms))).status).toBe(200);
			expect(trigger.credentialReads.count).toBe(reads);
		});
		await withClockAhead(CREDENTIAL_TTL_MS + 1000, async () => {
			expect((await trigger.send(signed(trigger, sms))).status).toBe(200);
			expect(trigger.credentialReads.count).toBe(reads + 1);
		});
	});

	test('a credential n8n could not read is read again for the next delivery', async () => {
		const trigger = await listening({ parameters: incomingMessage });
		trigger.credentialReads.failing = 1;
		expect((await trigger.send(signed(trigger, sms))).status).toBe(500);
		expect((await trigger.send(signed(trigger, sms))).status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
	});

	test('an Auth Token changed in n8n is used at once: the new signature passes, the old one no longer does', async () => {
		const credentials = { ...bed.twilio.credentials };
		const trigger = await listening({ parameters: incomingMessage, credentials });
		const oldToken = String(credentials.authToken);
		const newToken = `${oldToken.slice(0, -4)}0000`;
		expect((await trigger.send(signed(trigger, sms, oldToken))).status).toBe(200);

		// The user edits the credential in n8n, as after rotating the Auth Token in the Twilio Console.
		credentials.authToken = newToken;
		expect(
			(await trigger.send(signed(trigger, { ...sms, Body: 'new token' }, newToken))).status,
		).toBe(200);
		expect(
			(await trigger.send(signed(trigger, { ...sms, Body: 'old token' }, oldToken))).status,
		).toBe(403);
		expect(trigger.outputs().map((run) => run[0].json.Body)).toEqual([sms.Body, 'new token']);
	});

	test('the Auth Token appears in no answer, output or log', async () => {
		const trigger = await listening({ parameters: incomingMessage });
		const answers = [await trigger.send(signed(trigger, sms)), await trigger.send({ params: sms })];
		expect(bed.warnings).toHaveBeenCalledTimes(1);
		const seen = JSON.stringify([answers, trigger.executions, bed.warnings.mock.calls]);
		expect(seen).not.toContain(bed.twilio.emulator.account.authToken);
	});
});

describe('subaccounts: each delivery is checked with the token of the account that owns it', () => {
	// The credential's listing of its subaccounts is kept in process memory across tests: each test
	// starts once the last one's listing has expired, on a clock only the tests move.
	beforeAll(() => jest.useFakeTimers({ now: Date.now(), doNotFake: [...REAL_TIMERS] }));
	beforeEach(() => jest.setSystemTime(Date.now() + SUBACCOUNTS_TTL_MS));
	afterAll(() => jest.useRealTimers());
	const clockAhead = (ms: number) => jest.setSystemTime(Date.now() + ms);

	let accounts = 0;
	/**
	 * A fresh account in the emulator, a subaccount of the credential's account unless it names
	 * another owner.
	 */
	function account(ownerSid = bed.twilio.emulator.account.sid): EmulatedAccount {
		accounts += 1;
		const hex = (accounts + 0x100).toString(16);
		const created: EmulatedAccount = {
			sid: `AC${hex.padStart(32, 'a')}`,
			authToken: `subaccount-token-${hex}`.padEnd(32, '0'),
			friendlyName: `Customer ${accounts}`,
			status: 'active',
			ownerSid,
			apiKeys: [],
			dateCreated: new Date('2026-01-01T00:00:00Z'),
		};
		bed.twilio.emulator.accounts.add(created);
		return created;
	}
	/**
	 * The requests the trigger sent to Twilio: listings of the credential's subaccounts, and nothing
	 * else.
	 */
	const listings = () =>
		bed.twilio.emulator.requests.filter((request) =>
			request.path.startsWith('/2010-04-01/Accounts'),
		);
	const status = (sid: string) => ({
		MessageSid: sms.MessageSid,
		MessageStatus: 'delivered',
		AccountSid: sid,
	});
	const key = (kind: 'standard' | 'main'): ICredentialDataDecryptedObject => {
		const apiKey = bed.twilio.emulator.account.apiKeys.find(
			(candidate) => candidate.kind === kind,
		)!;
		return {
			...bed.twilio.credentials,
			authType: 'apiKey',
			apiKeySid: apiKey.sid,
			apiKeySecret: apiKey.secret,
			authToken: bed.twilio.emulator.account.authToken,
		};
	};

	test("a subaccount's token changed in Twilio is read again for a delivery it refuses, at most once every 10 s", async () => {
		const subaccount = account();
		const trigger = await listening({ parameters: { event: 'messageStatus' } });
		const oldToken = subaccount.authToken;
		expect((await trigger.send(signed(trigger, status(subaccount.sid), oldToken))).status).toBe(
			200,
		);
		subaccount.authToken = `${oldToken.slice(0, -4)}ffff`;

		// Right after a listing, a refused signature costs no other: forged requests cannot make the
		// trigger call Twilio.
		expect(
			(await trigger.send(signed(trigger, status(subaccount.sid), subaccount.authToken))).status,
		).toBe(403);
		expect(listings()).toHaveLength(1);
		clockAhead(SUBACCOUNTS_RELIST_AFTER_MS);
		expect(
			(await trigger.send(signed(trigger, status(subaccount.sid), subaccount.authToken))).status,
		).toBe(200);
		expect(listings()).toHaveLength(2);
		expect((await trigger.send(signed(trigger, status(subaccount.sid), oldToken))).status).toBe(
			403,
		);
		expect(listings()).toHaveLength(2);
	});

	test('forged deliveries with a thousand made-up account SIDs cost one request to Twilio, whatever their pace', async () => {
		const subaccount = account();
		const trigger = await listening({ parameters: { event: 'messageStatus' } });
		const forged = Array.from(
			{ length: 1000 },
			(_, index) => `AC${(0xf0000 + index).toString(16).padStart(32, 'b')}`,
		);
		const answers = [];
		for (let start = 0; start < forged.length; start += 50) {
			answers.push(
				...(await Promise.all(
					forged
						.slice(start, start + 50)
						.map((sid) => trigger.send(signed(trigger, status(sid), 'any-token'))),
				)),
			);
			clockAhead(100);
		}
		expect(answers.every((answer) => answer.status === 403)).toBe(true);
		expect(listings()).toHaveLength(1);
		expect(trigger.executions).toEqual([]);
		// Ten seconds later, at most one more; the real subaccount's delivery is served from it.
		clockAhead(SUBACCOUNTS_RELIST_AFTER_MS);
		await Promise.all(
			forged.slice(0, 100).map((sid) => trigger.send(signed(trigger, status(sid), 'any-token'))),
		);
		expect(
			(await trigger.send(signed(trigger, status(subaccount.sid), subaccount.authToken))).status,
		).toBe(200);
		expect(listings()).toHaveLength(2);
	});

	test('a subaccount created since the last listing is found once the quiet time has passed', async () => {
		const trigger = await listening({ parameters: { event: 'messageStatus' } });
		expect((await trigger.send(signed(trigger, status(account().sid), 'unknown'))).status).toBe(
			403,
		);
		const created = account();
		expect(
			(await trigger.send(signed(trigger, status(created.sid), created.authToken))).status,
		).toBe(403);
		clockAhead(SUBACCOUNTS_RELIST_AFTER_MS);
		expect(
			(await trigger.send(signed(trigger, status(created.sid), created.authToken))).status,
		).toBe(200);
		expect(listings()).toHaveLength(2);
	});

	test("a subaccount's delivery, signed with its own token, starts the workflow; a burst costs one look-up", async () => {
		const subaccount = account();
		const trigger = await listening({ parameters: { event: 'messageStatus' } });
		const answers = await Promise.all(
			Array.from({ length: 5 }, () =>
				trigger.send(signed(trigger, status(subaccount.sid), subaccount.authToken)),
			),
		);
		expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
		expect(trigger.outputs().map(([item]) => item.json)).toEqual(
			Array(5).fill(status(subaccount.sid)),
		);
		// Listed once, with the parent's credential.
		expect(
			listings().map((request) => [request.path, request.query, request.authUser, request.status]),
		).toEqual([
			['/2010-04-01/Accounts.json', { PageSize: ['1000'] }, bed.twilio.emulator.account.sid, 200],
		]);
		const seen = JSON.stringify([answers, trigger.executions, bed.warnings.mock.calls]);
		expect(seen).not.toContain(subaccount.authToken);
	});

	test("a subaccount's delivery signed with the parent's token, and another account's, are refused and start nothing", async () => {
		const subaccount = account();
		const stranger = account('AC99999999999999999999999999999999');
		const trigger = await listening({ parameters: { event: 'messageStatus' } });
		expect((await trigger.send(signed(trigger, status(subaccount.sid)))).status).toBe(403);
		expect(
			(await trigger.send(signed(trigger, status(stranger.sid), stranger.authToken))).status,
		).toBe(403);
		expect(
			(await trigger.send(signed(trigger, status('AC0000000000000000000000000000dead'), 'made-up')))
				.status,
		).toBe(403);
		expect((await trigger.send(signed(trigger, status('not-an-account'), 'made-up'))).status).toBe(
			403,
		);
		expect(trigger.executions).toEqual([]);
		const logged = bed.warnings.mock.calls.map(([message]) => message);
		expect(logged).toEqual([
			expect.stringContaining('whose X-Twilio-Signature does not match'),
			expect.stringContaining(
				`${stranger.sid} is not a subaccount of the credential's account ${bed.twilio.emulator.account.sid}`,
			),
			expect.stringContaining(
				"AC0000000000000000000000000000dead is not a subaccount of the credential's account",
			),
			expect.stringContaining('its AccountSid "not-an-account" is not an account SID'),
		]);
		expect(JSON.stringify(bed.warnings.mock.calls)).not.toContain(subaccount.authToken);
	});

	test("a Standard API key cannot read a subaccount's token: the delivery is refused and n8n's log says why; a Main key can", async () => {
		const subaccount = account();
		const standard = await listening({
			parameters: { event: 'messageStatus' },
			credentials: key('standard'),
		});
		expect(
			(await standard.send(signed(standard, status(subaccount.sid), subaccount.authToken))).status,
		).toBe(403);
		expect(standard.executions).toEqual([]);
		expect(bed.warnings).toHaveBeenCalledWith(
			expect.stringContaining(
				`it comes from subaccount ${subaccount.sid}, whose Auth Token a Standard API key cannot read`,
			),
			expect.anything(),
		);
		// The credential's own account still works with the Standard key.
		expect((await standard.send(signed(standard, sms))).status).toBe(200);

		const main = await listening({
			parameters: { event: 'messageStatus' },
			credentials: key('main'),
			webhookId: 'dddddddd-0000-4000-8000-000000000004',
		});
		expect(
			(await main.send(signed(main, status(subaccount.sid), subaccount.authToken))).status,
		).toBe(200);
		expect(main.executions).toHaveLength(1);
	});
});

describe('the URL exactly as Twilio signed it', () => {
	test("a query holding ' is accepted, whether it arrives as ' or as %27", async () => {
		const trigger = await listening({ parameters: incomingMessage });
		const configured = `${trigger.publicUrl()}?customer=O'Brien`;
		const headers = {
			'X-Twilio-Signature': getExpectedTwilioSignature(
				bed.twilio.emulator.account.authToken,
				configured,
				sms,
			),
		};
		expect((await trigger.send({ params: sms, query: "customer=O'Brien", headers })).status).toBe(
			200,
		);
		expect((await trigger.send({ params: sms, query: 'customer=O%27Brien', headers })).status).toBe(
			200,
		);
		expect(trigger.executions).toHaveLength(2);
	});

	test('an N8N_WEBHOOK_URL with upper-case letters in its host is accepted as written, and lower-cased as twilio-node tries it', async () => {
		const trigger = await listening({
			parameters: incomingMessage,
			webhookBaseUrl: 'https://N8N.Example.com/webhook',
		});
		expect(trigger.publicUrl()).toBe(`https://N8N.Example.com/webhook/${trigger.path}`);
		const token = bed.twilio.emulator.account.authToken;
		const asWritten = getExpectedTwilioSignature(token, trigger.publicUrl(), sms);
		const lowerCased = getExpectedTwilioSignature(
			token,
			trigger.publicUrl().replace('N8N.Example.com', 'n8n.example.com'),
			sms,
		);
		expect(
			(await trigger.send({ params: sms, headers: { 'X-Twilio-Signature': asWritten } })).status,
		).toBe(200);
		expect(
			(await trigger.send({ params: sms, headers: { 'X-Twilio-Signature': lowerCased } })).status,
		).toBe(200);
		expect(trigger.executions).toHaveLength(2);
	});

	test('forms twilio-node would not accept are refused: another scheme, port, path or query', async () => {
		const trigger = await listening({ parameters: incomingMessage });
		const token = bed.twilio.emulator.account.authToken;
		const url = trigger.publicUrl();
		for (const other of [
			url.replace('https://', 'http://'),
			url.replace('n8n.example.com/', 'n8n.example.com:8443/'),
			`${url}/`,
			url.toUpperCase(),
			`${url}?`,
		]) {
			const answer = await trigger.send({
				params: sms,
				headers: { 'X-Twilio-Signature': getExpectedTwilioSignature(token, other, sms) },
			});
			expect({ other, status: answer.status }).toEqual({ other, status: 403 });
		}
		expect(trigger.executions).toEqual([]);
	});
});

test('a JSON request without bodySHA256 in its URL is refused, even with a valid signature of the URL', async () => {
	const trigger = await listening({ parameters: { event: 'messageStatus' } });
	const json = JSON.stringify({ MessageSid: sms.MessageSid, MessageStatus: 'delivered' });
	const signature = getExpectedTwilioSignature(
		bed.twilio.emulator.account.authToken,
		trigger.publicUrl(),
		{},
	);
	expect((await trigger.send({ json, headers: { 'X-Twilio-Signature': signature } })).status).toBe(
		403,
	);
	expect(trigger.executions).toEqual([]);
	expect(bed.warnings).toHaveBeenCalledWith(
		expect.stringContaining('with a JSON body but no bodySHA256 in its URL'),
		expect.anything(),
	);
});

test('__proto__, constructor and toString are ordinary parameters: kept as sent, nothing inherited, no prototype changed', async () => {
	const trigger = await listening({ parameters: incomingMessage });
	const params = Object.fromEntries([
		...Object.entries(sms),
		['__proto__', 'polluted'],
		['constructor', 'c'],
		['toString', 't'],
		['hasOwnProperty', 'h'],
	]);
	expect(Object.keys(params)).toContain('__proto__');
	expect((await trigger.send(signed(trigger, params))).status).toBe(200);
	const [item] = trigger.outputs()[0];
	expect(Object.getPrototypeOf(item.json)).toBeNull();
	expect({ ...item.json }).toEqual(params);
	expect(Object.keys(item.json).sort()).toEqual(Object.keys(params).sort());
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(Object.getPrototypeOf({})).toBe(Object.prototype);

	// A parameter that is not sent is absent, not inherited from Object.prototype.
	const plain = await listening({
		parameters: incomingMessage,
		webhookId: 'eeeeeeee-0000-4000-8000-000000000005',
	});
	await plain.send(signed(plain, sms));
	expect(plain.outputs()[0][0].json.constructor).toBeUndefined();
});
