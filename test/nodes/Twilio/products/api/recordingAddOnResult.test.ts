import { seedRecord } from '../../../../../emulator';
import { seedRecording } from '../../../../../emulator/products/api/behaviours/recordings';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

/** A recording with an add-on result, its payload and the payload's data at the given address. */
function seedPayloadData(redirectTo: string) {
	const { emulator } = twilio;
	const recording = seedRecording(emulator);
	const path = { ReferenceSid: recording.sid };
	const result = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json',
		path,
	);
	const parents = { ...path, AddOnResultSid: String(result.sid) };
	const payload = seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json',
		parents,
	);
	seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{PayloadSid}/Data.json',
		{ ...parents, PayloadSid: payload.sid },
		{ redirect_to: redirectTo },
	);
	return {
		referenceSid: { __rl: true, mode: 'id', value: recording.sid },
		addOnResultSid: String(result.sid),
		payloadSid: payload.sid,
	};
}

describe('Recording Add-on Result → Get Payload Data', () => {
	test("outputs Twilio's 307 answer, where the data is, without following it", async () => {
		const redirectTo = 'https://storage.example.com/payload.json';
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'recordingAddOnResult',
				operation: 'getPayloadData',
				...seedPayloadData(redirectTo),
			},
		});
		expect(error).toBeUndefined();
		expect(output.map((item) => item.json)).toEqual([{ redirect_to: redirectTo }]);
		expect(twilio.emulator.requests.map((request) => request.status)).toEqual([307]);
	});
});
