import type { INodeParameters } from 'n8n-workflow';
import { getExpectedTwilioSignature } from 'twilio';

import { incomingPhoneNumberRecord } from '../../../../emulator/products/api/behaviours/incomingPhoneNumbers';
import type { TwilioRecord } from '../../../../emulator';
import { isOtherN8nWebhook } from '../../../../nodes/Twilio/trigger/numberWebhook';
import { productRequest } from '../../../helpers/seedProductPath';
import { useTriggerTestBed, type TriggerSetup } from '../../../helpers/webhook';

const bed = useTriggerTestBed();

const NUMBER_SID = 'PN0123456789abcdef0123456789abcd01';
const OTHER_SID = 'PN0123456789abcdef0123456789abcd02';

/** A number of the emulated account, with the settings the user gave it in the Console. */
function addNumber(
	sid: string,
	phoneNumber: string,
	settings: Partial<TwilioRecord> = {},
): TwilioRecord {
	const record = {
		...incomingPhoneNumberRecord(bed.twilio.emulator.account.sid, sid, phoneNumber, new Date()),
		...settings,
	};
	bed.twilio.emulator.store.add(bed.twilio.accountPath('/IncomingPhoneNumbers'), record);
	return record;
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const byNumber = (value: string) => ({ __rl: true, mode: 'phoneNumber', value });

function trigger(parameters: INodeParameters, setup: Partial<TriggerSetup> = {}) {
	return bed.server.trigger({ credentials: bed.twilio.credentials, parameters, ...setup });
}

/** Number updates the trigger sent, as method, path and form. */
const updates = () =>
	bed.twilio.emulator.requests
		.filter((request) => request.method === 'POST')
		.map((request) => [request.path, request.form]);

describe('Incoming Message on a number', () => {
	test("activation points SmsUrl at n8n with POST; deactivation puts back the user's URL and method", async () => {
		const number = addNumber(NUMBER_SID, '+15005550006', {
			sms_url: 'https://app.example.com/sms',
			sms_method: 'GET',
		});
		const workflow = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		await workflow.activate();
		expect(number).toMatchObject({ sms_url: workflow.publicUrl(), sms_method: 'POST' });
		expect(updates()).toEqual([
			[
				bed.twilio.accountPath(`/IncomingPhoneNumbers/${NUMBER_SID}.json`),
				{ SmsUrl: [workflow.publicUrl()], SmsMethod: ['POST'] },
			],
		]);

		const params = {
			MessageSid: 'SM0123456789abcdef0123456789abcdef',
			From: '+14155551234',
			To: '+15005550006',
			Body: 'Hi',
		};
		const signature = getExpectedTwilioSignature(
			bed.twilio.emulator.account.authToken,
			String(number.sms_url),
			params,
		);
		expect(
			(await workflow.send({ params, headers: { 'X-Twilio-Signature': signature } })).status,
		).toBe(200);
		expect(workflow.outputs()[0][0].json).toEqual(params);

		await workflow.deactivate();
		expect(number).toMatchObject({ sms_url: 'https://app.example.com/sms', sms_method: 'GET' });
		expect(number.voice_url).toBe('');
	});

	test('with an API-key credential the number is set through the API key', async () => {
		const number = addNumber(NUMBER_SID, '+15005550006');
		const [key] = bed.twilio.emulator.account.apiKeys;
		const credentials = {
			authType: 'apiKey',
			accountSid: bed.twilio.emulator.account.sid,
			apiKeySid: key.sid,
			apiKeySecret: key.secret,
			authToken: bed.twilio.emulator.account.authToken,
			baseUrl: bed.twilio.emulator.url,
		};
		const workflow = trigger(
			{ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) },
			{ credentials },
		);
		await workflow.activate();
		expect(number.sms_url).toBe(workflow.publicUrl());
		expect(new Set(bed.twilio.emulator.requests.map((request) => request.authUser))).toEqual(
			new Set([key.sid]),
		);
	});

	test('activating again (an n8n restart) changes nothing when the number already points here', async () => {
		const number = addNumber(NUMBER_SID, '+15005550006', {
			sms_url: 'https://app.example.com/sms',
		});
		const workflow = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		await workflow.activate();
		bed.twilio.emulator.requests.length = 0;
		await workflow.activate();
		expect(updates()).toEqual([]);
		await workflow.deactivate();
		expect(number.sms_url).toBe('https://app.example.com/sms');
	});
});

describe('what is remembered lives in the static data n8n saves, not in the process', () => {
	test('another process restores the number from the saved static data (Incoming Call, picked by E.164 number)', async () => {
		const number = addNumber(NUMBER_SID, '+15005550006', {
			voice_url: 'https://app.example.com/voice',
			voice_method: 'POST',
		});
		addNumber(OTHER_SID, '+15005550007');
		const parameters = { event: 'incomingCall', phoneNumber: byNumber('+15005550006') };
		const activated = trigger(parameters);
		await activated.activate();
		expect(number.voice_url).toBe(activated.publicUrl());

		const elsewhere = trigger(parameters, { staticData: activated.savedStaticData() });
		await elsewhere.deactivate();
		expect(number.voice_url).toBe('https://app.example.com/voice');
	});

	test('Call Status set on a number: StatusCallback goes back to empty, as the user had it', async () => {
		const number = addNumber(NUMBER_SID, '+15005550006');
		const workflow = trigger({
			event: 'callStatus',
			webhookSetup: 'phoneNumber',
			phoneNumber: byId(NUMBER_SID),
		});
		await workflow.activate();
		expect(number).toMatchObject({
			status_callback: workflow.publicUrl(),
			status_callback_method: 'POST',
		});
		await workflow.deactivate();
		expect(number).toMatchObject({ status_callback: '', status_callback_method: 'POST' });
		expect(updates().at(-1)).toEqual([
			bed.twilio.accountPath(`/IncomingPhoneNumbers/${NUMBER_SID}.json`),
			{ StatusCallback: [''], StatusCallbackMethod: ['POST'] },
		]);
	});

	test('a number changed by someone else while active is left as it is, and the reason is logged', async () => {
		const number = addNumber(NUMBER_SID, '+15005550006', {
			sms_url: 'https://app.example.com/sms',
		});
		const workflow = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		await workflow.activate();
		number.sms_url = 'https://new-app.example.com/sms';
		bed.twilio.emulator.requests.length = 0;
		await workflow.deactivate();
		expect(number.sms_url).toBe('https://new-app.example.com/sms');
		expect(updates()).toEqual([]);
		expect(bed.warnings).toHaveBeenCalledWith(
			`Twilio Connector Trigger: left "A message comes in" of +15005550006 (${NUMBER_SID}) as it is: it was changed to https://new-app.example.com/sms after the trigger set it to ${workflow.publicUrl()}`,
		);
		expect(workflow.savedStaticData()).toEqual({ 'node:Twilio Connector Trigger': {} });
	});
});

describe('a node whose number changed under it', () => {
	test('switched to another number without deactivation: the first number is restored before the second is set', async () => {
		const first = addNumber(NUMBER_SID, '+15005550006', {
			sms_url: 'https://app.example.com/first',
		});
		const second = addNumber(OTHER_SID, '+15005550007', {
			sms_url: 'https://app.example.com/second',
		});
		const before = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		await before.activate();
		const after = trigger(
			{ event: 'incomingMessage', phoneNumber: byId(OTHER_SID) },
			{ staticData: before.savedStaticData() },
		);
		await after.activate();
		expect([first.sms_url, second.sms_url]).toEqual([
			'https://app.example.com/first',
			after.publicUrl(),
		]);
		await after.deactivate();
		expect(second.sms_url).toBe('https://app.example.com/second');
	});

	test('a number released while the workflow was active: deactivation logs it and forgets the change', async () => {
		addNumber(NUMBER_SID, '+15005550006');
		const workflow = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		await workflow.activate();
		bed.twilio.emulator.store.remove(bed.twilio.accountPath('/IncomingPhoneNumbers'), NUMBER_SID);
		await workflow.deactivate();
		expect(bed.warnings).toHaveBeenCalledWith(
			`Twilio Connector Trigger: +15005550006 (${NUMBER_SID}) no longer exists in the account; nothing to restore`,
		);
		expect(workflow.savedStaticData()).toEqual({ 'node:Twilio Connector Trigger': {} });
	});
});

describe('one number, two workflows', () => {
	test("a second workflow on the same number is refused, and the first one's setting stays", async () => {
		const number = addNumber(NUMBER_SID, '+15005550006', {
			sms_url: 'https://app.example.com/sms',
		});
		const first = trigger(
			{ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) },
			{ workflowId: 'first' },
		);
		await first.activate();
		const second = trigger(
			{ event: 'incomingMessage', phoneNumber: byNumber('+15005550006') },
			{ workflowId: 'second', webhookId: 'bbbbbbbb-0000-4000-8000-000000000002' },
		);
		// n8n's toast shows the message alone: it names the URL that has the number, and what frees it.
		await expect(second.activate()).rejects.toThrow(
			`+15005550006 already sends "A message comes in" to another workflow of this n8n (${first.publicUrl()}): deactivate that workflow to free the number, or pick another number`,
		);
		expect(number.sms_url).toBe(first.publicUrl());

		// n8n deactivates a workflow whose activation failed: that must not touch the number.
		await second.deactivate();
		expect(number.sms_url).toBe(first.publicUrl());
		await first.deactivate();
		expect(number.sms_url).toBe('https://app.example.com/sms');
	});

	test('different events of one number belong to different workflows', async () => {
		const number = addNumber(NUMBER_SID, '+15005550006');
		const messages = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		const calls = trigger(
			{ event: 'incomingCall', phoneNumber: byId(NUMBER_SID) },
			{ webhookId: 'cccccccc-0000-4000-8000-000000000003' },
		);
		await messages.activate();
		await calls.activate();
		expect(number).toMatchObject({ sms_url: messages.publicUrl(), voice_url: calls.publicUrl() });
	});

	test("listening for a test event takes over the number, then gives it back to the workflow's production URL", async () => {
		const number = addNumber(NUMBER_SID, '+15005550006', {
			sms_url: 'https://app.example.com/sms',
		});
		const active = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		await active.activate();
		const editor = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		await editor.activate({ test: true });
		expect(number.sms_url).toBe(editor.publicUrl(true));
		await editor.deactivate({ test: true });
		expect(number.sms_url).toBe(active.publicUrl());
	});
});

describe('refusals that name the problem', () => {
	test('a number whose messages go to a TwiML App', async () => {
		addNumber(NUMBER_SID, '+15005550006', {
			sms_application_sid: 'AP0123456789abcdef0123456789abcdef',
		});
		const workflow = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		await expect(workflow.activate()).rejects.toThrow(
			"Twilio does not use the URL of +15005550006: the number's sms_application_sid is set",
		);
		expect(updates()).toEqual([]);
	});

	test("a number in a Messaging Service that takes its messages: Twilio would never call the number's SMS URL", async () => {
		addNumber(NUMBER_SID, '+15005550006');
		const service = await productRequest(bed.twilio.emulator, 'POST', '/messaging/v1/Services', {
			FriendlyName: 'Alerts',
		});
		await productRequest(
			bed.twilio.emulator,
			'POST',
			`/messaging/v1/Services/${String(service.sid)}/PhoneNumbers`,
			{ PhoneNumberSid: NUMBER_SID },
		);
		const workflow = trigger({ event: 'incomingMessage', phoneNumber: byId(NUMBER_SID) });
		await expect(workflow.activate()).rejects.toThrow(
			`+15005550006 is in Messaging Service "Alerts" (${String(service.sid)}), which takes its incoming messages: Twilio would never call the number's own SMS URL`,
		);
		expect(updates().filter(([path]) => String(path).includes('IncomingPhoneNumbers'))).toEqual([]);

		// Once the service defers to the number's webhook, the trigger can take the number.
		await productRequest(
			bed.twilio.emulator,
			'POST',
			`/messaging/v1/Services/${String(service.sid)}`,
			{
				UseInboundWebhookOnNumber: 'true',
			},
		);
		await workflow.activate();
		expect(
			bed.twilio.emulator.records(bed.twilio.accountPath('/IncomingPhoneNumbers'))[0].sms_url,
		).toBe(workflow.publicUrl());
	});

	test('a number that is not in the account', async () => {
		addNumber(NUMBER_SID, '+15005550006');
		const workflow = trigger({ event: 'incomingMessage', phoneNumber: byNumber('+15005550') });
		await expect(workflow.activate()).rejects.toThrow(
			`The number +15005550 is not one of the Incoming Phone Numbers of account ${bed.twilio.emulator.account.sid}`,
		);
	});

	test('a malformed SID, before anything is sent', async () => {
		const workflow = trigger({ event: 'incomingMessage', phoneNumber: byId('PN123') });
		await expect(workflow.activate()).rejects.toThrow(
			'Phone Number "PN123" is neither a phone number SID',
		);
		expect(bed.twilio.emulator.requests).toEqual([]);
	});
});

describe('status callbacks the user pastes into Twilio', () => {
	test('activation sends nothing to Twilio', async () => {
		for (const parameters of [
			{ event: 'messageStatus' },
			{ event: 'callStatus', webhookSetup: 'manual' },
		]) {
			const workflow = trigger(parameters);
			await workflow.activate();
			await workflow.deactivate();
		}
		expect(bed.twilio.emulator.requests).toEqual([]);
	});
});

test('isOtherN8nWebhook: same n8n, another path; not this node’s own endpoints; not another host', () => {
	const own = 'https://n8n.example.com/webhook/aaaa/webhook';
	expect(isOtherN8nWebhook('https://n8n.example.com/webhook/bbbb/webhook', own, 'aaaa')).toBe(true);
	expect(isOtherN8nWebhook('https://n8n.example.com/webhook/my-sms', own, 'aaaa')).toBe(true);
	expect(isOtherN8nWebhook('https://n8n.example.com/webhook-test/aaaa/webhook', own, 'aaaa')).toBe(
		false,
	);
	expect(isOtherN8nWebhook(own, own, 'aaaa')).toBe(false);
	expect(isOtherN8nWebhook('https://app.example.com/webhook/bbbb/webhook', own, 'aaaa')).toBe(
		false,
	);
	expect(isOtherN8nWebhook('', own, 'aaaa')).toBe(false);
	expect(
		isOtherN8nWebhook(
			'https://example.com/n8n/webhook/b/webhook',
			'https://example.com/n8n/webhook/a/webhook',
			'a',
		),
	).toBe(true);
	expect(
		isOtherN8nWebhook(
			'https://example.com/shop/sms',
			'https://example.com/n8n/webhook/a/webhook',
			'a',
		),
	).toBe(false);
});
