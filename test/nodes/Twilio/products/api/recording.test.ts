import type { IBinaryData } from 'n8n-workflow';

import { recordingAudio } from '../../../../../emulator/audio';
import { seedRecording } from '../../../../../emulator/products/api/behaviours/recordings';
import { expectContractClean } from '../../../../helpers/contract';
import { fileHostRequests } from '../../../../helpers/fileHost';
import { startTwilio, useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const sent = () =>
	twilio.emulator.requests.map((request) => [request.method, request.path, request.query]);
const bytesOf = (binary: IBinaryData) => Buffer.from(binary.data, 'base64');

describe('Recording → Get', () => {
	test('JSON fetches the details only', async () => {
		const recording = seedRecording(twilio.emulator, {
			callSid: 'CA0123456789abcdef0123456789abcdef',
		});
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'recording',
				operation: 'get',
				recordingSid: recording.sid,
				format: 'json',
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['GET', twilio.accountPath(`/Recordings/${recording.sid}.json`), {}]]);
		expect(output).toHaveLength(1);
		expect(output[0].json).toEqual(recording);
		expect(output[0].binary).toBeUndefined();
	});

	test.each([
		['mp3', 'audio/mpeg', 'current'],
		['wav', 'audio/x-wav', 'current'],
		['mp3', 'audio/mpeg', 'before-2026'],
		['wav', 'audio/x-wav', 'before-2026'],
	] as const)(
		'%s (%s) comes from behind a redirect, n8n %s: the storage host gets no credential',
		async (format, mimeType, redirects) => {
			const recording = seedRecording(twilio.emulator, { durationSeconds: 12 });
			const sid = String(recording.sid);
			const { output, error } = await twilio.run({
				parameters: { resource: 'recording', operation: 'get', recordingSid: sid, format },
				redirects,
			});
			expect(error).toBeUndefined();
			expect(sent()).toEqual([
				['GET', twilio.accountPath(`/Recordings/${sid}.json`), {}],
				['GET', twilio.accountPath(`/Recordings/${sid}.${format}`), {}],
			]);
			expect(twilio.emulator.requests[1].status).toBe(307);
			// One request at the storage host, without Authorization and without the secret anywhere in
			// it.
			expect(fileHostRequests(twilio.emulator, twilio.credentials)).toEqual([
				{ status: 200, authorization: false, secret: false },
			]);
			expect(output).toHaveLength(1);
			expect(output[0].json).toEqual(recording);
			const audio = output[0].binary!.data;
			expect(audio).toMatchObject({
				mimeType,
				fileName: `${sid}.${format}`,
				fileExtension: format,
			});
			expect(bytesOf(audio).equals(recordingAudio(sid, format))).toBe(true);
			expect(bytesOf(audio).subarray(0, 4).toString('latin1')).toBe(
				format === 'wav' ? 'RIFF' : 'ID3\u0004',
			);
		},
	);

	test('uses the subaccount of Options → Account SID for the details and the audio', async () => {
		const subaccount = 'AC00000000000000000000000000000001';
		const fixture = await startTwilio({
			accounts: [
				{
					...twilio.emulator.account,
					sid: subaccount,
					authToken: 'subaccount-token-0123456789abcdef01',
					apiKeys: [],
					ownerSid: twilio.emulator.account.sid,
				},
			],
		});
		try {
			const recording = seedRecording(fixture.emulator, { accountSid: subaccount });
			const { output, error } = await fixture.run({
				parameters: {
					resource: 'recording',
					operation: 'get',
					recordingSid: recording.sid,
					format: 'mp3',
					options: { accountSid: subaccount },
				},
			});
			expect(error).toBeUndefined();
			expect(fixture.emulator.requests.map((request) => [request.path, request.authUser])).toEqual([
				[
					`/2010-04-01/Accounts/${subaccount}/Recordings/${String(recording.sid)}.json`,
					fixture.emulator.account.sid,
				],
				[
					`/2010-04-01/Accounts/${subaccount}/Recordings/${String(recording.sid)}.mp3`,
					fixture.emulator.account.sid,
				],
			]);
			expect(
				bytesOf(output[0].binary!.data).equals(recordingAudio(String(recording.sid), 'mp3')),
			).toBe(true);
			expectContractClean(fixture.emulator);
		} finally {
			await fixture.emulator.close();
		}
	});

	test("audio that is not there yet fails with Twilio's error code, read from the binary answer", async () => {
		const recording = seedRecording(twilio.emulator, { status: 'processing' });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'recording',
				operation: 'get',
				recordingSid: recording.sid,
				format: 'wav',
			},
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests.map((request) => request.status)).toEqual([200, 404]);
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			error: expect.stringContaining('Twilio error 20404: The requested resource'),
			code: 20404,
			moreInfo: 'https://www.twilio.com/docs/errors/20404',
			httpStatus: 404,
		});
		expect(output[0].binary).toBeUndefined();
	});

	test('a malformed SID stops the item before anything is sent', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'recording',
				operation: 'get',
				recordingSid: 'RE../../Calls',
				format: 'mp3',
			},
		});
		expect(error?.message).toContain('Recording SID "RE../../Calls" is not a valid SID');
		expect(twilio.emulator.requests).toEqual([]);
	});
});

describe('Recording → Delete', () => {
	test('deletes by SID and outputs what was deleted', async () => {
		const recording = seedRecording(twilio.emulator);
		const { output, error } = await twilio.run({
			parameters: { resource: 'recording', operation: 'delete', recordingSid: recording.sid },
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			['DELETE', twilio.accountPath(`/Recordings/${recording.sid}.json`), {}],
		]);
		expect(twilio.emulator.requests[0].status).toBe(204);
		expect(output.map((item) => item.json)).toEqual([{ deleted: true, sid: recording.sid }]);
		expect(twilio.emulator.records(twilio.accountPath('/Recordings'))).toEqual([]);
	});
});

describe('Recording → Get Many', () => {
	test('sends the call, conference and creation-date filters and outputs the matching recordings', async () => {
		const callSid = 'CA0123456789abcdef0123456789abcdef';
		const conferenceSid = 'CF0123456789abcdef0123456789abcdef';
		const at = (iso: string) => new Date(iso);
		seedRecording(twilio.emulator, {
			callSid,
			conferenceSid,
			dateCreated: at('2026-02-27T23:59:59Z'),
		});
		const inRange = seedRecording(twilio.emulator, {
			callSid,
			conferenceSid,
			dateCreated: at('2026-03-02T10:00:00Z'),
		});
		seedRecording(twilio.emulator, { conferenceSid, dateCreated: at('2026-03-02T11:00:00Z') });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'recording',
				operation: 'getMany',
				returnAll: true,
				filters: {
					callSid,
					conferenceSid,
					dateCreatedOnOrAfter: '2026-03-01',
					dateCreatedOnOrBefore: '2026-03-31T12:00:00+02:00',
				},
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'GET',
				twilio.accountPath('/Recordings.json'),
				{
					CallSid: [callSid],
					ConferenceSid: [conferenceSid],
					'DateCreated<': ['2026-03-31T10:00:00Z'],
					'DateCreated>': ['2026-03-01'],
					PageSize: ['1000'],
				},
			],
		]);
		expect(output.map((item) => item.json)).toEqual([inRange]);
	});

	test("DateCreated on a day is sent in Twilio's YYYY-MM-DD form", async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'recording',
				operation: 'getMany',
				limit: 5,
				filters: { dateCreated: '2026-03-02T00:00:00' },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query).toEqual({
			DateCreated: ['2026-03-02'],
			PageSize: ['5'],
		});
	});

	test('On or Before a day includes the whole day: its last second is sent, and a late recording is found', async () => {
		const late = seedRecording(twilio.emulator, { dateCreated: new Date('2026-03-02T21:15:00Z') });
		seedRecording(twilio.emulator, { dateCreated: new Date('2026-03-03T00:00:01Z') });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'recording',
				operation: 'getMany',
				returnAll: true,
				filters: { dateCreatedOnOrBefore: '2026-03-02' },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query['DateCreated<']).toEqual(['2026-03-02T23:59:59Z']);
		expect(output.map((item) => item.json.sid)).toEqual([late.sid]);
	});
});
