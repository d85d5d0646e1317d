import { TwilioEmulator, type ReceivedRequest } from '../emulator';
import { expectContractClean } from '../test/helpers/contract';
import {
	DEMO_NUMBER,
	emulatorCredential,
	isTriggeredByWebhook,
	loadExamples,
	packageNodeTypes,
	provisionDemo,
	TRIGGER_TYPE,
	type ExampleWorkflow,
} from '../scripts/n8n/examples';
import { parseLog, type N8n } from '../scripts/n8n/instance';
import type { ManagedProcess } from '../scripts/n8n/processes';
import { actionNode, mainTo, webhookNode } from '../scripts/n8n/workflowNodes';
import { freePort } from '../scripts/freePort';
import { newN8n, until } from './helpers/n8n';
import {
	queueModeEnvironment,
	startPostgres,
	startRedis,
	Started,
	type Database,
	type Service,
} from './helpers/services';

const SEND_AND_READ = 'twilioSendAndRead';
const FINAL_STATUSES = ['success', 'error', 'crashed', 'canceled'];
const AUTO_REPLY = 'twilioAutoReply01';
const hasTrigger = packageNodeTypes().includes(TRIGGER_TYPE);

/**
 * Webhook → Message: Send → Message: Get. The webhook answers once the execution is queued; its
 * outcome is read from n8n's execution records.
 */
const sendAndRead: ExampleWorkflow = {
	id: SEND_AND_READ,
	name: 'Queue mode: send a message and read it back',
	nodes: [
		webhookNode({
			id: 'q-webhook',
			name: 'Webhook',
			webhookId: '0c2d7a3e-6f1b-4a8e-9d5c-2b7e1f0a9c31',
			parameters: {
				httpMethod: 'POST',
				path: 'send-and-read',
				responseMode: 'onReceived',
				options: {},
			},
		}),
		...[
			{
				name: 'Send',
				parameters: {
					operation: 'send',
					from: DEMO_NUMBER,
					to: '={{ $json.body.to }}',
					body: '={{ $json.body.text }}',
				},
			},
			{ name: 'Read back', parameters: { operation: 'get', messageSid: '={{ $json.sid }}' } },
		].map(({ name, parameters }, index) =>
			actionNode({
				id: `q-${index}`,
				name,
				position: [240 * (index + 1), 0],
				parameters: { resource: 'message', ...parameters },
			}),
		),
	],
	connections: { Webhook: mainTo('Send'), Send: mainTo('Read back') },
	settings: { executionOrder: 'v1' },
	active: false,
};

/** Runs the tasks with at most `limit` at a time. */
async function inParallel<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
	const results: T[] = new Array(tasks.length);
	let next = 0;
	const lane = async () => {
		while (next < tasks.length) {
			const index = next++;
			results[index] = await tasks[index]();
		}
	};
	await Promise.all(Array.from({ length: limit }, lane));
	return results;
}

/** Execution ids a worker says it started, from its own log. */
function startedBy(worker: ManagedProcess): Set<string> {
	return new Set(
		parseLog(worker.output).flatMap(
			(entry) => /^Worker started execution (\d+)/.exec(entry.message)?.[1] ?? [],
		),
	);
}

const sends = (emulator: TwilioEmulator, body: string): ReceivedRequest[] =>
	emulator.requests.filter(
		(request) =>
			request.method === 'POST' &&
			request.path.endsWith('/Messages.json') &&
			request.form.Body?.[0] === body,
	);

/**
 * Queue mode as n8n scales out: one main process (editor, webhooks) and two workers, over
 * PostgreSQL and Redis, each with the packed package in its own user folder and the same encryption
 * key.
 */
describe('the packed package in n8n queue mode', () => {
	let emulator: TwilioEmulator;
	let database: Database;
	let redis: Service;
	let main: N8n;
	let workerHomes: N8n[];
	let workers: ManagedProcess[];
	// Everything beforeAll and the tests start, stopped by afterAll whether they succeed or fail.
	const started = new Started();
	const stopProcess = (process: ManagedProcess) => process.stop();

	const webhook = (body: unknown) =>
		fetch(`${main.localUrl}/webhook/send-and-read`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(60_000),
		}).then(
			(response) => response.status,
			(error: Error) => error.message,
		);
	const executions = (workflowId: string) =>
		database.query(
			`SELECT id, status FROM execution_entity WHERE "workflowId" = '${workflowId}' ORDER BY id`,
		);
	/**
	 * Executions after the given id with their status and run data, once `count` of them have
	 * finished.
	 */
	const finishedExecutions = async (after: string, count: number) => {
		const query = `SELECT e.id, e.status, d.data FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id WHERE e.id > ${after} ORDER BY e.id`;
		const deadline = Date.now() + 180_000;
		for (;;) {
			const rows = await database.query(query);
			const finished = rows.filter(([, status]) => FINAL_STATUSES.includes(status));
			if (finished.length >= count || Date.now() > deadline) return rows;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	};
	const lastExecutionId = async () =>
		(await database.query('SELECT coalesce(max(id), 0) FROM execution_entity'))[0][0];

	beforeAll(async () => {
		emulator = await started.keep('the Twilio emulator', TwilioEmulator.start(), (server) =>
			server.close(),
		);
		await provisionDemo(emulator.url);
		[database, redis] = await started.all([
			started.keep('PostgreSQL', startPostgres(), (service) => service.stop()),
			started.keep('Redis', startRedis(), (service) => service.stop()),
		] as const);
		const shared = {
			...queueModeEnvironment(database, redis),
			// A crashed worker's jobs are given up after 5 s, and the main marks their executions crashed
			// soon after.
			QUEUE_WORKER_LOCK_DURATION: '5000',
			QUEUE_WORKER_LOCK_RENEW_TIME: '1000',
			QUEUE_WORKER_STALLED_INTERVAL: '5000',
			N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: '0.1',
		};
		main = await newN8n(shared);
		workerHomes = await Promise.all(
			[1, 2].map(async () =>
				newN8n({ ...shared, QUEUE_HEALTH_CHECK_PORT: String(await freePort()) }),
			),
		);
		// The credential is created once, through the main process, and encrypted with the shared key.
		await main.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		const examples = loadExamples().filter(isTriggeredByWebhook);
		await main.importWorkflows([sendAndRead, ...examples]);
		for (const workflow of [sendAndRead, ...examples]) await main.publish(workflow.id);
		await started.keep('n8n main', main.start(), stopProcess);
		workers = await started.all(
			workerHomes.map((home, index) =>
				started.keep(`n8n worker ${index + 1}`, home.startWorker(10), stopProcess),
			),
		);
	});

	afterAll(async () => {
		// n8n's processes, then Redis and PostgreSQL, then the emulator: the reverse of their start.
		await started.stopAll();
		if (emulator) expectContractClean(emulator);
	});

	test('200 webhook executions all succeed, spread over both workers, with exactly 200 sends read back', async () => {
		const before = await lastExecutionId();
		const texts = Array.from(
			{ length: 200 },
			(_, index) => `queue-${String(index).padStart(3, '0')}-end`,
		);

		const answers = await inParallel(
			texts.map((text, index) => () => webhook({ to: `+1415555${String(1000 + index)}`, text })),
			25,
		);

		expect(answers.filter((status) => status !== 200)).toEqual([]);
		const records = await finishedExecutions(before, texts.length);
		expect(
			records.map(([id, status]) => [id, status]).filter(([, status]) => status !== 'success'),
		).toEqual([]);
		expect(records).toHaveLength(200);
		const [first, second] = workers.map(startedBy);
		expect(first.size).toBeGreaterThan(0);
		expect(second.size).toBeGreaterThan(0);
		expect(new Set([...first, ...second])).toEqual(new Set(records.map(([id]) => id)));
		const sent = emulator.requests.filter(
			(request) => request.method === 'POST' && request.path.endsWith('/Messages.json'),
		);
		expect(sent).toHaveLength(200);
		expect(new Set(sent.map((request) => request.form.Body[0]))).toEqual(new Set(texts));
		// Each message was read back by its SID.
		const created = emulator
			.records(`/2010-04-01/Accounts/${emulator.account.sid}/Messages`)
			.map((record) => `${record.uri}`);
		const read = emulator.requests
			.filter(
				(request) =>
					request.method === 'GET' && request.path.includes('/Messages/') && request.status === 200,
			)
			.map((request) => request.path);
		expect(new Set(read)).toEqual(new Set(created));
		expect(read).toHaveLength(200);
	});

	(hasTrigger ? test : test.skip)(
		"the trigger's signed webhooks reach the main process and run on a worker; unsigned ones are refused",
		async () => {
			const incoming = await fetch(`${emulator.url}/__emulator/incoming-message`, {
				method: 'POST',
				body: JSON.stringify({ from: '+14155550123', to: DEMO_NUMBER, body: 'Queue mode hello' }),
			}).then(
				(response) => response.json() as Promise<{ status: number; url: string; body: string }>,
			);

			expect(incoming).toMatchObject({
				status: 200,
				body: expect.stringContaining('<Message>Thanks for your message!'),
			});
			expect(incoming.url).toMatch(new RegExp(`^${main.url}/webhook/`));
			const [[executionId, status]] = await until('the auto-reply execution', async () => {
				const rows = await executions(AUTO_REPLY);
				return rows.length && rows[0][1] === 'success' ? rows : undefined;
			});
			expect(status).toBe('success');
			expect(workers.some((worker) => startedBy(worker).has(executionId))).toBe(true);
			expect(sends(emulator, 'New SMS from +14155550123: Queue mode hello')).toHaveLength(1);

			const number = emulator.records(
				`/2010-04-01/Accounts/${emulator.account.sid}/IncomingPhoneNumbers`,
			)[0];
			const forged = await fetch(String(number.sms_url), {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({
					From: '+14155550123',
					To: DEMO_NUMBER,
					Body: 'Forged',
					AccountSid: emulator.account.sid,
				}),
			});
			expect(forged.status).toBe(403);
			await new Promise((resolve) => setTimeout(resolve, 2000));
			expect(await executions(AUTO_REPLY)).toHaveLength(1);
			expect(sends(emulator, 'New SMS from +14155550123: Forged')).toEqual([]);
		},
	);

	test('a worker killed in the middle and restarted loses no execution and repeats no send', async () => {
		const before = await lastExecutionId();
		const texts = Array.from(
			{ length: 30 },
			(_, index) => `restart-${String(index).padStart(2, '0')}-end`,
		);
		const alreadyStarted = startedBy(workers[0]).size;
		emulator.latencyMs = 1500;

		const answers = await Promise.all(
			texts.map((text, index) => webhook({ to: `+1415556${String(1000 + index)}`, text })),
		);
		await until('the first worker to be running some of them', () =>
			startedBy(workers[0]).size > alreadyStarted ? true : undefined,
		);
		await workers[0].stop(0);
		emulator.latencyMs = 0;
		await started.keep('n8n worker 1, restarted', workerHomes[0].startWorker(10), stopProcess);

		expect(answers.filter((status) => status !== 200)).toEqual([]);
		// Every request became an execution that finished one way or the other: none is left running or
		// lost.
		const records = await finishedExecutions(before, texts.length);
		expect(
			records
				.filter(([, status]) => !FINAL_STATUSES.includes(status))
				.map(([id, status]) => [id, status]),
		).toEqual([]);
		expect(records).toHaveLength(texts.length);
		// A successful execution's record holds its request: it sent that message exactly once.
		const succeeded = records
			.filter(([, status]) => status === 'success')
			.map(([id, , data]) => ({ id, texts: [...new Set(data.match(/restart-\d\d-end/g))] }));
		for (const { id, texts: sentTexts } of succeeded) {
			expect({
				id,
				texts: sentTexts,
				sends: sentTexts.map((text) => sends(emulator, text).length),
			}).toEqual({
				id,
				texts: [expect.any(String)],
				sends: [1],
			});
		}
		expect(new Set(succeeded.map(({ texts: [text] }) => text)).size).toBe(succeeded.length);
		// The others were marked failed or crashed; each of their messages went out at most once.
		const repeated = texts.filter((text) => sends(emulator, text).length > 1);
		expect(repeated).toEqual([]);
		// The kill hit executions in flight.
		expect(texts.length - succeeded.length).toBeGreaterThan(0);
	});
});
