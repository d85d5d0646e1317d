import { createServer, type Server } from 'node:net';

import { freePort } from '../../scripts/freePort';
import { portProblem } from '../../scripts/startPorts';

/**
 * `npm start` checks its ports before starting anything, and says which setting is wrong and why.
 */

const emulatorPort = (value: string | undefined) =>
	portProblem({ variable: 'EMULATOR_PORT', value, fallback: 4010, serves: 'the Twilio emulator' });

test.each(['4190', '6000', '10080'])(
	"EMULATOR_PORT=%s, a port Node.js's fetch and browsers refuse, is named with the reason",
	async (port) => {
		expect(await emulatorPort(port)).toBe(
			`EMULATOR_PORT=${port}: browsers and Node.js's fetch refuse to connect to port ${port} (a "bad port" of the Fetch standard), so the Twilio emulator could not be reached there. Set EMULATOR_PORT to another port, such as 4010.`,
		);
	},
);

test.each(['0', '70000', 'abc', '4010.5'])('EMULATOR_PORT=%s is not a port', async (port) => {
	expect(await emulatorPort(port)).toBe(
		`EMULATOR_PORT=${port}: a port is a whole number from 1 to 65535.`,
	);
});

test('a port another program listens on is named, with what to do', async () => {
	const port = await freePort();
	const server: Server = createServer();
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	try {
		expect(await emulatorPort(String(port))).toMatch(
			new RegExp(`^EMULATOR_PORT=${port}: port ${port} is already in use by another program`),
		);
	} finally {
		await new Promise((resolve) => server.close(resolve));
	}
});

test('a free port, given or by default, is fine', async () => {
	expect(await emulatorPort(String(await freePort()))).toBeUndefined();
	expect(
		await portProblem({
			variable: 'N8N_PORT',
			value: undefined,
			fallback: await freePort(),
			serves: 'n8n',
		}),
	).toBeUndefined();
});
