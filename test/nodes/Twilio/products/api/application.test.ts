import type { INodeParameters } from 'n8n-workflow';

import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const applications = () => twilio.emulator.records(twilio.accountPath('/Applications'));

/** Creates an application through the node and returns its SID. */
async function create(
	friendlyName: string,
	additionalFields: INodeParameters = {},
): Promise<string> {
	const { output, error } = await twilio.run({
		parameters: { resource: 'application', operation: 'create', friendlyName, additionalFields },
	});
	expect(error).toBeUndefined();
	return output[0].json.sid as string;
}

describe('Application → Create', () => {
	test('posts FriendlyName with the optional URLs and outputs the new application', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'application',
				operation: 'create',
				friendlyName: 'IVR',
				additionalFields: {
					voiceUrl: 'https://example.com/ivr',
					voiceMethod: 'GET',
					smsStatusCallback: 'https://example.com/sms-status',
					messageStatusCallback: 'https://example.com/message-status',
				},
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path, request.status]).toEqual([
			'POST',
			twilio.accountPath('/Applications.json'),
			201,
		]);
		expect(request.form).toEqual({
			FriendlyName: ['IVR'],
			VoiceUrl: ['https://example.com/ivr'],
			VoiceMethod: ['GET'],
			SmsStatusCallback: ['https://example.com/sms-status'],
			MessageStatusCallback: ['https://example.com/message-status'],
		});
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			sid: expect.stringMatching(/^AP[0-9a-f]{32}$/),
			friendly_name: 'IVR',
			voice_url: 'https://example.com/ivr',
			voice_method: 'GET',
			sms_status_callback: 'https://example.com/sms-status',
			message_status_callback: 'https://example.com/message-status',
		});
		expect(applications().map((application) => application.sid)).toEqual([output[0].json.sid]);
	});

	test('a URL that is not http(s) is refused before sending', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'application',
				operation: 'create',
				friendlyName: 'IVR',
				additionalFields: { smsStatusCallback: 'ftp://example.com/status' },
			},
		});
		expect(error?.message).toBe(
			'SMS Status Callback URL must start with http:// or https:// [item 0]',
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Application → Get', () => {
	test('fetches the application by SID', async () => {
		const sid = await create('IVR');
		twilio.emulator.requests.length = 0;
		const { output } = await twilio.run({
			parameters: { resource: 'application', operation: 'get', applicationSid: sid },
		});
		expect(twilio.emulator.requests.map((request) => [request.method, request.path])).toEqual([
			['GET', twilio.accountPath(`/Applications/${sid}.json`)],
		]);
		expect(output.map((item) => item.json)).toEqual(applications());
	});

	test('refuses a SID of another kind before sending', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'application',
				operation: 'get',
				applicationSid: 'PN00000000000000000000000000000b01',
			},
		});
		expect(error?.message).toBe(
			'Application SID "PN00000000000000000000000000000b01" is not a valid SID: expected AP followed by 32 hexadecimal characters [item 0]',
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Application → Update', () => {
	test('posts the changed fields and the application keeps them', async () => {
		const sid = await create('IVR');
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'application',
				operation: 'update',
				applicationSid: sid,
				updateFields: {
					friendlyName: 'IVR v2',
					smsStatusCallback: 'https://example.com/v2/sms-status',
				},
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'POST',
			twilio.accountPath(`/Applications/${sid}.json`),
		]);
		expect(request.form).toEqual({
			FriendlyName: ['IVR v2'],
			SmsStatusCallback: ['https://example.com/v2/sms-status'],
		});
		expect(output[0].json).toMatchObject({
			sid,
			friendly_name: 'IVR v2',
			sms_status_callback: 'https://example.com/v2/sms-status',
		});
		expect(applications()[0].friendly_name).toBe('IVR v2');
	});
});

describe('Application → Get Many', () => {
	test('sends FriendlyName as a filter', async () => {
		await create('IVR');
		const support = await create('Support');
		await create('Sales');
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'application',
				operation: 'getMany',
				returnAll: true,
				filters: { friendlyName: 'Support' },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'GET',
			twilio.accountPath('/Applications.json'),
		]);
		expect(request.query).toEqual({ FriendlyName: ['Support'], PageSize: ['1000'] });
		expect(output.map((item) => item.json.sid)).toEqual([support]);
	});
});

describe('Application → Delete', () => {
	test('deletes the application, outputs { deleted: true, sid }, and numbers stop using it', async () => {
		const sid = await create('IVR');
		const bought = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'buyByAreaCode',
				areaCode: 212,
				additionalFields: { voiceApplicationSid: sid, smsApplicationSid: sid },
			},
		});
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: { resource: 'application', operation: 'delete', applicationSid: sid },
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path, request.status]).toEqual([
			'DELETE',
			twilio.accountPath(`/Applications/${sid}.json`),
			204,
		]);
		expect(output.map((item) => item.json)).toEqual([{ deleted: true, sid }]);
		expect(applications()).toEqual([]);
		const number = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'get',
				incomingPhoneNumberSid: bought.output[0].json.sid as string,
			},
		});
		expect(number.output[0].json).toMatchObject({
			voice_application_sid: '',
			sms_application_sid: '',
		});
	});
});
