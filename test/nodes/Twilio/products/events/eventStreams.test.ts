import type { INodeParameters } from 'n8n-workflow';

import { seedProductRecord } from '../../../../../emulator';
import { useTwilio } from '../../../../helpers/twilio';

/**
 * Twilio Event Streams through n8n against the emulator: a webhook sink created, tested and
 * validated, then a subscription of event types to it, each as Twilio's libraries send them.
 */
const twilio = useTwilio();

const run = (resource: string, operation: string, parameters: INodeParameters = {}) =>
	twilio.run({ parameters: { resource, operation, ...parameters } });
const id = (value: string) => ({ __rl: true, mode: 'id', value });

const configuration = { destination: 'https://example.com/events', method: 'POST' };

async function createSink(): Promise<string> {
	const { output, error } = await run('sink', 'create', {
		description: 'n8n',
		sinkConfiguration: JSON.stringify(configuration),
		sinkType: 'webhook',
	});
	expect(error).toBeUndefined();
	return output[0].json.sid as string;
}

describe('Sink', () => {
	test('Create sends the configuration as JSON text in the form; the sink is active at once, and Validate answers valid', async () => {
		const sid = await createSink();
		expect(twilio.emulator.requests[0]).toMatchObject({
			method: 'POST',
			path: '/v1/Sinks',
			product: 'events',
			form: {
				Description: ['n8n'],
				SinkConfiguration: [JSON.stringify(configuration)],
				SinkType: ['webhook'],
			},
		});
		expect((await run('sink', 'get', { sid: id(sid) })).output[0].json.status).toBe('active');
		const validated = await run('sink', 'validate', { sid: id(sid), testId: 'test-1' });
		expect(validated.output[0].json).toEqual({ result: 'valid' });
	});

	test('Send Test delivers an event to the sink: after a lost answer it is not sent again', async () => {
		const sid = await createSink();
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const { error } = await run('sink', 'sendTest', {
			sid: id(sid),
			options: { maxRetries: 3, retryDelay: 0 },
		});
		expect(
			twilio.emulator.requests.filter((request) => request.path.endsWith('/Test')),
		).toHaveLength(1);
		expect(
			(error?.context as { mayHaveBeenProcessed?: boolean } | undefined)?.mayHaveBeenProcessed,
		).toBe(true);
	});
});

describe('Subscription', () => {
	const types = [
		{ type: 'com.twilio.messaging.message.delivered', schema_version: 1 },
		{ type: 'com.twilio.messaging.message.failed' },
	];

	test('Create sends each event type as its own JSON value, as Twilio’s libraries do, to an active sink only', async () => {
		const failed = seedProductRecord(
			twilio.emulator,
			'events',
			'/v1/Sinks/{Sid}',
			{},
			{
				status: 'failed',
			},
		);
		const early = await run('subscription', 'create', {
			description: 'Delivery',
			sinkSid: id(String(failed.sid)),
			types: JSON.stringify(types),
		});
		expect(early.error?.message).toMatch(/Sink must be active/);
		const sinkSid = await createSink();
		const { output, error } = await run('subscription', 'create', {
			description: 'Delivery',
			sinkSid: id(sinkSid),
			types: JSON.stringify(types),
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests.at(-1)!.form.Types).toEqual(
			types.map((type) => JSON.stringify(type)),
		);
		expect(output[0].json.sink_sid).toBe(sinkSid);
	});

	test.each([
		['{"type": "com.twilio.messaging.message.delivered"}', /^Types must be a JSON array/],
		['["com.twilio.messaging.message.delivered"]', /^Types must hold only objects/],
	])('Types %s is refused before anything is sent', async (value, message) => {
		const { error } = await run('subscription', 'create', {
			description: 'Delivery',
			sinkSid: id('DG0123456789abcdef0123456789abcdef'),
			types: value,
		});
		expect(error?.message).toMatch(message);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});
