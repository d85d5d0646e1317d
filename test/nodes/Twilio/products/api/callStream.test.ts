import { seedRecord } from '../../../../../emulator';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const start = (url: string) => {
	const call = seedRecord(
		twilio.emulator,
		'/Accounts/{AccountSid}/Calls/{Sid}.json',
		{},
		{ status: 'in-progress' },
	);
	return twilio.run({
		parameters: {
			resource: 'callStream',
			operation: 'start',
			callSid: { __rl: true, mode: 'id', value: call.sid },
			url,
		},
	});
};

describe('Call Stream → Start', () => {
	test('streams to a wss:// URL, as Twilio requires of a WebSocket server', async () => {
		const { output, error } = await start('wss://example.com/audio');
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests.map((request) => request.form.Url)).toEqual([
			['wss://example.com/audio'],
		]);
		expect(output[0].json.sid).toMatch(/^MZ[0-9a-f]{32}$/);
	});

	test('refuses an https:// URL before sending: Twilio streams only to wss://', async () => {
		const { error } = await start('https://example.com/audio');
		expect(error?.message).toBe('URL must start with wss:// [item 0]');
		expect(twilio.emulator.requests).toEqual([]);
	});
});
