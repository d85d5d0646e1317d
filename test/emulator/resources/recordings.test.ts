import { TwilioEmulator } from '../../../emulator';
import { recordingAudio, seedRecording } from '../../../emulator/resources/recordings';
import { expectContractClean } from '../../helpers/contract';

let emulator: TwilioEmulator;

beforeAll(async () => {
	emulator = await TwilioEmulator.start();
});
beforeEach(() => emulator.reset());
afterAll(async () => {
	expectContractClean(emulator);
	await emulator.close();
});

const get = (path: string) =>
	fetch(`${emulator.url}/2010-04-01/Accounts/${emulator.account.sid}${path}`, {
		headers: {
			Authorization: `Basic ${Buffer.from(`${emulator.account.sid}:${emulator.account.authToken}`).toString('base64')}`,
		},
	});

describe('recording audio', () => {
	test.each([
		['', 'audio/x-wav', 'wav'],
		['.wav', 'audio/x-wav', 'wav'],
		['.mp3', 'audio/mpeg', 'mp3'],
	] as const)('the recording URI with "%s" serves %s', async (extension, contentType, format) => {
		const { sid } = seedRecording(emulator);
		const response = await get(`/Recordings/${sid}${extension}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(contentType);
		expect(Buffer.from(await response.arrayBuffer()).equals(recordingAudio(sid, format))).toBe(true);
	});

	test('the JSON beside the audio is the recording, and a recording still processing has no audio', async () => {
		const recording = seedRecording(emulator, { status: 'processing' });
		const details = await get(`/Recordings/${recording.sid}.json`);
		expect(await details.json()).toEqual(recording);
		const audio = await get(`/Recordings/${recording.sid}.mp3`);
		expect(audio.status).toBe(404);
		expect(await audio.json()).toMatchObject({ code: 20404, status: 404 });
	});
});
