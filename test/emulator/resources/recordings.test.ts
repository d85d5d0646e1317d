import { recordingAudio, seedRecording } from '../../../emulator/resources/recordings';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();
const get = (path: string) => suite.request('GET', path);

describe('recording audio', () => {
	test.each([
		['', 'audio/x-wav', 'wav'],
		['.wav', 'audio/x-wav', 'wav'],
		['.mp3', 'audio/mpeg', 'mp3'],
	] as const)('the recording URI with "%s" serves %s', async (extension, contentType, format) => {
		const { sid } = seedRecording(suite.emulator);
		const response = await get(`/Recordings/${sid}${extension}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(contentType);
		expect(Buffer.from(await response.arrayBuffer()).equals(recordingAudio(sid, format))).toBe(true);
	});

	test('the JSON beside the audio is the recording, and a recording still processing has no audio', async () => {
		const recording = seedRecording(suite.emulator, { status: 'processing' });
		const details = await get(`/Recordings/${recording.sid}.json`);
		expect(await details.json()).toEqual(recording);
		const audio = await get(`/Recordings/${recording.sid}.mp3`);
		expect(audio.status).toBe(404);
		expect(await audio.json()).toMatchObject({ code: 20404, status: 404 });
	});
});
