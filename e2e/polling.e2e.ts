import { seedRecord, type TwilioEmulator } from '../emulator';
import { recordingReports } from '../scripts/n8n/workflowNodes';
import { n8nWith, until, type RunningN8n } from './helpers/n8n';

const RECIPIENT = '+14155550166';

/**
 * The polling trigger in a running n8n (`n8n start`), polling every minute as n8n allows at most:
 * the recording that existed at activation is not reported, the one made after is, once.
 */
const workflow = recordingReports('twilioPollRecordings01', '+15005550006', RECIPIENT);

describe('the polling trigger in a running n8n', () => {
	let running: RunningN8n;
	let emulator: TwilioEmulator;

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
		running = await n8nWith([workflow]);
		emulator = running.emulator;
	});
	afterAll(() => running.stop());

	test('the recording made after activation is reported once; the one before is not', async () => {
		recording();
		await running.start();
		// Activation polls once: it marks where the trigger starts.
		await until('the activation poll', () => (polls().length >= 1 ? true : undefined));
		const made = recording();
		await until('the report', () => (reports().length ? true : undefined), 150_000);
		const after = polls().length;
		await until('one more poll', () => (polls().length > after ? true : undefined), 90_000);
		expect(reports()).toEqual([`New recording ${String(made.sid)}`]);
	}, 300_000);
});
