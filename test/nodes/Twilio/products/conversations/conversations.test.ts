import type { INodeParameters } from 'n8n-workflow';

import { useTwilio } from '../../../../helpers/twilio';

/**
 * Twilio Conversations through n8n against the emulator: a conversation, an SMS participant and a
 * message, on the default service and on a named one by the same operation; Call Webhooks as
 * Twilio's header; a participant refused before anything is sent; a message never sent twice.
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
