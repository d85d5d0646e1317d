import type { TwilioEmulator } from '../emulator';
import { actionNode, eventStreamsTriggerNode, mainTo } from '../scripts/n8n/workflowNodes';
import { n8nWith, until, type RunningN8n } from './helpers/n8n';

const DELIVERED = 'com.twilio.messaging.message.delivered';
const RECIPIENT = '+14155550177';

/**
 * The Event Streams trigger in a running n8n (`n8n start`): activation makes the sink to n8n's
 * production URL and its subscription, the emulator's Event Streams delivers a signed batch, and
 * each event runs the rest of the workflow once; an unsigned delivery is refused.
 */
const workflow = {
	id: 'twilioEventStreams01',
	name: 'Each delivered message, reported',
	nodes: [
		eventStreamsTriggerNode({
			id: 'es-trigger',
			name: 'Events',
			webhookId: '6a1f0c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
			parameters: { eventTypes: [DELIVERED] },
		}),
		actionNode({
			id: 'es-report',
			name: 'Report',
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '+15005550006',
				to: RECIPIENT,
				body: '=Event {{ $json.data.index }} ({{ $json.id }})',
			},
		}),
	],
	connections: { Events: mainTo('Report') },
	settings: { executionOrder: 'v1' },
	active: false,
};

describe('the Event Streams trigger in a running n8n', () => {
	let running: RunningN8n;
	let emulator: TwilioEmulator;

	beforeAll(async () => {
		running = await n8nWith([workflow]);
		emulator = running.emulator;
		await running.start();
	});
	afterAll(() => running.stop());

	const reports = () =>
		emulator.requests.filter(
			(request) => request.method === 'POST' && request.form.To?.[0] === RECIPIENT,
		);

	test("activation subscribes a sink at n8n's production URL; a batch of events runs the workflow once per event", async () => {
		const sink = await until('the sink', () => emulator.records('/events/v1/Sinks')[0]);
		expect(sink.sink_configuration).toMatchObject({
			destination: `${running.n8n.url}/webhook/${workflow.nodes[0].webhookId}/events`,
		});
		await until('the subscription', () => emulator.records('/events/v1/Subscriptions')[0]);
		const answer = (await (
			await fetch(`${emulator.url}/__emulator/events`, {
				method: 'POST',
				body: JSON.stringify({ type: DELIVERED, count: 3 }),
			})
		).json()) as { published: string[] };
		expect(emulator.eventDeliveries.map(({ status }) => status)).toEqual([200]);
		await until('three reports', () => (reports().length === 3 ? true : undefined));
		expect(
			reports()
				.map((request) => request.form.Body[0])
				.sort(),
		).toEqual(answer.published.map((id, index) => `Event ${index} (${id})`).sort());
	});

	test('an unsigned delivery is refused and runs nothing', async () => {
		const sink = emulator.records('/events/v1/Sinks')[0];
		const destination = String((sink.sink_configuration as { destination: string }).destination);
		const before = reports().length;
		const answer = await fetch(`${destination}?bodySHA256=0`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify([{ type: DELIVERED, id: 'NOforged', data: {} }]),
		});
		expect(answer.status).toBe(403);
		expect(reports()).toHaveLength(before);
	});
});
