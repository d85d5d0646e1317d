import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { Agent, request } from 'undici';

import { freePort } from '../scripts/freePort';
import { emulatorCredential } from '../scripts/n8n/examples';
import { ensureN8n } from '../scripts/n8n/install';
import { N8n } from '../scripts/n8n/instance';
import { installPackage, packPackage } from '../scripts/n8n/package';
import { eventStreamsTriggerNode, webhookNode } from '../scripts/n8n/workflowNodes';
import { cpuTicks, sign, untilIdle } from './trigger';
import type { EmulatorInfo } from './workload';

/**
 * Scenario (e): the Event Streams trigger in a real n8n (`n8n start`, the packed package) beside
 * n8n's own Webhook node (answering at once, as Event Streams needs), in the same n8n and run:
 * signed batches of CloudEvents, one at a time, the time to each answer and n8n's CPU time per
 * event, the executions included.
 */
export interface EventStreamsSettings {
	/** Events per delivery, as a batching sink sends them. */
	batchSize: number;
	/** Deliveries per endpoint and round. */
	batches: number;
	rounds: number;
	/** Variables added to n8n's environment (`--n8n-env`). */
	n8nEnv: Record<string, string>;
}

export interface EventStreamsResults {
	/** Milliseconds to each answer, every round, by endpoint. */
	trigger: number[][];
	webhook: number[][];
	/** n8n's CPU time (ms) per event, each round, by endpoint. */
	n8nCpuMs: { trigger: number[]; webhook: number[] };
	/** Deliveries not answered 200. */
	failures: number;
}

const TRIGGER_HOOK = '9b0e4d2a-6c1f-4e8a-b3d5-0a1b2c3d4e11';
const WEBHOOK_PATH = 'events-by-webhook-node';
const DELIVERED = 'com.twilio.messaging.message.delivered';

const workflows = [
	{
		id: 'benchEventStreams',
		name: 'Bench: Event Streams trigger',
		nodes: [
			eventStreamsTriggerNode({
				id: 'be-1',
				name: 'Events',
				webhookId: TRIGGER_HOOK,
				parameters: { eventTypes: [DELIVERED] },
			}),
		],
		connections: {},
		settings: { executionOrder: 'v1' },
		active: false,
	},
	{
		id: 'benchEventsWebhookNode',
		name: 'Bench: Webhook node for events',
		nodes: [
			webhookNode({
				id: 'bew-1',
				name: 'Webhook',
				webhookId: '9b0e4d2a-6c1f-4e8a-b3d5-0a1b2c3d4e12',
				parameters: {
					httpMethod: 'POST',
					path: WEBHOOK_PATH,
					responseMode: 'onReceived',
					options: {},
				},
			}),
		],
		connections: {},
		settings: { executionOrder: 'v1' },
		active: false,
	},
];

/** A batch of events as Event Streams sends it: the body, and the URL it signs with its hash. */
function batch(emulator: EmulatorInfo, url: string, size: number, round: number) {
	const body = JSON.stringify(
		Array.from({ length: size }, (_, n) => ({
			specversion: '1.0',
			type: DELIVERED,
			source: `/2010-04-01/Accounts/${emulator.accountSid}/Messages/SM${String(n).padStart(32, '0')}.json`,
			id: `NO${round}x${n}`,
			dataschema: 'https://events-schemas.twilio.com/Messaging.MessageStatus/8',
			datacontenttype: 'application/json',
			time: new Date().toISOString(),
			data: { messageSid: `SM${String(n).padStart(32, '0')}`, messageStatus: 'DELIVERED' },
		})),
	);
	const signedUrl = `${url}?bodySHA256=${createHash('sha256').update(body).digest('hex')}`;
	const signature = sign(emulator.authToken, signedUrl, []);
	return { body, signedUrl, signature };
}

export async function runEventStreamsBenchmark(
	emulator: EmulatorInfo,
	settings: EventStreamsSettings,
	progress: (message: string) => void,
): Promise<EventStreamsResults> {
	const installation = await ensureN8n(progress);
	const work = await mkdtemp(path.join(os.tmpdir(), 'twilio-connector-bench-events-'));
	const userFolder = path.join(work, 'home');
	progress('(e) packing the package and installing it into n8n');
	await installPackage(userFolder, await packPackage(path.join(work, 'pack')));
	const n8n = new N8n({
		installation,
		userFolder,
		port: await freePort(),
		env: {
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_LOG_LEVEL: 'warn',
			...settings.n8nEnv,
		},
	});
	await n8n.importCredentials([
		emulatorCredential(emulator.url, { sid: emulator.accountSid, authToken: emulator.authToken }),
	]);
	await n8n.importWorkflows(workflows);
	for (const workflow of workflows) await n8n.publish(workflow.id);
	const server = await n8n.start();
	const dispatcher = new Agent({ connections: 1 });
	const endpoints = {
		trigger: `${n8n.url}/webhook/${TRIGGER_HOOK}/events`,
		webhook: `${n8n.url}/webhook/${WEBHOOK_PATH}`,
	};
	const results: EventStreamsResults = {
		trigger: [],
		webhook: [],
		n8nCpuMs: { trigger: [], webhook: [] },
		failures: 0,
	};
	/** One delivery, signed for the trigger's URL (the Webhook node checks nothing). */
	const send = async (name: keyof typeof endpoints, round: number) => {
		const { body, signedUrl, signature } = batch(
			emulator,
			endpoints.trigger,
			settings.batchSize,
			round,
		);
		const target = name === 'trigger' ? signedUrl : endpoints.webhook;
		const start = performance.now();
		const response = await request(target, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json', 'x-twilio-signature': signature },
			dispatcher,
		});
		await response.body.dump();
		return { ms: performance.now() - start, ok: response.statusCode === 200 };
	};
	try {
		// n8n serves a published workflow's webhook a moment after it starts: wait for both.
		for (const name of ['trigger', 'webhook'] as const) {
			for (let tries = 0; !(await send(name, -1)).ok; tries++) {
				if (tries > 100) throw new Error(`${endpoints[name]} did not answer`);
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		}
		await untilIdle(server.child.pid);
		for (let round = 0; round < settings.rounds; round++) {
			const order =
				round % 2 === 0 ? (['trigger', 'webhook'] as const) : (['webhook', 'trigger'] as const);
			for (const name of order) {
				progress(
					`(e) ${settings.batches} batches of ${settings.batchSize} events to the ${name}, round ${round + 1}/${settings.rounds}`,
				);
				const times: number[] = [];
				const ticksBefore = await cpuTicks(server.child.pid);
				for (let n = 0; n < settings.batches; n++) {
					const { ms, ok } = await send(name, round * settings.batches + n);
					if (ok) times.push(ms);
					else results.failures++;
				}
				await untilIdle(server.child.pid);
				const ticksAfter = await cpuTicks(server.child.pid);
				results[name].push(times);
				// Linux counts 100 ticks a second.
				if (ticksBefore !== undefined && ticksAfter !== undefined)
					results.n8nCpuMs[name].push(
						((ticksAfter - ticksBefore) * 10) / (settings.batches * settings.batchSize),
					);
			}
		}
		return results;
	} finally {
		await dispatcher.close();
		await server.stop();
		await rm(work, { recursive: true, force: true });
	}
}
