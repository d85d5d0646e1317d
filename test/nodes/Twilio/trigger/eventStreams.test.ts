import { createHash } from 'node:crypto';

import type { INodeParameters } from 'n8n-workflow';
import { getExpectedTwilioSignature } from 'twilio';

import { seedStudioFlow } from '../../../../emulator';
import { cloudEvent, publishEvents } from '../../../../emulator/eventStreams';
import { loadOptionsContext, nodeTypeInstances } from '../../../helpers/n8n';
import { EVENT_STREAMS_TRIGGER, useTriggerTestBed } from '../../../helpers/webhook';

/**
 * The Event Streams trigger through n8n-core against the emulator: activation makes a webhook sink
 * to the workflow's URL and a subscription to the chosen types (checkExists, delete, leftovers),
 * the emulator's Event Streams delivers signed CloudEvents to it (batched or one by one), unsigned
 * and forged deliveries are refused, and the event types come from Twilio's list.
 */
const bed = useTriggerTestBed();

const DELIVERED = 'com.twilio.messaging.message.delivered';
const RECEIVED = 'com.twilio.messaging.inbound-message.received';

function trigger(parameters: INodeParameters = {}) {
	return bed.server.trigger({
		nodeType: EVENT_STREAMS_TRIGGER,
		credentials: bed.twilio.credentials,
		parameters: { eventTypes: [DELIVERED], ...parameters },
		// Twilio must reach the workflow: n8n's webhook address is the test server's.
		webhookBaseUrl: `${bed.server.url}/webhook`,
		webhookTestBaseUrl: `${bed.server.url}/webhook-test`,
	});
}

const sinks = () => bed.twilio.emulator.records('/events/v1/Sinks');
const subscriptions = () => bed.twilio.emulator.records('/events/v1/Subscriptions');
const subscribedTypes = (sid: string) =>
	bed.twilio.emulator
		.records(`/events/v1/Subscriptions/${sid}/SubscribedEvents`)
		.map(({ type }) => type);

/** Events of the type about a message to `to`, published as Twilio's Event Streams would. */
async function publish(type: string, count = 1, to = '+14155552671') {
	const { emulator } = bed.twilio;
	const events = Array.from({ length: count }, (_, index) =>
		cloudEvent(type, 'Messaging.MessageStatus/8', `/2010-04-01/Accounts/${emulator.account.sid}`, {
			messageSid: `SM${String(index).padStart(32, '0')}`,
			to,
			messageStatus: 'DELIVERED',
		}),
	);
	publishEvents(emulator.store, emulator.account, events);
	await emulator.eventsDelivered();
	return events;
}

describe('activation and deactivation', () => {
	test("activation makes a batching webhook sink to the workflow's URL and subscribes it to the chosen types; deactivation deletes both", async () => {
		const workflow = trigger({ eventTypes: [DELIVERED, RECEIVED] });
		await workflow.activate();
		expect(sinks()).toHaveLength(1);
		expect(sinks()[0]).toMatchObject({
			sink_type: 'webhook',
			status: 'active',
			sink_configuration: { destination: workflow.publicUrl(), method: 'POST', batch_events: true },
		});
		expect(subscriptions()).toHaveLength(1);
		expect(subscriptions()[0].sink_sid).toBe(sinks()[0].sid);
		expect(subscribedTypes(String(subscriptions()[0].sid))).toEqual([DELIVERED, RECEIVED]);
		// Saved with the workflow, for any n8n process to check and undo.
		const saved = JSON.stringify(workflow.savedStaticData());
		for (const { sid } of [...sinks(), ...subscriptions()]) expect(saved).toContain(String(sid));

		await workflow.deactivate();
		expect(sinks()).toEqual([]);
		expect(subscriptions()).toEqual([]);
	});

	test('Listen for Test Event does the same for the Test URL, and cleans up after itself', async () => {
		const workflow = trigger();
		await workflow.activate({ test: true });
		expect(sinks()).toHaveLength(1);
		expect(sinks()[0].sink_configuration).toMatchObject({
			destination: workflow.publicUrl(true),
		});
		await publish(DELIVERED, 2);
		await workflow.settled();
		expect(workflow.outputs().map((items) => items.length)).toEqual([2]);
		await workflow.deactivate({ test: true });
		expect(sinks()).toEqual([]);
		expect(subscriptions()).toEqual([]);
	});

	test('checkExists is true while both exist, false when either is gone; a new activation makes both again', async () => {
		const workflow = trigger();
		await workflow.activate();
		const before = bed.twilio.emulator.requests.length;
		await workflow.activate();
		// Only the two reads of checkExists.
		expect(
			bed.twilio.emulator.requests.slice(before).map(({ method, path }) => `${method} ${path}`),
		).toEqual([
			`GET /v1/Sinks/${String(sinks()[0].sid)}`,
			`GET /v1/Subscriptions/${String(subscriptions()[0].sid)}`,
		]);
		// Someone deleted the subscription in Twilio.
		bed.twilio.emulator.store.removeRecord('/events/v1/Subscriptions', subscriptions()[0]);
		await workflow.activate();
		expect(sinks()).toHaveLength(1);
		expect(subscriptions()).toHaveLength(1);
		expect(subscriptions()[0].sink_sid).toBe(sinks()[0].sid);
	});

	test('a sink left behind to the same URL is removed with its subscription before the new one, so no event comes twice', async () => {
		const first = trigger();
		await first.activate();
		// Another process activated the same workflow and lost what it knew (its static data).
		const second = trigger();
		await second.activate();
		expect(sinks()).toHaveLength(1);
		expect(subscriptions()).toHaveLength(1);
		await publish(DELIVERED);
		expect(bed.twilio.emulator.eventDeliveries).toHaveLength(1);
	});

	test('a type Twilio refuses to subscribe to leaves no sink behind, and the activation fails with its error', async () => {
		const workflow = trigger({
			eventTypes: ['com.twilio.accountsecurity.verify.attempt-dlr.delivered'],
		});
		await expect(workflow.activate()).rejects.toThrow(/cannot be subscribed to/);
		expect(sinks()).toEqual([]);
	});

	test('a sink Twilio reports as failed fails the activation, saying why', async () => {
		const workflow = trigger();
		await workflow.activate();
		sinks()[0].status = 'failed';
		await expect(workflow.activate()).rejects.toThrow(/as failed: it cannot deliver events to/);
	});

	test('no event type chosen: nothing is made', async () => {
		await expect(trigger({ eventTypes: [] }).activate()).rejects.toThrow(
			/Choose at least one event type/,
		);
		expect(bed.twilio.emulator.requests).toEqual([]);
	});
});

describe('deliveries', () => {
	test('a batch of events is one execution with one item per event, each with its id, type, source, time and data', async () => {
		const workflow = trigger();
		await workflow.activate();
		const events = await publish(DELIVERED, 3);
		await workflow.settled();
		expect(bed.twilio.emulator.eventDeliveries.map(({ status }) => status)).toEqual([200]);
		expect(workflow.outputs()).toHaveLength(1);
		expect(workflow.outputs()[0].map(({ json }) => json)).toEqual(events);
	});

	test('with Batch Events off, Twilio sends one event per request: one execution each', async () => {
		const workflow = trigger({ options: { batchEvents: false } });
		await workflow.activate();
		expect(sinks()[0].sink_configuration).toMatchObject({ batch_events: false });
		await publish(DELIVERED, 3);
		await workflow.settled();
		expect(workflow.outputs().map((items) => items.length)).toEqual([1, 1, 1]);
	});

	test('events of types not subscribed to do not come', async () => {
		const workflow = trigger();
		await workflow.activate();
		await publish(RECEIVED, 2);
		await workflow.settled();
		expect(workflow.outputs()).toEqual([]);
	});

	test("Twilio's own events: a call that ends and a Studio execution that ends reach the workflow", async () => {
		const { emulator } = bed.twilio;
		const completed = 'com.twilio.voice.status-callback.call.completed';
		const ended = 'com.twilio.studio.flow.execution.ended';
		const workflow = trigger({ eventTypes: [completed, ended] });
		await workflow.activate();
		const calls = `/2010-04-01/Accounts/${emulator.account.sid}/Calls`;
		const call = emulator.perform('api', 'POST', `${calls}.json`, {
			To: '+14155552671',
			From: '+15005550006',
			Url: 'https://example.com/twiml.xml',
		});
		emulator.perform('api', 'POST', `${calls}/${String(call.sid)}.json`, { Status: 'completed' });
		const flow = seedStudioFlow(emulator);
		const execution = emulator.perform(
			'studio',
			'POST',
			`/v2/Flows/${String(flow.sid)}/Executions`,
			{
				To: '+14155552671',
				From: '+15005550006',
			},
		);
		emulator.perform(
			'studio',
			'POST',
			`/v2/Flows/${String(flow.sid)}/Executions/${String(execution.sid)}`,
			{ Status: 'ended' },
		);
		await emulator.eventsDelivered();
		await workflow.settled();
		const events = workflow
			.outputs()
			.flat()
			.map(({ json }) => json);
		expect(events.map(({ type }) => type)).toEqual([completed, ended]);
		expect(events[0].data).toMatchObject({ CallSid: call.sid, CallStatus: 'completed' });
		expect(events[1].data).toMatchObject({ execution_sid: execution.sid, status: 'ended' });
	});

	test('Only Events About Number keeps the events that name the number', async () => {
		const workflow = trigger({ options: { phoneNumber: '+14155550100' } });
		await workflow.activate();
		await publish(DELIVERED, 2, '+14155559999');
		await publish(DELIVERED, 1, '+14155550100');
		await workflow.settled();
		expect(workflow.outputs().map((items) => items.map(({ json }) => json.data))).toEqual([
			[expect.objectContaining({ to: '+14155550100' })],
		]);
	});

	describe('what Twilio did not sign is refused with 403 and starts nothing', () => {
		const body = JSON.stringify([{ specversion: '1.0', type: DELIVERED, id: 'NO1', data: {} }]);
		const hash = (text: string) => createHash('sha256').update(text).digest('hex');
		const signed = (url: string) =>
			getExpectedTwilioSignature(bed.twilio.emulator.account.authToken, url, {});

		test.each([
			['unsigned', () => ({ query: `bodySHA256=${hash(body)}`, headers: {} })],
			[
				'signed with another token',
				(url: string) => ({
					query: `bodySHA256=${hash(body)}`,
					headers: {
						'X-Twilio-Signature': getExpectedTwilioSignature(
							'another-token',
							`${url}?bodySHA256=${hash(body)}`,
							{},
						),
					},
				}),
			],
			[
				'a body other than the one signed',
				(url: string) => ({
					query: `bodySHA256=${hash('[]')}`,
					headers: { 'X-Twilio-Signature': signed(`${url}?bodySHA256=${hash('[]')}`) },
				}),
			],
			[
				'signed without bodySHA256',
				(url: string) => ({ query: '', headers: { 'X-Twilio-Signature': signed(url) } }),
			],
		])('%s', async (_, requestOf) => {
			const workflow = trigger();
			await workflow.activate();
			const answer = await workflow.send({ json: body, ...requestOf(workflow.publicUrl()) });
			expect(answer.status).toBe(403);
			expect(workflow.outputs()).toEqual([]);
		});

		test('the same body signed as Twilio signs it is taken', async () => {
			const workflow = trigger();
			await workflow.activate();
			const query = `bodySHA256=${hash(body)}`;
			const answer = await workflow.send({
				json: body,
				query,
				headers: { 'X-Twilio-Signature': signed(`${workflow.publicUrl()}?${query}`) },
			});
			expect(answer.status).toBe(200);
			expect(workflow.outputs()[0].map(({ json }) => json.id)).toEqual(['NO1']);
		});
	});
});

describe('the event types to choose from', () => {
	async function options() {
		const type = EVENT_STREAMS_TRIGGER;
		const context = loadOptionsContext(type, {}, bed.twilio.credentials);
		return await nodeTypeInstances[type].methods!.loadOptions!.eventTypes.call(context);
	}

	test("are Twilio's list, named by product, a deprecated one marked and a restricted one left out", async () => {
		const listed = await options();
		expect(listed).toContainEqual({
			name: 'Messaging: Delivered message',
			value: DELIVERED,
			description: DELIVERED,
		});
		expect(listed).toContainEqual(
			expect.objectContaining({
				name: 'Studio: Flow execution ended',
				value: 'com.twilio.studio.flow.execution.ended',
			}),
		);
		// The description's example marks message.failed deprecated.
		expect(listed.find(({ value }) => value === 'com.twilio.messaging.message.failed')?.name).toBe(
			'Messaging: Failed message (deprecated)',
		);
		expect(listed.map(({ value }) => value)).not.toContain(
			'com.twilio.accountsecurity.verify.attempt-dlr.delivered',
		);
		expect(listed.map(({ name }) => name)).toEqual([...listed.map(({ name }) => name)].sort());
		expect(bed.twilio.emulator.requests.every(({ path }) => path === '/v1/Types')).toBe(true);
	});
});
