import type { INodeParameters } from 'n8n-workflow';

import { outgoingCallerIdRecord } from '../../../../../emulator/products/api/behaviours/outgoingCallerIds';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();
beforeEach(() => {
	for (const [sid, phoneNumber, name] of SEEDED) {
		twilio.emulator.store.add(
			callerIdsUri(),
			outgoingCallerIdRecord(twilio.emulator.account.sid, sid, phoneNumber, name, new Date()),
		);
	}
});

const callerIdsUri = () => twilio.accountPath('/OutgoingCallerIds');
const callerIds = () => twilio.emulator.records(callerIdsUri());

/** Verified caller IDs each test starts with: the API itself only starts verifications. */
const SEEDED = [
	['PN00000000000000000000000000000c01', '+14155550111', 'Front desk'],
	['PN00000000000000000000000000000c02', '+14155550122', 'Support'],
	['PN00000000000000000000000000000c03', '+14155550133', 'Support'],
] as const;
const [FRONT_DESK, SUPPORT] = SEEDED;

describe('Outgoing Caller ID → Add', () => {
	test("posts the number and every option, and outputs Twilio's validation request (HTTP 200)", async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'outgoingCallerId',
				operation: 'add',
				phoneNumber: '+14155550199',
				additionalFields: {
					friendlyName: 'Sales',
					callDelay: 5,
					extension: '1234#',
					statusCallback: 'https://example.com/verified',
					statusCallbackMethod: 'GET',
				},
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path, request.status]).toEqual([
			'POST',
			twilio.accountPath('/OutgoingCallerIds.json'),
			200,
		]);
		expect(request.form).toEqual({
			PhoneNumber: ['+14155550199'],
			FriendlyName: ['Sales'],
			CallDelay: ['5'],
			Extension: ['1234#'],
			StatusCallback: ['https://example.com/verified'],
			StatusCallbackMethod: ['GET'],
		});
		expect(output).toHaveLength(1);
		expect(output[0].json).toEqual({
			account_sid: twilio.emulator.account.sid,
			call_sid: expect.stringMatching(/^CA[0-9a-f]{32}$/),
			friendly_name: 'Sales',
			phone_number: '+14155550199',
			validation_code: expect.stringMatching(/^\d{6}$/),
		});
		// The caller ID exists only once the verification call succeeds.
		expect(callerIds()).toHaveLength(SEEDED.length);
	});

	test('says beside the output that Twilio is calling, and the code to enter', async () => {
		const { output, hints } = await twilio.run({
			items: [{ phone: '+14155550198' }, { phone: '+14155550199' }],
			parameters: {
				resource: 'outgoingCallerId',
				operation: 'add',
				phoneNumber: '={{ $json.phone }}',
			},
		});
		expect(hints).toEqual([
			{
				message:
					'Twilio is calling 2 numbers now. Whoever answers each call must enter the validation_code of its item on the phone; each caller ID exists once its call succeeds.',
				type: 'info',
				location: 'outputPane',
			},
		]);
		expect(output).toHaveLength(2);
		const one = await twilio.run({
			parameters: { resource: 'outgoingCallerId', operation: 'add', phoneNumber: '+14155550197' },
		});
		expect(one.hints.map((hint) => hint.message)).toEqual([
			`Twilio is calling +14155550197 now. Whoever answers must enter ${String(one.output[0].json.validation_code)} on the phone; the caller ID exists once that call succeeds.`,
		]);
	});

	test('a failed verification request gives no hint', async () => {
		const { hints, output } = await twilio.run({
			continueOnFail: true,
			parameters: { resource: 'outgoingCallerId', operation: 'add', phoneNumber: FRONT_DESK[1] },
		});
		expect(output[0].json.code).toBe(21450);
		expect(hints).toEqual([]);
	});

	test("a number already verified gets Twilio's error 21450 with its code and link", async () => {
		const { error } = await twilio.run({
			parameters: { resource: 'outgoingCallerId', operation: 'add', phoneNumber: FRONT_DESK[1] },
		});
		expect(error?.message).toBe(
			'Twilio error 21450: Phone number already validated on your account',
		);
		expect(error?.description).toBe(
			'HTTP 400. More information: https://www.twilio.com/docs/errors/21450',
		);
	});

	test('a call delay over 60 seconds or a number not in E.164 format is refused before sending', async () => {
		const cases: Array<[INodeParameters, string]> = [
			[
				{ phoneNumber: '+14155550199', additionalFields: { callDelay: 61 } },
				'Call Delay must be between 0 and 60 [item 0]',
			],
			[
				{ phoneNumber: '(415) 555-0199' },
				'Phone Number "(415) 555-0199" is not a phone number in E.164 format such as +14155552671 [item 0]',
			],
		];
		for (const [values, message] of cases) {
			const { error } = await twilio.run({
				parameters: { resource: 'outgoingCallerId', operation: 'add', ...values },
			});
			expect(error?.message).toBe(message);
		}
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Outgoing Caller ID → Get', () => {
	test('fetches the caller ID by SID', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'outgoingCallerId',
				operation: 'get',
				outgoingCallerIdSid: SUPPORT[0],
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests.map((request) => [request.method, request.path])).toEqual([
			['GET', twilio.accountPath(`/OutgoingCallerIds/${SUPPORT[0]}.json`)],
		]);
		expect(output.map((item) => item.json)).toEqual([callerIds()[1]]);
	});

	test('refuses an SID of another kind before sending', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'outgoingCallerId',
				operation: 'get',
				outgoingCallerIdSid: 'CA00000000000000000000000000000c01',
			},
		});
		expect(error?.message).toBe(
			'Caller ID SID "CA00000000000000000000000000000c01" is not a valid SID: expected PN followed by 32 hexadecimal characters [item 0]',
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Outgoing Caller ID → Update', () => {
	test('posts the new FriendlyName and outputs the renamed caller ID', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'outgoingCallerId',
				operation: 'update',
				outgoingCallerIdSid: FRONT_DESK[0],
				friendlyName: 'Reception',
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'POST',
			twilio.accountPath(`/OutgoingCallerIds/${FRONT_DESK[0]}.json`),
		]);
		expect(request.form).toEqual({ FriendlyName: ['Reception'] });
		expect(output[0].json).toMatchObject({
			sid: FRONT_DESK[0],
			friendly_name: 'Reception',
			phone_number: FRONT_DESK[1],
		});
		expect(callerIds()[0].friendly_name).toBe('Reception');
	});
});

describe('Outgoing Caller ID → Get Many', () => {
	test('sends PhoneNumber and FriendlyName as filters', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'outgoingCallerId',
				operation: 'getMany',
				returnAll: true,
				filters: { friendlyName: 'Support', phoneNumber: '+14155550133' },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'GET',
			twilio.accountPath('/OutgoingCallerIds.json'),
		]);
		expect(request.query).toEqual({
			PhoneNumber: ['+14155550133'],
			FriendlyName: ['Support'],
			PageSize: ['1000'],
		});
		expect(output.map((item) => item.json.sid)).toEqual([SEEDED[2][0]]);
	});

	test('pages through the list up to the limit', async () => {
		const { output } = await twilio.run({
			parameters: {
				resource: 'outgoingCallerId',
				operation: 'getMany',
				returnAll: false,
				limit: 2,
			},
		});
		expect(output.map((item) => item.json.sid)).toEqual([FRONT_DESK[0], SUPPORT[0]]);
		expect(twilio.emulator.requests[0].query.PageSize).toEqual(['2']);
	});
});

describe('Outgoing Caller ID → Delete', () => {
	test('deletes the caller ID and outputs { deleted: true, sid }', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'outgoingCallerId',
				operation: 'delete',
				outgoingCallerIdSid: SUPPORT[0],
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path, request.status]).toEqual([
			'DELETE',
			twilio.accountPath(`/OutgoingCallerIds/${SUPPORT[0]}.json`),
			204,
		]);
		expect(output.map((item) => item.json)).toEqual([{ deleted: true, sid: SUPPORT[0] }]);
		expect(callerIds().map((record) => record.sid)).toEqual([FRONT_DESK[0], SEEDED[2][0]]);
	});
});
