import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const INSTEAD =
	"Instead: Incoming Phone Number → Get Many finds the account's trial number, and Incoming Phone Number → Update sets its Voice URL, Voice Method, SMS URL and SMS Method.";

describe('Sandbox → Get (retired)', () => {
	test("sends the documented GET and explains Twilio's 404", async () => {
		const { output, error } = await twilio.run({
			parameters: { resource: 'sandbox', operation: 'get' },
		});
		expect(
			twilio.emulator.requests.map((request) => [request.method, request.path, request.status]),
		).toEqual([['GET', twilio.accountPath('/Sandbox.json'), 404]]);
		expect(output).toEqual([]);
		expect(error?.message).toBe(
			'Twilio retired "Get the sandbox": the developer Sandbox was replaced in 2010 by a trial phone number on every account; its endpoint answers 404 Not Found.',
		);
		expect(error?.description).toBe(
			`${INSTEAD} Twilio answered HTTP 404: Twilio error 20404: The requested resource ${twilio.accountPath('/Sandbox.json')} was not found. ` +
				'More information: https://www.twilio.com/docs/errors/20404',
		);
	});
});

describe('Sandbox → Update (retired)', () => {
	test("posts the documented form and explains Twilio's 404", async () => {
		const { output } = await twilio.run({
			parameters: {
				resource: 'sandbox',
				operation: 'update',
				updateFields: {
					voiceUrl: 'https://example.com/voice',
					voiceMethod: 'GET',
					smsUrl: 'https://example.com/sms',
					smsMethod: 'POST',
				},
			},
			continueOnFail: true,
		});
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path, request.status]).toEqual([
			'POST',
			twilio.accountPath('/Sandbox.json'),
			404,
		]);
		expect(request.form).toEqual({
			VoiceUrl: ['https://example.com/voice'],
			VoiceMethod: ['GET'],
			SmsUrl: ['https://example.com/sms'],
			SmsMethod: ['POST'],
		});
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			error: expect.stringMatching(
				/^Twilio retired "Update the sandbox": the developer Sandbox was replaced in 2010/,
			),
			description: expect.stringContaining(INSTEAD),
			httpStatus: 404,
			code: 20404,
		});
	});

	test('a bad URL stops the item before anything is sent', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'sandbox',
				operation: 'update',
				updateFields: { smsUrl: 'ftp://example.com/sms' },
			},
		});
		expect(error?.message).toBe('SMS URL must start with http:// or https:// [item 0]');
		expect(twilio.emulator.requests).toEqual([]);
	});
});
