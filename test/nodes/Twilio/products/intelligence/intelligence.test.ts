import type { IBinaryData, INodeParameters } from 'n8n-workflow';

import { recordingAudio } from '../../../../../emulator/audio';
import { fileHostRequests } from '../../../../helpers/fileHost';
import { useTwilio } from '../../../../helpers/twilio';

/**
 * Twilio Voice Intelligence through n8n against the emulator: a transcript made from a recording
 * in a service, queued, in progress, then completed with its sentences; its audio downloaded from
 * Twilio's storage without the credential; a create never repeated once Twilio may have it.
 */
const twilio = useTwilio();

const run = (resource: string, operation: string, parameters: INodeParameters = {}) =>
	twilio.run({ parameters: { resource, operation, ...parameters } });
const id = (value: string) => ({ __rl: true, mode: 'id', value });
const RECORDING = `RE${'1'.repeat(32)}`;
const CHANNEL = JSON.stringify({ media_properties: { source_sid: RECORDING } });

async function newService(): Promise<string> {
	const { output, error } = await run('intelligenceService', 'create', { uniqueName: 'calls' });
	expect(error).toBeUndefined();
	return String(output[0].json.sid);
}

async function newTranscript(serviceSid: string): Promise<string> {
	const { output, error } = await run('transcript', 'create', {
		serviceSid: id(serviceSid),
		channel: CHANNEL,
	});
	expect(error).toBeUndefined();
	return String(output[0].json.sid);
}

describe('Transcript', () => {
	test('a transcript goes queued, in progress, completed; its sentences are there once it is completed', async () => {
		const serviceSid = await newService();
		expect(serviceSid).toMatch(/^GA[0-9a-f]{32}$/);
		const created = await run('transcript', 'create', {
			serviceSid: id(serviceSid),
			channel: CHANNEL,
			additionalFields: { customerKey: 'order-42' },
		});
		expect(created.output[0].json).toMatchObject({ status: 'queued', service_sid: serviceSid });
		const sid = String(created.output[0].json.sid);
		const sent = twilio.emulator.requests.at(-1)!;
		expect([sent.path, sent.form.Channel, sent.form.CustomerKey]).toEqual([
			'/v2/Transcripts',
			[CHANNEL],
			['order-42'],
		]);

		const sentences = () => run('sentence', 'getMany', { transcriptSid: id(sid), returnAll: true });
		expect((await sentences()).output).toHaveLength(0);
		const statuses: unknown[] = [];
		for (let read = 0; read < 3; read++)
			statuses.push((await run('transcript', 'get', { sid: id(sid) })).output[0].json.status);
		expect(statuses).toEqual(['queued', 'in-progress', 'completed']);
		const { output } = await sentences();
		expect(output.map((item) => item.json.sentence_index)).toEqual([0, 1]);
		expect(output[0].json.transcript).toEqual(expect.any(String));
	});

	test('a transcript of media Twilio cannot read is refused with its error; an item without Channel JSON is not sent', async () => {
		const serviceSid = await newService();
		const refused = await run('transcript', 'create', {
			serviceSid: id(serviceSid),
			channel: JSON.stringify({ media_properties: {} }),
		});
		expect(refused.error?.message).toMatch(/source_sid|media_url/);
		const before = twilio.emulator.requests.length;
		const bad = await run('transcript', 'create', { serviceSid: id(serviceSid), channel: 'RE…' });
		expect(bad.error?.message).toMatch(/^Channel/);
		expect(twilio.emulator.requests).toHaveLength(before);
	});

	test('Get Media downloads the audio from the address Twilio gives, without the credential', async () => {
		const sid = await newTranscript(await newService());
		const { output, error } = await run('transcript', 'getMedia', {
			sid: id(sid),
			additionalFields: { download: 'file' },
		});
		expect(error).toBeUndefined();
		expect(output[0].json.media_url).toEqual(expect.stringMatching(/^http:\/\/127\.0\.0\.1:/));
		const audio = output[0].binary!.data as IBinaryData;
		expect(audio).toMatchObject({ fileName: `${sid}.wav`, mimeType: 'audio/wav' });
		expect(Buffer.from(audio.data, 'base64').equals(recordingAudio(RECORDING, 'wav'))).toBe(true);
		expect(fileHostRequests(twilio.emulator, twilio.credentials)).toEqual([
			{ status: 200, authorization: false, secret: false },
		]);
	});

	test('a create whose answer was lost is never sent again: a transcript is billed', async () => {
		const serviceSid = await newService();
		twilio.emulator.requests.length = 0;
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const { error } = await run('transcript', 'create', {
			serviceSid: id(serviceSid),
			channel: CHANNEL,
			options: { maxRetries: 3, retryDelay: 0 },
		});
		expect(error?.message).toMatch(
			/Twilio may have processed the request, so it was not repeated$/,
		);
		expect(twilio.emulator.requests).toHaveLength(1);
	});
});

describe('Service Operator', () => {
	test("an operator attached to a service is listed among the service's operators until detached", async () => {
		const serviceSid = await newService();
		const operatorSid = `LY${'2'.repeat(32)}`;
		const attached = await run('operatorAttachment', 'attach', {
			serviceSid: id(serviceSid),
			operatorSid: id(operatorSid),
		});
		expect(attached.error).toBeUndefined();
		const { output, error } = await run('operatorAttachment', 'getAttached', {
			serviceSid: id(serviceSid),
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests.at(-1)!.path).toBe(`/v2/Services/${serviceSid}/Operators`);
		expect(output[0].json).toMatchObject({ service_sid: serviceSid, operator_sids: [operatorSid] });
		await run('operatorAttachment', 'detach', {
			serviceSid: id(serviceSid),
			operatorSid: id(operatorSid),
		});
		const after = await run('operatorAttachment', 'getAttached', { serviceSid: id(serviceSid) });
		expect(after.output[0].json.operator_sids).toEqual([]);
	});
});
