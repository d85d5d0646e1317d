/**
 * `npm start`: n8n with this package installed from its packed tarball, the Twilio emulator, a
 * credential pointing at it, and the example workflows. Ctrl-C, and SIGINT or SIGTERM to the npm
 * process (which npm passes on to this one: package.json's start script `exec`s it), stop
 * everything it started; so does the end of the process that started it.
 *
 * Settings (environment): N8N_PORT (5678), EMULATOR_PORT (4010), TWILIO_CONNECTOR_CACHE_DIR (where
 * n8n and Node.js 24 are kept), TWILIO_CONNECTOR_N8N_HOME (n8n's user folder; kept between runs).
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { READY_LINE } from '../emulator/cli';
import { DEMO } from '../emulator/demo';
import { DEFAULT_ACCOUNT } from '../emulator/server';
import {
	DEMO_NUMBER,
	emulatorCredential,
	EMULATOR_CREDENTIAL,
	isTriggeredByWebhook,
	loadExamples,
	PACKAGE_NAME,
	provisionDemo,
} from './n8n/examples';
import { cacheDir, ensureN8n, N8N_VERSION } from './n8n/install';
import { N8n } from './n8n/instance';
import { createOwner, DEMO_OWNER } from './n8n/owner';
import { installPackage, PACKAGE_ROOT, packPackage } from './n8n/package';
import { ManagedProcess, stopCommands } from './n8n/processes';
import { portProblem } from './startPorts';

const n8nPort = Number(process.env.N8N_PORT ?? 5678);
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4010);
const userFolder = process.env.TWILIO_CONNECTOR_N8N_HOME ?? path.join(cacheDir(), 'n8n-home');

const started: ManagedProcess[] = [];
/**
 * Set once stopping has begun: a second reason to stop (a signal, then the parent's end) waits for
 * the same.
 */
let stopping: Promise<void> | undefined;

async function stopAll(exitCode: number): Promise<never> {
	stopping ??= (async () => {
		stopCommands();
		await Promise.all(started.map((child) => child.stop()));
	})();
	await stopping;
	process.exit(exitCode);
}

/**
 * Stops everything once the process that started this one is gone (npm killed with SIGKILL, a
 * closed terminal).
 */
function stopWithParent(): void {
	const parent = process.ppid;
	setInterval(() => {
		if (process.ppid !== parent) void stopAll(0);
	}, 1000).unref();
}

async function main(): Promise<void> {
	// `on`, not `once`: a second signal (GNU timeout signals npm, then the whole group) must find a
	// listener too, or Node's default ends this process before it has stopped n8n.
	process.on('SIGINT', () => void stopAll(0));
	process.on('SIGTERM', () => void stopAll(0));
	stopWithParent();

	const problems = (
		await Promise.all([
			portProblem({
				variable: 'N8N_PORT',
				value: process.env.N8N_PORT,
				fallback: 5678,
				serves: 'n8n',
			}),
			portProblem({
				variable: 'EMULATOR_PORT',
				value: process.env.EMULATOR_PORT,
				fallback: 4010,
				serves: 'the Twilio emulator',
			}),
		])
	).filter((problem): problem is string => problem !== undefined);
	if (problems.length) {
		console.error(
			`\nnpm start cannot start:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
		);
		process.exit(1);
	}

	const installation = await ensureN8n();

	step('Packing the package and installing the tarball into n8n');
	const packFolder = mkdtempSync(path.join(tmpdir(), 'twilio-connector-pack-'));
	try {
		rmSync(path.join(userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME), {
			recursive: true,
			force: true,
		});
		await installPackage(userFolder, await packPackage(packFolder));
	} finally {
		rmSync(packFolder, { recursive: true, force: true });
	}

	step('Starting the Twilio emulator');
	const emulator = new ManagedProcess(
		'Twilio emulator',
		process.execPath,
		[path.join(PACKAGE_ROOT, '.build', 'emulator', 'cli.js'), `--port=${emulatorPort}`],
		{},
	);
	started.push(emulator);
	const [, emulatorUrl] = await emulator.waitForOutput(new RegExp(`${READY_LINE}(\\S+)`), 30_000);
	await provisionDemo(emulatorUrl);

	const n8n = new N8n({ installation, userFolder, port: n8nPort, host: 'localhost' });
	step('Importing the credential and the example workflows');
	const examples = loadExamples();
	await n8n.importCredentials([emulatorCredential(emulatorUrl, DEFAULT_ACCOUNT)]);
	await n8n.importWorkflows(examples);
	const published = examples.filter(isTriggeredByWebhook);
	for (const workflow of published) await n8n.publish(workflow.id);

	step(`Starting n8n ${N8N_VERSION} (its log: ${logFile()})`);
	writeFileSync(logFile(), '');
	const server = await n8n.start((line) => appendFileSync(logFile(), `${line}\n`));
	started.push(server);
	await createOwner(n8n.localUrl);

	for (const child of started) {
		child.child.once('exit', () => {
			if (stopping !== undefined) return;
			console.error(child.failure('stopped unexpectedly').message);
			void stopAll(1);
		});
	}
	printWelcome(
		n8n.url,
		emulatorUrl,
		examples.map((workflow) => workflow.name),
		published.length > 0,
	);
}

function logFile(): string {
	mkdirSync(userFolder, { recursive: true });
	return path.join(userFolder, 'n8n.log');
}

function step(text: string): void {
	console.log(`\n▸ ${text}`);
}

function printWelcome(
	editorUrl: string,
	emulatorUrl: string,
	workflows: string[],
	autoReply: boolean,
): void {
	const message = JSON.stringify({
		from: '+14155550123',
		to: DEMO_NUMBER,
		body: 'Is my order on its way?',
	});
	const free = DEMO.numbers
		.filter(({ friendlyName }) => friendlyName.startsWith('Free'))
		.map(({ phoneNumber }) => phoneNumber);
	const events = JSON.stringify({ type: 'com.twilio.messaging.message.undelivered', count: 2 });
	const call = JSON.stringify({ from: '+14155550123', to: '+14155550110', digits: ['1'] });
	const incomingSms = `
  The auto-reply workflow is published on ${DEMO_NUMBER}. Have the emulator deliver an incoming SMS,
  signed as Twilio signs it, and see the TwiML reply:
    curl -X POST ${emulatorUrl}/__emulator/incoming-message -d '${message}'
  For a trigger of your own, pick one of the free demo numbers: ${free.join(', ')}.

  The phone menu answers calls to +14155550110. Have the emulator call it and press 1, then hear
  what the caller heard:
    curl -X POST ${emulatorUrl}/__emulator/incoming-call -d '${call}'

  The undelivered-message report subscribed to the emulator's Event Streams. Have Twilio publish two
  undelivered-message events, signed and sent to it in one batch:
    curl -X POST ${emulatorUrl}/__emulator/events -d '${events}'
`;
	console.log(`
n8n ${N8N_VERSION} is running with n8n-nodes-twilio-connector.

  Open ${editorUrl} and sign in as ${DEMO_OWNER.email} / ${DEMO_OWNER.password}

  Twilio emulator: ${emulatorUrl} (stands in for api.twilio.com; nothing leaves this machine)
  Credential:      "${EMULATOR_CREDENTIAL.name}", pointing at the emulator
  Workflows:       ${workflows.join('\n                   ')}

  To use the real Twilio, create a "Twilio Connector API" credential (Overview → Create → Credential)
  with your Account SID and Auth Token from the Twilio Console, leave API Base URL at
  https://api.twilio.com, and choose it in the Twilio Connector nodes. Each start resets
  "${EMULATOR_CREDENTIAL.name}" and the example workflows; save your own changes under new names.
${autoReply ? incomingSms : ''}
Press Ctrl-C to stop n8n and the emulator.`);
}

main().catch(async (error: Error) => {
	console.error(`\nnpm start failed: ${error.message}`);
	await stopAll(1);
});
