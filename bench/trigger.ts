import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { Agent, request } from 'undici';

import { freePort } from '../scripts/freePort';
import { emulatorCredential } from '../scripts/n8n/examples';
import { ensureN8n } from '../scripts/n8n/install';
import { N8n } from '../scripts/n8n/instance';
import { installPackage, packPackage } from '../scripts/n8n/package';
import { mainTo, triggerNode, webhookNode } from '../scripts/n8n/workflowNodes';
import type { EmulatorInfo } from './workload';

/**
 * Scenario (d): the Twilio Connector Trigger in a real n8n (`n8n start`, the packed package) beside
 * n8n's own Webhook node answered by a Respond to Webhook node with the same TwiML, in the same n8n
 * and the same run: signed incoming-SMS deliveries, a number of them in flight at once, and the
 * time from sending each to the end of its TwiML answer. Then the trigger with Download Media while
 * Twilio's storage host takes `slowMediaMs` per file: Twilio must still get its answer at once.
 */
export interface TriggerSettings {
	deliveries: number;
	inFlight: number;
	rounds: number;
	slowMediaMs: number;
	slowDeliveries: number;
	/** Variables added to n8n's environment, to measure n8n's settings. */
	n8nEnv: Record<string, string>;
}

export interface TriggerResults {
	/** Milliseconds to each answer, every round, by endpoint. */
	trigger: number[][];
	webhook: number[][];
	/** Deliveries answered with anything but the TwiML, by endpoint, and the first of them. */
	failures: { trigger: number; webhook: number; first?: string };
	/** Answers of the slow-media deliveries, and when their executions all had the files. */
	slowMedia: number[];
	slowMediaFilesMs: number;
	/** n8n's resident memory (bytes, Linux) after each stage, to see which endpoint makes it grow. */
	n8nRss: Array<{ after: string; bytes: number }>;
	/**
	 * n8n's CPU time (ms) per delivery, each round, by endpoint: the answers and their executions,
	 * until idle.
	 */
	n8nCpuMs: { trigger: number[]; webhook: number[] };
}

/** A process's CPU time so far in clock ticks (Linux /proc), or undefined where there is none. */
export async function cpuTicks(pid: number | undefined): Promise<number | undefined> {
	const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
	const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
	return fields ? Number(fields[11]) + Number(fields[12]) : undefined;
}

/**
 * Waits until n8n is idle (under a fifth of a core for a second): the trigger answers before its
 * execution runs, so a batch can leave executions behind, which would slow the next one.
 */
export async function untilIdle(pid: number | undefined, timeoutMs = 600_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (let before = await cpuTicks(pid); before !== undefined && Date.now() < deadline;) {
		await new Promise((resolve) => setTimeout(resolve, 1000));
		const after = await cpuTicks(pid);
		// Linux counts 100 ticks a second.
		if (after === undefined || after - before < 20) return;
		before = after;
	}
}

/** A process's resident memory in bytes, from /proc (0 where there is none). */
async function residentMemory(pid: number | undefined): Promise<number> {
	const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

const REPLY = 'Thanks for your message!';
const TWIML = `<?xml version="1.0" encoding="UTF-8"?><Response><Message>${REPLY}</Message></Response>`;
const TRIGGER_HOOK = '9b0e4d2a-6c1f-4e8a-b3d5-0a1b2c3d4e01';
const MEDIA_HOOK = '9b0e4d2a-6c1f-4e8a-b3d5-0a1b2c3d4e02';
const WEBHOOK_PATH = 'twiml-by-webhook-node';

function triggerWorkflow(id: string, webhookId: string, downloadMedia: boolean) {
	return {
		id,
		name: `Bench: trigger${downloadMedia ? ' with media' : ''}`,
		nodes: [
			triggerNode({
				id: `${id}-1`,
				name: 'Twilio Connector Trigger',
				typeVersion: 1.1,
				webhookId,
				parameters: {
					event: 'incomingMessage',
					webhookSetup: 'manual',
					responseMode: 'twiml',
					replyText: REPLY,
					options: downloadMedia ? { downloadMedia: true } : {},
				},
			}),
		],
		connections: {},
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

/**
 * n8n's own way: a Webhook node whose answer comes from a Respond to Webhook node with the TwiML.
 */
const webhookWorkflow = {
	id: 'benchWebhookNode',
	name: 'Bench: Webhook and Respond to Webhook',
	nodes: [
		webhookNode({
			id: 'bw-1',
			name: 'Webhook',
			webhookId: '9b0e4d2a-6c1f-4e8a-b3d5-0a1b2c3d4e03',
			parameters: {
				httpMethod: 'POST',
				path: WEBHOOK_PATH,
				responseMode: 'responseNode',
				options: {},
			},
		}),
		{
			id: 'bw-2',
			name: 'Respond to Webhook',
			type: 'n8n-nodes-base.respondToWebhook',
			typeVersion: 1.1,
			position: [240, 0],
			parameters: {
				respondWith: 'text',
				responseBody: TWIML,
				options: { responseHeaders: { entries: [{ name: 'Content-Type', value: 'text/xml' }] } },
			},
		},
	],
	connections: { Webhook: mainTo('Respond to Webhook') },
	settings: { executionOrder: 'v1' },
	active: false,
};

/** Twilio's signature of a form request (the emulator signs its own deliveries the same way). */
export function sign(authToken: string, url: string, parameters: Array<[string, string]>): string {
	const data = [...parameters]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.reduce((text, [name, value]) => text + name + value, url);
	return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** An incoming SMS as Twilio posts it, signed for the public URL it was sent to. */
function delivery(emulator: EmulatorInfo, publicUrl: string, n: number, media: string[] = []) {
	const sid = `${media.length ? 'MM' : 'SM'}${randomBytes(16).toString('hex')}`;
	const parameters: Array<[string, string]> = [
		['ToCountry', 'US'],
		['SmsMessageSid', sid],
		['NumMedia', String(media.length)],
		['SmsSid', sid],
		['SmsStatus', 'received'],
		['Body', `Order ${n}: is it on its way?`],
		['To', '+14155550100'],
		['NumSegments', '1'],
		['MessageSid', sid],
		['AccountSid', emulator.accountSid],
		['From', `+1415${String(n % 10_000_000).padStart(7, '0')}`],
		['ApiVersion', '2010-04-01'],
		...media.flatMap((url, index): Array<[string, string]> => [
			[`MediaUrl${index}`, url],
			[`MediaContentType${index}`, 'image/jpeg'],
		]),
	];
	return {
		body: new URLSearchParams(parameters).toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
			'user-agent': 'TwilioProxy/1.1',
			'x-twilio-signature': sign(emulator.authToken, publicUrl, parameters),
			'i-twilio-idempotency-token': randomUUID(),
		},
	};
}

/**
 * What a batch of deliveries gave: each one's time to the end of its answer, and the answers that
 * were not TwiML.
 */
interface Batch {
	times: number[];
	failures: string[];
}

/**
 * Sends the deliveries with `inFlight` at once. A failed delivery is counted and reported, not
 * timed.
 */
async function deliver(
	dispatcher: Agent,
	url: string,
	deliveries: Array<ReturnType<typeof delivery>>,
	inFlight: number,
): Promise<Batch> {
	const batch: Batch = { times: [], failures: [] };
	let next = 0;
	const lane = async () => {
		while (next < deliveries.length) {
			const { body, headers } = deliveries[next++];
			const start = performance.now();
			const response = await request(url, { method: 'POST', body, headers, dispatcher });
			const text = await response.body.text();
			const ms = performance.now() - start;
			if (response.statusCode === 200 && text.includes(`<Message>${REPLY}</Message>`))
				batch.times.push(ms);
			else batch.failures.push(`HTTP ${response.statusCode}: ${text.slice(0, 300)}`);
		}
	};
	await Promise.all(Array.from({ length: inFlight }, lane));
	return batch;
}

export async function runTriggerBenchmark(
	emulator: EmulatorInfo,
	settings: TriggerSettings,
	progress: (message: string) => void,
): Promise<TriggerResults> {
	const installation = await ensureN8n(progress);
	const work = await mkdtemp(path.join(os.tmpdir(), 'twilio-connector-bench-n8n-'));
	const userFolder = path.join(work, 'home');
	progress('(d) packing the package and installing it into n8n');
	await installPackage(userFolder, await packPackage(path.join(work, 'pack')));
	const port = await freePort();
	const n8n = new N8n({
		installation,
		userFolder,
		port,
		env: {
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_LOG_LEVEL: 'warn',
			...(process.env.BENCH_N8N_NODE_OPTIONS
				? { NODE_OPTIONS: process.env.BENCH_N8N_NODE_OPTIONS }
				: {}),
			...settings.n8nEnv,
		},
	});
	const workflows = [
		triggerWorkflow('benchTrigger', TRIGGER_HOOK, false),
		triggerWorkflow('benchTriggerMedia', MEDIA_HOOK, true),
		webhookWorkflow,
	];
	await n8n.importCredentials([
		emulatorCredential(emulator.url, { sid: emulator.accountSid, authToken: emulator.authToken }),
	]);
	await n8n.importWorkflows(workflows);
	for (const workflow of workflows) await n8n.publish(workflow.id);
	const server = await n8n.start();
	const dispatcher = new Agent({ connections: settings.inFlight });
	const control = (name: string, body: unknown) =>
		fetch(`${emulator.url}/__emulator/${name}`, {
			method: 'POST',
			body: JSON.stringify(body),
		}).then((response) => response.json());
	try {
		const triggerUrl = `${n8n.url}/webhook/${TRIGGER_HOOK}/webhook`;
		const webhookUrl = `${n8n.url}/webhook/${WEBHOOK_PATH}`;
		const endpoints = { trigger: triggerUrl, webhook: webhookUrl };
		// n8n serves a published workflow's webhook a moment after it starts: wait for both.
		for (const url of Object.values(endpoints)) {
			for (let tries = 0; ; tries++) {
				const { failures } = await deliver(dispatcher, url, [delivery(emulator, triggerUrl, 0)], 1);
				if (!failures.length) break;
				if (tries > 100) throw new Error(`${url} did not answer`);
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		}
		const results: TriggerResults = {
			trigger: [],
			webhook: [],
			failures: { trigger: 0, webhook: 0 },
			slowMedia: [],
			slowMediaFilesMs: 0,
			n8nRss: [],
			n8nCpuMs: { trigger: [], webhook: [] },
		};
		const noteMemory = async (after: string) =>
			results.n8nRss.push({ after, bytes: await residentMemory(server.child.pid) });
		const keep = (name: 'trigger' | 'webhook', batch: Batch) => {
			results.failures[name] += batch.failures.length;
			results.failures.first ??= batch.failures[0] && `${name}: ${batch.failures[0]}`;
			return batch.times;
		};
		const warmUp = Math.min(100, settings.deliveries);
		for (const [name, url] of Object.entries(endpoints)) {
			progress(`(d) warm-up: ${warmUp} deliveries to the ${name}`);
			await deliver(
				dispatcher,
				url,
				Array.from({ length: warmUp }, (_, n) => delivery(emulator, triggerUrl, n)),
				settings.inFlight,
			);
		}
		await untilIdle(server.child.pid);
		await noteMemory('warm-up');
		for (let round = 0; round < settings.rounds; round++) {
			const order =
				round % 2 === 0 ? (['trigger', 'webhook'] as const) : (['webhook', 'trigger'] as const);
			for (const name of order) {
				progress(
					`(d) ${settings.deliveries} deliveries, ${settings.inFlight} in flight, to the ${name}, round ${round + 1}/${settings.rounds}`,
				);
				const deliveries = Array.from({ length: settings.deliveries }, (_, n) =>
					delivery(emulator, triggerUrl, n),
				);
				const ticksBefore = await cpuTicks(server.child.pid);
				results[name].push(
					keep(name, await deliver(dispatcher, endpoints[name], deliveries, settings.inFlight)),
				);
				await untilIdle(server.child.pid);
				const ticksAfter = await cpuTicks(server.child.pid);
				// Linux counts 100 ticks a second; the idle second untilIdle waits through counts too.
				if (ticksBefore !== undefined && ticksAfter !== undefined)
					results.n8nCpuMs[name].push(((ticksAfter - ticksBefore) * 10) / settings.deliveries);
				await noteMemory(`${name}, round ${round + 1}`);
			}
		}

		progress(
			`(d) Download Media, the storage host taking ${settings.slowMediaMs / 1000} s per file: ${settings.slowDeliveries} MMS with 2 files`,
		);
		await control('file-host-latency', { ms: settings.slowMediaMs });
		const mediaUrl = `${n8n.url}/webhook/${MEDIA_HOOK}/webhook`;
		const mms = [];
		for (let n = 0; n < settings.slowDeliveries; n++) {
			const { urls } = (await control('message-media', {
				count: 2,
				contentType: 'image/jpeg',
			})) as { urls: string[] };
			mms.push(delivery(emulator, mediaUrl, n, urls));
		}
		const sent = performance.now();
		results.slowMedia = keep(
			'trigger',
			await deliver(dispatcher, mediaUrl, mms, settings.inFlight),
		);
		// The executions start once their files are in: wait for the storage host to have answered them
		// all.
		for (;;) {
			const requests = (await fetch(`${emulator.url}/__emulator/file-host-requests`).then(
				(response) => response.json(),
			)) as Array<{ answeredAt?: number }>;
			if (
				requests.length >= 2 * settings.slowDeliveries &&
				requests.every((entry) => entry.answeredAt)
			)
				break;
			if (performance.now() - sent > settings.slowMediaMs + 60_000)
				throw new Error('The storage host did not answer every file');
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		results.slowMediaFilesMs = performance.now() - sent;
		await control('file-host-latency', { ms: 0 });
		if (results.failures.first) {
			const complaints = server.output
				.split('\n')
				.filter((line) => /error|fail/i.test(line))
				.slice(-10);
			progress(
				`(d) failed deliveries: trigger ${results.failures.trigger}, Webhook node ${results.failures.webhook}; first: ${results.failures.first}\n${complaints.join('\n')}`,
			);
		}
		return results;
	} finally {
		await dispatcher.close();
		await server.stop();
		await rm(work, { recursive: true, force: true });
	}
}
