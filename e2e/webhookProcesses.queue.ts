import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { seedRecord, TwilioEmulator } from '../emulator';
import { getExpectedTwilioSignature } from 'twilio';
import { expectContractClean } from '../test/helpers/contract';
import {
	DEMO_NUMBER,
	emulatorCredential,
	packageNodeTypes,
	provisionDemo,
	TRIGGER_TYPE,
	type ExampleWorkflow,
} from '../scripts/n8n/examples';
import { parseLog, type N8n } from '../scripts/n8n/instance';
import {
	actionNode,
	eventStreamsTriggerNode,
	mainTo,
	recordingReports,
	triggerNode,
} from '../scripts/n8n/workflowNodes';
import type { ManagedProcess } from '../scripts/n8n/processes';
import { freePort } from '../scripts/freePort';
import { newN8n, until } from './helpers/n8n';
import {
	queueModeEnvironment,
	startLoadBalancer,
	startPostgres,
	startRedis,
	type Database,
	type Service,
} from './helpers/services';

/** The second number: its workflow has no de-duplication, to show what the recipe prevents. */
const PLAIN_NUMBER = '+14155550101';
const TEAM = '+14155550198';

/**
 * The trigger → Remove Duplicates (n8n's database-backed de-duplication, README "Repeated
 * deliveries") → Message: Send. Without `dedupe`, the trigger's output goes to the send directly.
 */
function forwarder(
	id: string,
	number: string,
	webhookId: string,
	dedupe: boolean,
): ExampleWorkflow {
	const nodes = [
		triggerNode({
			id: `${id}-trigger`,
			name: 'When an SMS arrives',
			webhookId,
			parameters: {
				event: 'incomingMessage',
				webhookSetup: 'phoneNumber',
				phoneNumber: { __rl: true, mode: 'phoneNumber', value: number },
				responseMode: 'twiml',
				replyText: 'Got it',
				options: {},
			},
		}),
		...(dedupe
			? [
					{
						id: `${id}-dedupe`,
						name: 'Once per message',
						type: 'n8n-nodes-base.removeDuplicates',
						typeVersion: 2,
						position: [240, 0],
						parameters: {
							operation: 'removeItemsSeenInPreviousExecutions',
							dedupeValue: '={{ $json.MessageSid }}',
							options: { scope: 'workflow' },
						},
					},
				]
			: []),
		actionNode({
			id: `${id}-send`,
			name: 'Forward',
			position: [480, 0],
			parameters: {
				resource: 'message',
				operation: 'send',
				from: number,
				to: TEAM,
				body: '=Forwarded: {{ $json.Body }}',
				additionalFields: {},
			},
		}),
	];
	const chain = nodes.map((node) => node.name);
	return {
		id,
		name: `Forward SMS to ${number}${dedupe ? ', once per message' : ''}`,
		nodes,
		connections: Object.fromEntries(
			chain.slice(0, -1).map((name, index) => [name, mainTo(chain[index + 1])]),
		),
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

const DEDUPED = forwarder(
	'twilioForwardOnce',
	DEMO_NUMBER,
	'7a1d3c5e-2b4f-4a6c-8e0d-1f3b5d7e9a01',
	true,
);
const PLAIN = forwarder(
	'twilioForwardPlain',
	PLAIN_NUMBER,
	'7a1d3c5e-2b4f-4a6c-8e0d-1f3b5d7e9a02',
	false,
);

const DELIVERED = 'com.twilio.messaging.message.delivered';

/** n8n's Redis credential, on the queue's own Redis: the recipe's atomic counter. */
const REDIS_CREDENTIAL = { id: 'queueRedis01', name: 'Redis (the queue)' };

/**
 * Event Streams → Redis Increment on the event's `id` → only a count of 1 goes on → Message:
 * Send (README "Repeated deliveries", many executions at once). One event per request, so that
 * the balancer spreads them and the worker runs them at the same moment.
 */
const EVENTS: ExampleWorkflow = {
	id: 'twilioEventsOnce',
	name: 'Each delivered message event, once',
	nodes: [
		eventStreamsTriggerNode({
			id: 'events-trigger',
			name: 'Events',
			webhookId: '7a1d3c5e-2b4f-4a6c-8e0d-1f3b5d7e9a03',
			parameters: { eventTypes: [DELIVERED], options: { batchEvents: false } },
		}),
		{
			id: 'events-count',
			name: 'Count deliveries',
			type: 'n8n-nodes-base.redis',
			typeVersion: 1,
			position: [240, 0],
			credentials: { redis: REDIS_CREDENTIAL },
			parameters: {
				operation: 'incr',
				key: '=twilio-event:{{ $json.id }}',
				expire: true,
				ttl: 86400,
			},
		},
		{
			id: 'events-first',
			name: 'First delivery',
			type: 'n8n-nodes-base.filter',
			typeVersion: 2.2,
			position: [480, 0],
			parameters: {
				conditions: {
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
					conditions: [
						{
							id: 'first-delivery',
							leftValue: '={{ Object.values($json)[0] }}',
							rightValue: 1,
							operator: { type: 'number', operation: 'equals' },
						},
					],
					combinator: 'and',
				},
				options: {},
			},
		},
		actionNode({
			id: 'events-send',
			name: 'Report',
			position: [720, 0],
			parameters: {
				resource: 'message',
				operation: 'send',
				from: DEMO_NUMBER,
				to: TEAM,
				body: "=Event: {{ $('Events').item.json.id }}",
				additionalFields: {},
			},
		}),
	],
	connections: {
		Events: mainTo('Count deliveries'),
		'Count deliveries': mainTo('First delivery'),
		'First delivery': mainTo('Report'),
	},
	settings: { executionOrder: 'v1' },
	active: false,
};

const RECORDINGS = recordingReports('twilioRecordingsPolled', DEMO_NUMBER, TEAM);

const hasTrigger = packageNodeTypes().includes(TRIGGER_TYPE);

/**
 * n8n's recommended queue-mode set-up: a main process (editor, activation) that serves no
 * production webhooks, two `n8n webhook` processes behind HAProxy, and a worker, over PostgreSQL
 * and Redis.
 */
(hasTrigger ? describe : describe.skip)(
	'webhook processes behind a load balancer (queue mode)',
	() => {
		let emulator: TwilioEmulator;
		let database: Database;
		let redis: Service;
		let balancer: (Service & { url: string }) | undefined;
		let webhookHomes: N8n[];
		let webhooks: ManagedProcess[];
		let worker: ManagedProcess;
		const processes: ManagedProcess[] = [];

		const forwards = (text: string) =>
			emulator.requests.filter(
				(request) => request.method === 'POST' && request.form.Body?.[0] === `Forwarded: ${text}`,
			);
		const executions = (workflowId: string) =>
			database.query(
				`SELECT id, status FROM execution_entity WHERE "workflowId" = '${workflowId}' ORDER BY id`,
			);
		/** Execution ids a process logged as queued (webhook processes) or started (workers). */
		const logged = (process: ManagedProcess, pattern: RegExp) =>
			new Set(parseLog(process.output).flatMap((entry) => pattern.exec(entry.message)?.[1] ?? []));
		const numberRecord = (phoneNumber: string) =>
			emulator
				.records(`/2010-04-01/Accounts/${emulator.account.sid}/IncomingPhoneNumbers`)
				.find((record) => record.phone_number === phoneNumber)!;
		/**
		 * A signed incoming SMS as Twilio sends it, with its idempotency token, to one process or the
		 * balancer.
		 */
		const deliver = (
			origin: string,
			phoneNumber: string,
			text: string,
			token: string,
			messageSid: string,
		) => {
			const signedUrl = String(numberRecord(phoneNumber).sms_url);
			// An object, as Twilio's library signs: it sorts the keys and joins each with its value.
			const parameters: Record<string, string> = {
				AccountSid: emulator.account.sid,
				MessageSid: messageSid,
				From: '+14155550123',
				To: phoneNumber,
				Body: text,
				NumMedia: '0',
			};
			return fetch(`${origin}${new URL(signedUrl).pathname}`, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					'X-Twilio-Signature': getExpectedTwilioSignature(
						emulator.account.authToken,
						signedUrl,
						parameters,
					),
					'I-Twilio-Idempotency-Token': token,
				},
				body: new URLSearchParams(parameters).toString(),
			}).then(async (response) => ({ status: response.status, body: await response.text() }));
		};
		const messageSid = () => `SM${randomBytes(16).toString('hex')}`;

		beforeAll(async () => {
			emulator = await TwilioEmulator.start();
			await provisionDemo(emulator.url);
			const bought = await fetch(
				`${emulator.url}/2010-04-01/Accounts/${emulator.account.sid}/IncomingPhoneNumbers.json`,
				{
					method: 'POST',
					headers: {
						Authorization: `Basic ${Buffer.from(`${emulator.account.sid}:${emulator.account.authToken}`).toString('base64')}`,
					},
					body: new URLSearchParams({ PhoneNumber: PLAIN_NUMBER }),
				},
			);
			expect(bought.status).toBe(201);
			[database, redis] = await Promise.all([startPostgres(), startRedis()]);
			const balancerPort = await freePort();
			const shared = {
				...queueModeEnvironment(database, redis),
				// Every process builds webhook URLs with the balancer's address, which Twilio calls and
				// signs.
				N8N_WEBHOOK_URL: `http://127.0.0.1:${balancerPort}/`,
			};
			const main = await newN8n({ ...shared, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' });
			webhookHomes = await Promise.all([1, 2].map(() => newN8n(shared)));
			const workerHome = await newN8n({
				...shared,
				QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
			});
			await main.importCredentials([
				emulatorCredential(emulator.url, emulator.account),
				{
					...REDIS_CREDENTIAL,
					type: 'redis',
					data: { host: '127.0.0.1', port: redis.port, database: 0, password: '' },
				},
			]);
			await main.importWorkflows([DEDUPED, PLAIN, EVENTS, RECORDINGS]);
			for (const workflow of [DEDUPED, PLAIN, EVENTS, RECORDINGS]) await main.publish(workflow.id);
			processes.push(await main.start());
			webhooks = await Promise.all(webhookHomes.map((home) => home.startWebhookProcess()));
			worker = await workerHome.startWorker(10);
			processes.push(...webhooks, worker);
			balancer = await startLoadBalancer(
				[{ pathPrefix: '/webhook/', ports: webhookHomes.map((home) => home.options.port) }],
				main.options.port,
				balancerPort,
			);
			// The main process activated the triggers: each number now points at the balancer.
			for (const phoneNumber of [DEMO_NUMBER, PLAIN_NUMBER]) {
				expect(String(numberRecord(phoneNumber).sms_url)).toMatch(
					new RegExp(`^${balancer.url}/webhook/`),
				);
			}
			// Both webhook processes know the workflows before the first delivery. One after the
			// other: the workflow's first two executions at once would both create Remove
			// Duplicates' row, and one would fail (README "Repeated deliveries").
			for (const [index, home] of webhookHomes.entries()) {
				await until('the webhook process to serve the trigger', async () => {
					const answer = await deliver(
						home.localUrl,
						DEMO_NUMBER,
						'warm-up',
						randomUUID(),
						messageSid(),
					);
					return answer.status === 200 ? true : undefined;
				});
				await until('the warm-up forward', () =>
					forwards('warm-up').length === index + 1 ? true : undefined,
				);
			}
		});

		afterAll(async () => {
			await Promise.all(processes.map((process) => process.stop()));
			await balancer?.stop();
			await Promise.all([database?.stop(), redis?.stop()]);
			expectContractClean(emulator);
			await emulator.close();
		});

		test('signed deliveries through the balancer reach both webhook processes and run on the worker; unsigned ones get 403', async () => {
			const before = (await executions(DEDUPED.id)).length;
			const texts = Array.from({ length: 6 }, (_, index) => `through-balancer-${index}`);
			for (const text of texts) {
				const delivered = await fetch(`${emulator.url}/__emulator/incoming-message`, {
					method: 'POST',
					body: JSON.stringify({ from: '+14155550123', to: DEMO_NUMBER, body: text }),
				}).then(
					(response) => response.json() as Promise<{ status: number; url: string; body: string }>,
				);
				expect(delivered).toMatchObject({
					status: 200,
					body: expect.stringContaining('<Message>Got it</Message>'),
				});
				expect(delivered.url).toMatch(new RegExp(`^${balancer!.url}/webhook/`));
			}
			const rows = await until('the executions', async () => {
				const all = await executions(DEDUPED.id);
				return all.length >= before + texts.length &&
					all.every(([, status]) => status === 'success')
					? all
					: undefined;
			});
			for (const text of texts) expect(forwards(text)).toHaveLength(1);
			const ran = rows.slice(before).map(([id]) => id);
			const queuedBy = webhooks.map((process) => logged(process, /^Enqueued execution (\d+)/));
			// Round-robin: each webhook process queued some of them, and the worker ran every one.
			const perProcess = queuedBy.map((ids) => ran.filter((id) => ids.has(id)).length);
			expect(perProcess.every((count) => count > 0)).toBe(true);
			expect(perProcess[0] + perProcess[1]).toBe(texts.length);
			const started = logged(worker, /^Worker started execution (\d+)/);
			expect(ran.filter((id) => !started.has(id))).toEqual([]);

			const forged = await fetch(String(numberRecord(DEMO_NUMBER).sms_url), {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({
					AccountSid: emulator.account.sid,
					From: '+14155550123',
					To: DEMO_NUMBER,
					Body: 'Forged',
				}),
			});
			expect(forged.status).toBe(403);
			await new Promise((resolve) => setTimeout(resolve, 2000));
			expect(forwards('Forged')).toEqual([]);
			expect((await executions(DEDUPED.id)).length).toBe(before + texts.length);
		});

		test('a delivery Twilio repeats to the other webhook process forwards the message once (Remove Duplicates); without it, twice', async () => {
			const [first, second] = webhookHomes.map((home) => home.localUrl);
			const sid = messageSid();
			const token = randomUUID();
			const before = (await executions(DEDUPED.id)).length;

			const original = await deliver(first, DEMO_NUMBER, 'repeated', token, sid);
			const sameProcess = await deliver(first, DEMO_NUMBER, 'repeated', token, sid);
			// Twilio repeats a webhook after its 15-second timeout, so the first execution has run
			// by then: Remove Duplicates is not a lock for executions at the same moment (README).
			await until('the first execution', async () =>
				(await executions(DEDUPED.id)).slice(before).some(([, status]) => status === 'success')
					? true
					: undefined,
			);
			const otherProcess = await deliver(second, DEMO_NUMBER, 'repeated', token, sid);
			for (const answer of [original, sameProcess, otherProcess]) {
				expect(answer).toMatchObject({
					status: 200,
					body: expect.stringContaining('<Message>Got it</Message>'),
				});
			}
			const rows = await until('both executions to finish', async () => {
				const all = (await executions(DEDUPED.id)).slice(before);
				return all.length >= 2 && all.every(([, status]) => status === 'success') ? all : undefined;
			});
			await new Promise((resolve) => setTimeout(resolve, 1500));
			// The repeat to the same process started nothing; the one to the other process started an
			// execution that ended at Remove Duplicates: the message went out once.
			expect((await executions(DEDUPED.id)).slice(before)).toEqual(rows);
			expect(rows).toHaveLength(2);
			expect(forwards('repeated')).toHaveLength(1);

			// The same repeat into a workflow without Remove Duplicates: the per-process memory cannot
			// see it.
			const plainSid = messageSid();
			const plainToken = randomUUID();
			await deliver(first, PLAIN_NUMBER, 'repeated-plain', plainToken, plainSid);
			await deliver(second, PLAIN_NUMBER, 'repeated-plain', plainToken, plainSid);
			await until('both plain forwards', () =>
				forwards('repeated-plain').length >= 2 ? true : undefined,
			);
			expect(forwards('repeated-plain')).toHaveLength(2);
		});

		test('Event Streams deliveries at the same moment through the balancer act once per event, even when Twilio repeats one to each process (Redis Increment)', async () => {
			const before = (await executions(EVENTS.id)).length;
			const sink = emulator.records('/events/v1/Sinks')[0];
			const destination = String((sink.sink_configuration as { destination: string }).destination);
			expect(destination).toMatch(new RegExp(`^${balancer!.url}/webhook/`));
			const events = (await (
				await fetch(`${emulator.url}/__emulator/events`, {
					method: 'POST',
					body: JSON.stringify({ type: DELIVERED, count: 4 }),
				})
			).json()) as { published: string[] };
			const sent = (id: string) =>
				emulator.requests.filter(
					(request) => request.method === 'POST' && request.form.Body?.[0] === `Event: ${id}`,
				);
			await until('the four reports', () =>
				events.published.every((id) => sent(id).length === 1) ? true : undefined,
			);
			expect(emulator.eventDeliveries.slice(-4).map(({ status }) => status)).toEqual([
				200, 200, 200, 200,
			]);

			// Twilio delivers at least once: the first event again, signed, to each webhook process.
			const repeated = JSON.stringify({
				specversion: '1.0',
				type: DELIVERED,
				source: '/repeat',
				id: events.published[0],
				data: {},
			});
			const signedUrl = `${destination}?bodySHA256=${createHash('sha256').update(repeated).digest('hex')}`;
			for (const home of webhookHomes) {
				const url = new URL(signedUrl);
				const answer = await fetch(`${home.localUrl}${url.pathname}${url.search}`, {
					method: 'POST',
					headers: {
						'Content-Type': 'application/json',
						'X-Twilio-Signature': getExpectedTwilioSignature(
							emulator.account.authToken,
							signedUrl,
							{},
						),
					},
					body: repeated,
				});
				expect(answer.status).toBe(200);
			}
			await until('the six executions', async () => {
				const all = (await executions(EVENTS.id)).slice(before);
				return all.length === 6 && all.every(([, status]) => status === 'success')
					? true
					: undefined;
			});
			for (const id of events.published) expect(sent(id)).toHaveLength(1);
		});

		test('the polling trigger polls on the main process only: a new recording is reported once', async () => {
			const polls = () =>
				emulator.requests.filter(
					({ method, path }) => method === 'GET' && path.endsWith('/Recordings.json'),
				);
			// The main process polled once at activation.
			expect(polls().length).toBeGreaterThanOrEqual(1);
			const made = seedRecord(
				emulator,
				'/Accounts/{AccountSid}/Recordings/{Sid}',
				{},
				{ status: 'completed' },
			);
			const started = Date.now();
			const reported = () =>
				emulator.requests.filter(
					(request) =>
						request.method === 'POST' &&
						request.form.Body?.[0] === `New recording ${String(made.sid)}`,
				);
			await until('the report', () => (reported().length ? true : undefined), 150_000);
			const after = polls().length;
			await until('one more poll', () => (polls().length > after ? true : undefined), 90_000);
			expect(reported()).toHaveLength(1);
			// One process polls, once a minute: not one poll per process.
			const minutes = Math.ceil((Date.now() - started) / 60_000);
			expect(polls().length).toBeLessThanOrEqual(minutes + 3);
		}, 300_000);
	},
);
