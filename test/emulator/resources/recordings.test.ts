import { recordingAudio } from '../../../emulator/audio';
import { seedRecording } from '../../../emulator/products/api/behaviours/recordings';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();
const get = (path: string) => suite.request('GET', path);
const basic = () =>
	`Basic ${Buffer.from(`${suite.emulator.account.sid}:${suite.emulator.account.authToken}`).toString('base64')}`;

describe('recording audio', () => {
	test.each([
		['', 'audio/x-wav', 'wav'],
		['.wav', 'audio/x-wav', 'wav'],
		['.mp3', 'audio/mpeg', 'mp3'],
	] as const)(
		'the recording URI with "%s" redirects to %s on the storage host',
		async (extension, contentType, format) => {
			const { sid } = seedRecording(suite.emulator);
			const response = await get(`/Recordings/${sid}${extension}`);
			expect(response.status).toBe(307);
			const location = new URL(response.headers.get('location')!);
			expect(location.origin).toBe(suite.emulator.fileHost.origin);
			expect(location.origin).not.toBe(suite.emulator.url);
			expect(location.searchParams.get('Signature')).toBeTruthy();

			const file = await fetch(location);
			expect(file.status).toBe(200);
			expect(file.headers.get('content-type')).toBe(contentType);
			expect(Buffer.from(await file.arrayBuffer()).equals(recordingAudio(sid, format))).toBe(true);
		},
	);

	test('the storage host refuses any request with an Authorization header, and URLs it did not sign', async () => {
		const { sid } = seedRecording(suite.emulator);
		const location = (await get(`/Recordings/${sid}.mp3`)).headers.get('location')!;

		const withCredentials = await fetch(location, { headers: { Authorization: basic() } });
		expect(withCredentials.status).toBe(400);
		expect(await withCredentials.text()).toContain(
			'<Code>InvalidArgument</Code><Message>Only one auth mechanism allowed',
		);

		const unsigned = new URL(location);
		unsigned.searchParams.set('Signature', 'made-up');
		expect((await fetch(unsigned)).status).toBe(403);
		unsigned.search = '';
		expect((await fetch(unsigned)).status).toBe(403);
		expect((await fetch(location)).status).toBe(200);
		expect(suite.emulator.fileHost.requests.map((request) => request.status)).toEqual([
			400, 403, 403, 200,
		]);
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
