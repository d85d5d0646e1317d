import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const calls = () => twilio.emulator.records(twilio.accountPath('/Calls'));

async function makeCall(extra: Record<string, unknown> = {}) {
	return twilio.run({
		parameters: {
			resource: 'call',
			operation: 'make',
			from: '+15005550006',
			to: '+14155551234',
			url: 'https://example.com/twiml',
			...extra,
		},
	});
}

describe('Call → Make', () => {
	test('Status Callback Events go as repeated StatusCallbackEvent parameters, as Twilio asks for several', async () => {
		const { error } = await makeCall({
			additionalFields: {
				statusCallback: 'https://example.com/status',
				statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect(request.form.StatusCallbackEvent).toEqual([
			'initiated',
			'ringing',
			'answered',
			'completed',
		]);
		expect(request.rawBody).toContain(
			'StatusCallbackEvent=initiated&StatusCallbackEvent=ringing&StatusCallbackEvent=answered',
		);
	});

	test('a Status Callback Event Twilio does not send stops the item, naming the field', async () => {
		const { error } = await makeCall({
			additionalFields: { statusCallbackEvent: ['ringing', 'busy'] },
		});
		expect(error?.message).toBe(
			'Status Callback Events "busy" is not one of: initiated, ringing, answered, completed [item 0]',
		);
		expect(twilio.emulator.requests).toEqual([]);
	});

	test('sends all twelve attributes of the reference under their Twilio names', async () => {
		const { output, error } = await makeCall({
			additionalFields: {
				method: 'GET',
				fallbackUrl: 'https://example.com/fallback',
				fallbackMethod: 'GET',
				statusCallback: 'https://example.com/status',
				statusCallbackMethod: 'GET',
				sendDigits: 'ww1234#',
				machineDetection: 'DetectMessageEnd',
				timeout: 25,
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual(['POST', twilio.accountPath('/Calls.json')]);
		expect(request.form).toEqual({
			From: ['+15005550006'],
			To: ['+14155551234'],
			Url: ['https://example.com/twiml'],
			Method: ['GET'],
			FallbackUrl: ['https://example.com/fallback'],
			FallbackMethod: ['GET'],
			StatusCallback: ['https://example.com/status'],
			StatusCallbackMethod: ['GET'],
			SendDigits: ['ww1234#'],
			MachineDetection: ['DetectMessageEnd'],
			Timeout: ['25'],
		});
		expect(output.map((item) => item.json.sid)).toEqual([calls()[0].sid]);
		expect(output[0].json).toMatchObject({
			to: '+14155551234',
			from: '+15005550006',
			status: 'queued',
		});
	});

	test('takes an Application SID or inline TwiML instead of a URL', async () => {
		await makeCall({
			url: '',
			additionalFields: { applicationSid: 'AP0123456789abcdef0123456789abcdef' },
		});
		await makeCall({
			url: '',
			additionalFields: { twiml: '<Response><Say>Hello</Say></Response>' },
		});
		const forms = twilio.emulator.requests.map((request) => request.form);
		expect(forms[0].ApplicationSid).toEqual(['AP0123456789abcdef0123456789abcdef']);
		expect(forms[0].Url).toBeUndefined();
		expect(forms[1].Twiml).toEqual(['<Response><Say>Hello</Say></Response>']);
		expect(calls()).toHaveLength(2);
	});

	test.each([
		[
			'URL and Application SID',
			{ additionalFields: { applicationSid: 'AP0123456789abcdef0123456789abcdef' } },
			/only one of URL, Application SID and TwiML \(got URL and Application SID\)/,
		],
		['none of them', { url: '' }, /Give the call its instructions/],
	])('%s: refused before anything is sent', async (_, extra, message) => {
		const { error } = await makeCall(extra);
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/\[item 0\]/);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Call → Get', () => {
	test('fetches the call by SID', async () => {
		const made = await makeCall();
		const sid = made.output[0].json.sid as string;
		twilio.emulator.requests.length = 0;
		const { output } = await twilio.run({
			parameters: { resource: 'call', operation: 'get', callSid: sid },
		});
		expect(twilio.emulator.requests.map((request) => [request.method, request.path])).toEqual([
			['GET', twilio.accountPath(`/Calls/${sid}.json`)],
		]);
		expect(output[0].json).toEqual(made.output[0].json);
	});
});

describe('Call → Get Many', () => {
	test('filters by To, From, Status and start time, and returns only matching calls', async () => {
		await makeCall();
		await makeCall({ to: '+14155559999' });
		twilio.emulator.requests.length = 0;
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'getMany',
				returnAll: true,
				filters: {
					to: '+14155551234',
					from: '+15005550006',
					status: 'queued',
					startTimeOnOrAfter: '2020-01-01T00:00:00Z',
					startTimeOnOrBefore: '2099-12-31T23:59:59Z',
				},
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual(['GET', twilio.accountPath('/Calls.json')]);
		expect(request.query).toEqual({
			To: ['+14155551234'],
			From: ['+15005550006'],
			Status: ['queued'],
			'StartTime<': ['2099-12-31T23:59:59Z'],
			'StartTime>': ['2020-01-01T00:00:00Z'],
			PageSize: ['1000'],
		});
		expect(output.map((item) => item.json.to)).toEqual(['+14155551234']);
	});
});

describe('Call → Update', () => {
	test('redirects a call to new instructions', async () => {
		const sid = (await makeCall()).output[0].json.sid as string;
		twilio.emulator.requests.length = 0;
		const { output } = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'update',
				callSid: sid,
				updateFields: { url: 'https://example.com/next', method: 'GET' },
			},
		});
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'POST',
			twilio.accountPath(`/Calls/${sid}.json`),
		]);
		expect(request.form).toEqual({ Url: ['https://example.com/next'], Method: ['GET'] });
		expect(output[0].json.sid).toBe(sid);
	});

	test('ends a call with status completed', async () => {
		const sid = (await makeCall()).output[0].json.sid as string;
		const { output } = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'update',
				callSid: sid,
				updateFields: { status: 'completed' },
			},
		});
		expect(twilio.emulator.requests.at(-1)?.form).toEqual({ Status: ['completed'] });
		expect(output[0].json.status).toBe('completed');
		expect(calls()[0].status).toBe('completed');
	});

	test('with nothing to change, refuses before sending', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'update',
				callSid: 'CA0123456789abcdef0123456789abcdef',
				updateFields: {},
			},
		});
		expect(error?.message).toMatch(/Choose what to change/);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});
