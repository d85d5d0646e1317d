import { seedRecord, TwilioEmulator } from '../emulator';
import { emulatorCredential, EMULATOR_CREDENTIAL, PACKAGE_NAME } from '../scripts/n8n/examples';
import type { N8n } from '../scripts/n8n/instance';
import type { ManagedProcess } from '../scripts/n8n/processes';
import { actionNode, mainTo } from '../scripts/n8n/workflowNodes';
import { expectContractClean } from '../test/helpers/contract';
import { newN8n, until } from './helpers/n8n';

const RECIPIENT = '+14155550166';

/**
 * The polling trigger in a running n8n (`n8n start`), polling every minute as n8n allows at most:
 * the recording that existed at activation is not reported, the one made after is, once.
 */
const workflow = {
	id: 'twilioPollRecordings01',
	name: 'Each new recording, reported',
	nodes: [
		{
			id: 'poll-trigger',
			name: 'New Recording',
			type: `${PACKAGE_NAME}.twilioPollingTrigger`,
			typeVersion: 1,
			position: [0, 0],
			credentials: { twilioConnectorApi: EMULATOR_CREDENTIAL },
			parameters: { event: 'newRecording', pollTimes: { item: [{ mode: 'everyMinute' }] } },
		},
		actionNode({
			id: 'poll-report',
			name: 'Report',
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '+15005550006',
				to: RECIPIENT,
				body: '=New recording {{ $json.sid }}',
			},
		}),
	],
	connections: { 'New Recording': mainTo('Report') },
	settings: { executionOrder: 'v1' },
	active: false,
};

describe('the polling trigger in a running n8n', () => {
	let emulator: TwilioEmulator;
	let n8n: N8n;
	let server: ManagedProcess | undefined;

	const recording = () =>
		seedRecord(emulator, '/Accounts/{AccountSid}/Recordings/{Sid}', {}, { status: 'completed' });
	const polls = () =>
		emulator.requests.filter(
			({ method, path }) => method === 'GET' && path.endsWith('/Recordings.json'),
		);
	const reports = () =>
		emulator.requests
			.filter((request) => request.method === 'POST' && request.form.To?.[0] === RECIPIENT)
			.map((request) => request.form.Body[0]);

	beforeAll(async () => {
		emulator = await TwilioEmulator.start();
		n8n = await newN8n();
		await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		await n8n.importWorkflows([workflow]);
		await n8n.publish(workflow.id);
	});

	afterAll(async () => {
		await server?.stop();
		expectContractClean(emulator);
		await emulator.close();
	});

	test('the recording made after activation is reported once; the one before is not', async () => {
		recording();
		server = await n8n.start();
		// Activation polls once: it marks where the trigger starts.
		await until('the activation poll', () => (polls().length >= 1 ? true : undefined));
		const made = recording();
		await until('the report', () => (reports().length ? true : undefined), 150_000);
		const after = polls().length;
		await until('one more poll', () => (polls().length > after ? true : undefined), 90_000);
		expect(reports()).toEqual([`New recording ${String(made.sid)}`]);
	}, 300_000);
});
