import { mkdtemp } from 'node:fs/promises';
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
import { ManagedProcess } from '../scripts/n8n/processes';
import { freePort } from '../scripts/freePort';

function accepts(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

/** What `npm start` runs once the package is built: n8n with the package, the emulator and the examples. */
describe('npm start', () => {
	let start: ManagedProcess;
	let n8nPort: number;
	let emulatorPort: number;

	beforeAll(async () => {
		n8nPort = await freePort();
		emulatorPort = await freePort();
		start = new ManagedProcess('npm start', process.execPath, [path.join(PACKAGE_ROOT, '.build', 'scripts', 'start.js')], {
			env: {
				...process.env,
				NODE_ENV: undefined,
				N8N_PORT: String(n8nPort),
				EMULATOR_PORT: String(emulatorPort),
				TWILIO_CONNECTOR_N8N_HOME: await mkdtemp(path.join(process.env.E2E_WORK_FOLDER!, 'start-home-')),
			},
		});
		await start.waitForOutput(/Press Ctrl-C/, 240_000);
	});

	afterAll(async () => {
		await start.stop();
	});

	test('brings up n8n with the package, the credential and the examples, and says where to go', async () => {
		expect(start.output).toContain(`Open http://localhost:${n8nPort}`);
		expect(start.output).toContain(`Twilio emulator: http://127.0.0.1:${emulatorPort}`);
		const get = await signIn(`http://127.0.0.1:${n8nPort}`);

		const nodeTypes = (await get('/types/nodes.json')) as Array<{ name: string }>;
		expect(nodeTypes.map((type) => type.name)).toEqual(expect.arrayContaining(packageNodeTypes()));
		const credentials = (await get('/rest/credentials')) as { data: Array<{ id: string; name: string; type: string }> };
		expect(credentials.data).toContainEqual(expect.objectContaining({ ...EMULATOR_CREDENTIAL, type: 'twilioConnectorApi' }));
		const workflows = (await get('/rest/workflows')) as { data: Array<{ id: string }> };
		expect(workflows.data.map((workflow) => workflow.id).sort()).toEqual(loadExamples().map((workflow) => workflow.id).sort());
		const account = await fetch(`http://127.0.0.1:${emulatorPort}/__emulator/account`).then((response) => response.json());
		expect(account).toMatchObject({ sid: expect.stringMatching(/^AC/) });
	});

	(packageNodeTypes().includes(TRIGGER_TYPE) ? test : test.skip)(
		'the printed command has the emulator deliver an incoming SMS, and the auto-reply answers',
		async () => {
			const [command] = start.output.match(/curl -X POST \S+ -d '.*'/) ?? [];
			expect(command).toBeDefined();
			const [, url, body] = command!.match(/curl -X POST (\S+) -d '(.*)'/)!;

			const answer = await fetch(url, { method: 'POST', body }).then((response) => response.json());

			expect(JSON.parse(body)).toMatchObject({ to: DEMO_NUMBER });
			expect(answer).toMatchObject({ status: 200, body: expect.stringContaining('<Message>Thanks for your message!') });
		},
	);

	test('Ctrl-C stops n8n and the emulator', async () => {
		start.child.kill('SIGINT');
		const exitCode = await new Promise((resolve) => start.child.once('exit', resolve));

		expect(exitCode).toBe(0);
		expect(await accepts(n8nPort)).toBe(false);
		expect(await accepts(emulatorPort)).toBe(false);
	});
});
