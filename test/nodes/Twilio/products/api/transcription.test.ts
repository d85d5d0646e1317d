import type { IBinaryData } from 'n8n-workflow';

import { seedRecording } from '../../../../../emulator/products/api/behaviours/recordings';
import { seedTranscription } from '../../../../../emulator/products/api/behaviours/transcriptions';
import { fileHostRequests } from '../../../../helpers/fileHost';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const sent = () =>
	twilio.emulator.requests.map((request) => [request.method, request.path, request.query]);
const textOf = (binary: IBinaryData) => Buffer.from(binary.data, 'base64').toString('utf8');

describe('Transcription → Get', () => {
	test('JSON fetches the transcription, its text in transcription_text', async () => {
		const transcription = seedTranscription(twilio.emulator, seedRecording(twilio.emulator), {
			text: 'Call me at noon.',
		});
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'transcription',
				operation: 'get',
				transcriptionSid: transcription.sid,
				format: 'json',
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			['GET', twilio.accountPath(`/Transcriptions/${transcription.sid}.json`), {}],
		]);
		expect(output.map((item) => [item.json, item.binary])).toEqual([[transcription, undefined]]);
		expect(output[0].json.transcription_text).toBe('Call me at noon.');
	});

	test.each(['current', 'before-2026'] as const)(
		'TXT adds the text Twilio serves as a .txt file (n8n: %s), fetched without credential',
		async (redirects) => {
			const transcription = seedTranscription(twilio.emulator, seedRecording(twilio.emulator), {
				text: 'Größe 42, bitte zurückrufen.',
			});
			const sid = String(transcription.sid);
			const { output, error } = await twilio.run({
				parameters: {
					resource: 'transcription',
					operation: 'get',
					transcriptionSid: sid,
					format: 'txt',
				},
				redirects,
			});
			expect(fileHostRequests(twilio.emulator, twilio.credentials)).toEqual([
				{ status: 200, authorization: false, secret: false },
			]);
			expect(error).toBeUndefined();
			expect(sent()).toEqual([
				['GET', twilio.accountPath(`/Transcriptions/${sid}.json`), {}],
				['GET', twilio.accountPath(`/Transcriptions/${sid}.txt`), {}],
			]);
			expect(output).toHaveLength(1);
			expect(output[0].json).toEqual(transcription);
			const text = output[0].binary!.data;
			expect(text).toMatchObject({
				mimeType: 'text/plain',
				fileName: `${sid}.txt`,
				fileExtension: 'txt',
			});
			expect(textOf(text)).toBe('Größe 42, bitte zurückrufen.');
		},
	);

	test("XML adds Twilio's XML of the transcription as a .xml file", async () => {
		const transcription = seedTranscription(twilio.emulator, seedRecording(twilio.emulator), {
			text: 'Tom & Jerry <3',
		});
		const sid = String(transcription.sid);
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'transcription',
				operation: 'get',
				transcriptionSid: sid,
				format: 'xml',
			},
		});
		expect(error).toBeUndefined();
		expect(sent()[1]).toEqual(['GET', twilio.accountPath(`/Transcriptions/${sid}.xml`), {}]);
		const xml = output[0].binary!.data;
		expect(xml).toMatchObject({ mimeType: 'application/xml', fileName: `${sid}.xml` });
		expect(textOf(xml)).toContain(
			`<TwilioResponse><Transcription><AccountSid>${twilio.emulator.account.sid}</AccountSid>`,
		);
		expect(textOf(xml)).toContain(`<Sid>${sid}</Sid>`);
		expect(textOf(xml)).toContain('<TranscriptionText>Tom &#38; Jerry &#60;3</TranscriptionText>');
	});
});

describe('Transcription → Get Many', () => {
	test('without a recording SID, lists every transcription of the account', async () => {
		const first = seedTranscription(twilio.emulator, seedRecording(twilio.emulator));
		const second = seedTranscription(twilio.emulator, seedRecording(twilio.emulator));
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'transcription',
				operation: 'getMany',
				returnAll: true,
				format: 'json',
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			['GET', twilio.accountPath('/Transcriptions.json'), { PageSize: ['1000'] }],
		]);
		expect(output.map((item) => item.json)).toEqual([second, first]);
	});

	test("with a recording SID, lists that recording's transcriptions, each with its .txt file", async () => {
		const recording = seedRecording(twilio.emulator);
		const first = seedTranscription(twilio.emulator, recording, { text: 'First take.' });
		const second = seedTranscription(twilio.emulator, recording, { text: 'Second take.' });
		seedTranscription(twilio.emulator, seedRecording(twilio.emulator), {
			text: 'Another recording.',
		});
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'transcription',
				operation: 'getMany',
				limit: 10,
				format: 'txt',
				filters: { recordingSid: recording.sid },
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'GET',
				twilio.accountPath(`/Recordings/${recording.sid}/Transcriptions.json`),
				{ PageSize: ['10'] },
			],
			['GET', twilio.accountPath(`/Transcriptions/${second.sid}.txt`), {}],
			['GET', twilio.accountPath(`/Transcriptions/${first.sid}.txt`), {}],
		]);
		expect(
			output.map((item) => [item.json.sid, item.binary?.data.fileName, textOf(item.binary!.data)]),
		).toEqual([
			[second.sid, `${second.sid}.txt`, 'Second take.'],
			[first.sid, `${first.sid}.txt`, 'First take.'],
		]);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test("a SID in Twilio's list that is not a transcription SID is not put into a file path", async () => {
		const recording = seedRecording(twilio.emulator);
		const transcription = seedTranscription(twilio.emulator, recording);
		transcription.sid = 'TR../../Calls';
		const { output } = await twilio.run({
			parameters: { resource: 'transcription', operation: 'getMany', limit: 5, format: 'xml' },
			continueOnFail: true,
		});
		expect(twilio.emulator.requests).toHaveLength(1);
		expect(output.map((item) => item.json.error)).toEqual([
			"Twilio's answer has no valid SID to fetch the xml file with",
		]);
		// The emulator's own check saw the corrupted answer this test made on purpose; nothing else.
		const violations = twilio.emulator.contractViolations.splice(0);
		expect(violations.flatMap((violation) => violation.errors)).toEqual([
			'answer /transcriptions/0/sid must NOT have fewer than 34 characters',
			'answer /transcriptions/0/sid must match pattern "^TR[0-9a-fA-F]{32}$"',
		]);
	});
});
