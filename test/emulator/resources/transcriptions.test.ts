import { seedRecording } from '../../../emulator/products/api/behaviours/recordings';
import { seedTranscription } from '../../../emulator/products/api/behaviours/transcriptions';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();
const get = (path: string) => suite.request('GET', path);
/**
 * A file of the API: its redirect, then the file at the storage host, fetched without credentials.
 */
async function file(path: string): Promise<Response> {
	const redirect = await get(path);
	expect(redirect.status).toBe(307);
	const location = redirect.headers.get('location')!;
	expect(new URL(location).origin).toBe(suite.emulator.fileHost.origin);
	return await fetch(location);
}

describe('transcriptions of a recording', () => {
	test('list only that recording, and serve each as JSON, text and XML under the recording too', async () => {
		const recording = seedRecording(suite.emulator);
		const transcription = seedTranscription(suite.emulator, recording, { text: 'See you at 5.' });
		const other = seedTranscription(suite.emulator, seedRecording(suite.emulator));
		const base = `/Recordings/${recording.sid}/Transcriptions`;

		const list = (await (await get(`${base}.json`)).json()) as { transcriptions: unknown[] };
		expect(list.transcriptions).toEqual([transcription]);

		expect(await (await get(`${base}/${transcription.sid}.json`)).json()).toEqual(transcription);
		const text = await file(`${base}/${transcription.sid}.txt`);
		expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await text.text()).toBe('See you at 5.');
		const xml = await file(`${base}/${transcription.sid}.xml`);
		expect(xml.headers.get('content-type')).toBe('application/xml; charset=utf-8');
		expect(await xml.text()).toContain('<TranscriptionText>See you at 5.</TranscriptionText>');

		expect((await get(`${base}/${other.sid}.txt`)).status).toBe(404);
		expect((await get(`${base}/${other.sid}.json`)).status).toBe(404);
	});
});
