import type { INodeParameters } from 'n8n-workflow';

import type { EmulatedAccount } from '../../../../../emulator';
import { expectContractClean } from '../../../../helpers/contract';
import { startTwilio, type TwilioFixture } from '../../../../helpers/twilio';

const SUBACCOUNT: EmulatedAccount = {
	sid: 'AC00000000000000000000000000000d01',
	authToken: 'subaccount-token-d01',
	friendlyName: 'Customer',
	status: 'active',
	ownerSid: 'AC0123456789abcdef0123456789abcdef',
	apiKeys: [],
	dateCreated: new Date('2024-02-01T00:00:00Z'),
};
const VOICE_APP = 'AP00000000000000000000000000000b01';
const SMS_APP = 'AP00000000000000000000000000000b02';

let twilio: TwilioFixture;

beforeAll(async () => {
	twilio = await startTwilio({ accounts: [SUBACCOUNT] });
});
beforeEach(() => twilio.emulator.reset());
afterAll(async () => {
	expectContractClean(twilio.emulator);
	await twilio.emulator.close();
});

const numbersUri = (accountSid = twilio.emulator.account.sid) =>
	`/2010-04-01/Accounts/${accountSid}/IncomingPhoneNumbers`;
const owned = (accountSid?: string) => twilio.emulator.records(numbersUri(accountSid));

/** Buys a number through the node and returns its SID. */
async function buy(phoneNumber: string, additionalFields: INodeParameters = {}): Promise<string> {
	const { output, error } = await twilio.run({
		parameters: {
			resource: 'incomingPhoneNumber',
			operation: 'buyByPhoneNumber',
			phoneNumber,
			additionalFields,
		},
	});
	expect(error).toBeUndefined();
	return output[0].json.sid as string;
}

describe('Incoming Phone Number → Buy by Phone Number', () => {
	test('posts PhoneNumber with its configuration and outputs the number now owned', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'buyByPhoneNumber',
				phoneNumber: '+14155550100',
				additionalFields: {
					friendlyName: 'Main line',
					voiceApplicationSid: VOICE_APP,
					smsApplicationSid: SMS_APP,
					smsUrl: 'https://example.com/sms',
				},
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path, request.status]).toEqual([
			'POST',
			twilio.accountPath('/IncomingPhoneNumbers.json'),
			201,
		]);
		expect(request.form).toEqual({
			PhoneNumber: ['+14155550100'],
			FriendlyName: ['Main line'],
			SmsUrl: ['https://example.com/sms'],
			VoiceApplicationSid: [VOICE_APP],
			SmsApplicationSid: [SMS_APP],
		});
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			sid: expect.stringMatching(/^PN[0-9a-f]{32}$/),
			phone_number: '+14155550100',
			friendly_name: 'Main line',
			voice_application_sid: VOICE_APP,
			sms_application_sid: SMS_APP,
			sms_url: 'https://example.com/sms',
		});
		expect(owned().map((number) => number.sid)).toEqual([output[0].json.sid]);
	});

	test("a number no longer for sale gets Twilio's error 21422, and a malformed one is refused before sending", async () => {
		await buy('+14155550101');
		const taken = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'buyByPhoneNumber',
				phoneNumber: '+14155550101',
			},
		});
		expect(taken.error?.message).toBe(
			'Twilio error 21422: PhoneNumber +14155550101 is not available',
		);
		twilio.emulator.requests.length = 0;
		const malformed = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'buyByPhoneNumber',
				phoneNumber: '4155550102',
			},
		});
		expect(malformed.error?.message).toBe(
			'Phone Number "4155550102" is not a phone number in E.164 format such as +14155552671 [item 0]',
		);
		expect(twilio.emulator.requests).toHaveLength(0);
		expect(owned()).toHaveLength(1);
	});
});

describe('Incoming Phone Number → Buy by Area Code', () => {
	test('posts AreaCode; Twilio picks the next available number in it', async () => {
		const run = () =>
			twilio.run({
				parameters: {
					resource: 'incomingPhoneNumber',
					operation: 'buyByAreaCode',
					areaCode: 510,
					additionalFields: { voiceUrl: 'https://example.com/voice', voiceCallerIdLookup: true },
				},
			});
		const first = await run();
		const second = await run();
		expect(first.error).toBeUndefined();
		expect(twilio.emulator.requests.map((request) => request.form)).toEqual([
			{ AreaCode: ['510'], VoiceUrl: ['https://example.com/voice'], VoiceCallerIdLookup: ['true'] },
			{ AreaCode: ['510'], VoiceUrl: ['https://example.com/voice'], VoiceCallerIdLookup: ['true'] },
		]);
		expect([first.output[0].json.phone_number, second.output[0].json.phone_number]).toEqual([
			'+15105550100',
			'+15105550101',
		]);
		expect(first.output[0].json).toMatchObject({
			voice_url: 'https://example.com/voice',
			voice_caller_id_lookup: true,
		});
	});

	test('says beside the output which numbers were bought and that Twilio bills them monthly', async () => {
		const one = await twilio.run({
			parameters: { resource: 'incomingPhoneNumber', operation: 'buyByAreaCode', areaCode: 650 },
		});
		expect(one.hints).toEqual([
			{
				message:
					'Bought +16505550100. Twilio bills the account for it every month until released (Incoming Phone Number → Release).',
				type: 'info',
				location: 'outputPane',
			},
		]);
		const seven = await twilio.run({
			items: Array.from({ length: 7 }, () => ({})),
			parameters: { resource: 'incomingPhoneNumber', operation: 'buyByAreaCode', areaCode: 650 },
		});
		expect(seven.hints.map((hint) => hint.message)).toEqual([
			'Bought +16505550101, +16505550102, +16505550103, +16505550104, +16505550105 and 2 more. Twilio bills the account for each every month until released (Incoming Phone Number → Release).',
		]);
	});

	test("an area code with nothing for sale gets Twilio's error 21452; one out of range is refused before sending", async () => {
		const none = await twilio.run({
			parameters: { resource: 'incomingPhoneNumber', operation: 'buyByAreaCode', areaCode: 303 },
		});
		expect(none.error?.message).toBe('Twilio error 21452: No phone numbers found in area code 303');
		expect(owned()).toEqual([]);
		twilio.emulator.requests.length = 0;
		const invalid = await twilio.run({
			parameters: { resource: 'incomingPhoneNumber', operation: 'buyByAreaCode', areaCode: 1234 },
		});
		expect(invalid.error?.message).toBe('Area Code must be between 200 and 999 [item 0]');
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Incoming Phone Number → Get', () => {
	test('fetches the number by SID', async () => {
		const sid = await buy('+14155550102');
		twilio.emulator.requests.length = 0;
		const { output } = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'get',
				incomingPhoneNumberSid: sid,
			},
		});
		expect(twilio.emulator.requests.map((request) => [request.method, request.path])).toEqual([
			['GET', twilio.accountPath(`/IncomingPhoneNumbers/${sid}.json`)],
		]);
		expect(output.map((item) => item.json)).toEqual(owned());
	});

	test('refuses a malformed SID before sending', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'get',
				incomingPhoneNumberSid: 'PN0123456789abcdef0123456789abcdeg',
			},
		});
		expect(error?.message).toMatch(
			/^Phone Number SID "PN0123456789abcdef0123456789abcdeg" is not a valid SID/,
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Incoming Phone Number → Get Many', () => {
	test('sends PhoneNumber and FriendlyName as filters', async () => {
		await buy('+14155550103', { friendlyName: 'Sales' });
		await buy('+14155550104', { friendlyName: 'Sales' });
		await buy('+15105550105', { friendlyName: 'Sales' });
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'getMany',
				returnAll: true,
				filters: { phoneNumber: '415555', friendlyName: 'Sales' },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'GET',
			twilio.accountPath('/IncomingPhoneNumbers.json'),
		]);
		expect(request.query).toEqual({
			PhoneNumber: ['415555'],
			FriendlyName: ['Sales'],
			PageSize: ['1000'],
		});
		expect(output.map((item) => item.json.phone_number)).toEqual(['+14155550103', '+14155550104']);
	});
});

describe('Incoming Phone Number → Update', () => {
	test('posts the changed settings and the number keeps them', async () => {
		const sid = await buy('+14155550106');
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'update',
				incomingPhoneNumberSid: sid,
				updateFields: { friendlyName: 'Renamed', smsMethod: 'GET', voiceApplicationSid: VOICE_APP },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'POST',
			twilio.accountPath(`/IncomingPhoneNumbers/${sid}.json`),
		]);
		expect(request.form).toEqual({
			FriendlyName: ['Renamed'],
			SmsMethod: ['GET'],
			VoiceApplicationSid: [VOICE_APP],
		});
		expect(output[0].json).toMatchObject({
			friendly_name: 'Renamed',
			sms_method: 'GET',
			voice_application_sid: VOICE_APP,
		});
		expect(owned()[0]).toMatchObject({ friendly_name: 'Renamed', sms_method: 'GET' });
	});

	test('a URL added to Update Fields and left empty is sent empty, and Twilio clears it; one not added is kept', async () => {
		const sid = await buy('+14155550108', {
			smsUrl: 'https://example.com/sms',
			voiceUrl: 'https://example.com/voice',
		});
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'update',
				incomingPhoneNumberSid: sid,
				updateFields: { smsUrl: '' },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].rawBody).toBe('SmsUrl=');
		expect(output[0].json).toMatchObject({ sms_url: '', voice_url: 'https://example.com/voice' });
		expect(owned()[0]).toMatchObject({ sms_url: '', voice_url: 'https://example.com/voice' });
	});

	test('Destination Account SID (accountSidDestination) sends AccountSid and moves the number to that subaccount', async () => {
		const sid = await buy('+14155550107');
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'update',
				incomingPhoneNumberSid: sid,
				updateFields: { accountSidDestination: SUBACCOUNT.sid, smsApplicationSid: SMS_APP },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].form).toEqual({
			SmsApplicationSid: [SMS_APP],
			AccountSid: [SUBACCOUNT.sid],
		});
		expect(output[0].json).toMatchObject({ sid, account_sid: SUBACCOUNT.sid });
		expect(owned()).toEqual([]);
		expect(owned(SUBACCOUNT.sid).map((number) => number.sid)).toEqual([sid]);
	});
});

describe('Incoming Phone Number → Release', () => {
	test('deletes the number, outputs { deleted: true, sid }, and Twilio offers it again', async () => {
		const sid = await buy('+14155550108');
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'release',
				incomingPhoneNumberSid: sid,
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path, request.status]).toEqual([
			'DELETE',
			twilio.accountPath(`/IncomingPhoneNumbers/${sid}.json`),
			204,
		]);
		expect(output.map((item) => item.json)).toEqual([{ deleted: true, sid }]);
		expect(owned()).toEqual([]);
		const search = await twilio.run({
			parameters: {
				resource: 'availablePhoneNumber',
				operation: 'searchLocal',
				countryCode: 'US',
				returnAll: true,
				filters: { contains: '4155550108' },
			},
		});
		expect(search.output.map((item) => item.json.phone_number)).toEqual(['+14155550108']);
	});

	test("releasing a number the account does not have is Twilio's 404", async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'release',
				incomingPhoneNumberSid: 'PN00000000000000000000000000000404',
			},
		});
		expect(error?.message).toMatch(/^Twilio error 20404: /);
	});
});
