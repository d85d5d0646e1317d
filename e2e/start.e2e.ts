import { mkdtemp, readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';

import {
	DEMO_NUMBER,
	EMULATOR_CREDENTIAL,
	loadExamples,
	packageNodeTypes,
	TRIGGER_TYPE,
} from '../scripts/n8n/examples';
import { signIn } from '../scripts/n8n/owner';
import { PACKAGE_ROOT } from '../scripts/n8n/package';
import { ManagedProcess, run } from '../scripts/n8n/processes';
import { freePort } from '../scripts/freePort';
import { until } from './helpers/n8n';

function accepts(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

/**
 * `npm start` as a user, a process manager or an IDE runs it: the npm command, in a process group
 * of its own.
 */
async function npmStart(): Promise<{
	start: ManagedProcess;
	n8nPort: number;
	emulatorPort: number;
	home: string;
}> {
	const n8nPort = await freePort();
	const emulatorPort = await freePort();
	const home = await mkdtemp(path.join(process.env.E2E_WORK_FOLDER!, 'start-home-'));
	const start = new ManagedProcess('npm start', 'npm', ['start'], {
		cwd: PACKAGE_ROOT,
		env: {
			...process.env,
			NODE_ENV: undefined,
			N8N_PORT: String(n8nPort),
			EMULATOR_PORT: String(emulatorPort),
			TWILIO_CONNECTOR_N8N_HOME: home,
		},
	});
	await start.waitForOutput(/Press Ctrl-C/, 300_000);
	return { start, n8nPort, emulatorPort, home };
}

/**
 * Sends a signal to the npm process alone (not its group, as a terminal's Ctrl-C would), as a
 * process manager, a container or an IDE's stop button does, and says how long until n8n's and the
 * emulator's ports were free.
 */
async function stopWith(
	signal: NodeJS.Signals,
	{ start, n8nPort, emulatorPort }: Awaited<ReturnType<typeof npmStart>>,
	{ group = false } = {},
): Promise<number> {
	const sent = Date.now();
	process.kill(start.child.pid!, signal);
	// GNU timeout signals the command, then its whole process group: npm gets the signal twice and
	// ends at once.
	if (group) process.kill(-start.child.pid!, signal);
	for (;;) {
		if (!(await accepts(n8nPort)) && !(await accepts(emulatorPort))) return Date.now() - sent;
		if (Date.now() - sent > 30_000)
			throw new Error(`n8n or the emulator still listens 30 s after ${signal}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** What `npm start` runs: n8n with the package, the emulator and the examples. */
describe('npm start', () => {
	let started: Awaited<ReturnType<typeof npmStart>>;

	beforeAll(async () => {
		started = await npmStart();
	});

	afterAll(async () => {
		await started?.start.stop();
	});

	test('brings up n8n with the package, the credential and the examples, and says where to go', async () => {
		const { start, n8nPort, emulatorPort } = started;
		expect(start.output).toContain(`Open http://localhost:${n8nPort}`);
		expect(start.output).toContain(`Twilio emulator: http://127.0.0.1:${emulatorPort}`);
		const get = await signIn(`http://127.0.0.1:${n8nPort}`);

		const nodeTypes = (await get('/types/nodes.json')) as Array<{ name: string }>;
		expect(nodeTypes.map((type) => type.name)).toEqual(expect.arrayContaining(packageNodeTypes()));
		const credentials = (await get('/rest/credentials')) as {
			data: Array<{ id: string; name: string; type: string }>;
		};
		expect(credentials.data).toContainEqual(
			expect.objectContaining({ ...EMULATOR_CREDENTIAL, type: 'twilioConnectorApi' }),
		);
		const workflows = (await get('/rest/workflows')) as { data: Array<{ id: string }> };
		expect(workflows.data.map((workflow) => workflow.id).sort()).toEqual(
			loadExamples()
				.map((workflow) => workflow.id)
				.sort(),
		);
		const account = await fetch(`http://127.0.0.1:${emulatorPort}/__emulator/account`).then(
			(response) => response.json(),
		);
		expect(account).toMatchObject({ sid: expect.stringMatching(/^AC/) });
	});

	test("n8n's log has no calls home that fail offline, and no deprecation of a setting npm start makes", async () => {
		const log = await readFile(path.join(started.home, 'n8n.log'), 'utf8');
		expect(log).toContain('Editor is now accessible');
		expect(log).not.toMatch(/ENOTFOUND|EAI_AGAIN/);
		expect(log).not.toMatch(/^ - WEBHOOK_URL ->/m);
	});

	(packageNodeTypes().includes(TRIGGER_TYPE) ? test : test.skip)(
		'the printed command has the emulator deliver an incoming SMS, and the auto-reply answers',
		async () => {
			const [command] = started.start.output.match(/curl -X POST \S+ -d '.*'/) ?? [];
			expect(command).toBeDefined();
			const [, url, body] = command!.match(/curl -X POST (\S+) -d '(.*)'/)!;

			const answer = await fetch(url, { method: 'POST', body }).then((response) => response.json());

			expect(JSON.parse(body)).toMatchObject({ to: DEMO_NUMBER });
			expect(answer).toMatchObject({
				status: 200,
				body: expect.stringContaining('<Message>Thanks for your message!'),
			});
		},
	);

	test('the printed phone-menu command has the emulator call the menu and press 1: the caller reaches sales', async () => {
		const [, url, body] =
			/curl -X POST (\S+\/__emulator\/incoming-call) -d '(.*)'/.exec(started.start.output) ?? [];
		expect(url).toBeDefined();
		const outcome = (await fetch(url, { method: 'POST', body }).then((response) =>
			response.json(),
		)) as { heard: string[] };
		expect(outcome.heard).toEqual([
			'Say: Welcome to the shop',
			'Say: Press 1 for sales, 2 for support',
			'Say: Connecting you to sales',
			'Dial: Number +14155550181',
		]);
	});

	test('the printed Event Streams command has the emulator publish events, which the report texts once each', async () => {
		const commands = [
			...started.start.output.matchAll(/curl -X POST (\S+\/__emulator\/events) -d '(.*)'/g),
		];
		expect(commands).toHaveLength(1);
		const [, url, body] = commands[0];
		const { published } = (await fetch(url, { method: 'POST', body }).then((response) =>
			response.json(),
		)) as { published: string[] };
		expect(published).toHaveLength(2);
		const emulator = `http://127.0.0.1:${started.emulatorPort}`;
		const reports = async () =>
			(
				(await fetch(`${emulator}/__emulator/requests`).then((response) =>
					response.json(),
				)) as Array<{
					method: string;
					form: Record<string, string[]>;
				}>
			).filter(
				(request) =>
					request.method === 'POST' && request.form.Body?.[0]?.startsWith('Not delivered'),
			);
		await until('the two reports', async () => ((await reports()).length === 2 ? true : undefined));
		expect((await reports()).map((request) => request.form.Body[0]).sort()).toEqual(
			published.map((id) => `Not delivered (undelivered): ${id}`).sort(),
		);
	});

	test('SIGTERM to the npm process stops n8n and the emulator within seconds, and npm ends', async () => {
		const exited = new Promise((resolve) =>
			started.start.child.once('exit', (code, signal) => resolve(signal ?? code)),
		);
		const took = await stopWith('SIGTERM', started);
		expect(took).toBeLessThan(15_000);
		await expect(exited).resolves.toBe(0);
	});
});

describe('npm start, stopped with SIGINT to the npm process', () => {
	test('stops n8n and the emulator within seconds', async () => {
		const started = await npmStart();
		try {
			expect(await stopWith('SIGINT', started)).toBeLessThan(15_000);
		} finally {
			await started.start.stop();
		}
	});
});

/** The process listening on a port of 127.0.0.1, as `ss` shows it. */
async function listener(port: number): Promise<number> {
	const { stdout } = await run('ss', ['-ltnpH', `sport = :${port}`]);
	return Number(/pid=(\d+)/.exec(stdout)![1]);
}

describe('npm start, stopped as GNU timeout stops it: SIGTERM to npm, then to its whole process group', () => {
	// npm and the process it runs both get it, npm may end first, and the stop must still go all the
	// way, also when n8n is too busy to answer (as on a first run): paused here, it gets SIGKILL
	// after the grace period.
	test('stops n8n and the emulator within seconds, even when n8n does not answer', async () => {
		const started = await npmStart();
		const paused = await listener(started.n8nPort);
		try {
			process.kill(paused, 'SIGSTOP');
			expect(await stopWith('SIGTERM', started, { group: true })).toBeLessThan(15_000);
		} finally {
			await started.start.stop();
			// Whatever the outcome, the n8n this test paused does not outlive it.
			try {
				process.kill(paused, 'SIGKILL');
			} catch {
				// Already gone, as it should be.
			}
		}
	});
});

describe('npm start with a port it cannot use', () => {
	test('says which setting is wrong and why, before starting anything', async () => {
		const n8nPort = await freePort();
		const start = new ManagedProcess(
			'npm start',
			process.execPath,
			[path.join(PACKAGE_ROOT, '.build', 'scripts', 'start.js')],
			{
				env: {
					...process.env,
					NODE_ENV: undefined,
					N8N_PORT: String(n8nPort),
					EMULATOR_PORT: '4190',
				},
			},
		);
		const exitCode = await new Promise((resolve) => start.child.once('exit', resolve));
		expect(exitCode).toBe(1);
		expect(start.output).toContain(
			"EMULATOR_PORT=4190: browsers and Node.js's fetch refuse to connect to port 4190",
		);
		expect(start.output).not.toContain('fetch failed');
		expect(start.output).not.toContain('Packing the package');
		expect(await accepts(n8nPort)).toBe(false);
	});
});
