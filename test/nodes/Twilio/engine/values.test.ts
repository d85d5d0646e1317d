import { useTwilio } from '../../../helpers/twilio';

const twilio = useTwilio();

const send = (overrides: Record<string, unknown>) => ({
	resource: 'message',
	operation: 'send',
	from: '+15005550006',
	to: '+14155551234',
	body: 'Hi',
	...overrides,
});

describe('bad input stops the item before anything is sent', () => {
	test.each([
		[
			'a SID of the wrong kind',
			{ resource: 'message', operation: 'get', messageSid: 'CA0123456789abcdef0123456789abcdef' },
			/^Message SID "CA0123456789abcdef0123456789abcdef" is not a valid SID: expected SM or MM followed by 32 hexadecimal characters \[item 0\]$/,
		],
		[
			'a path trick in a SID',
			{
				resource: 'message',
				operation: 'get',
				messageSid: '../Calls/CA0123456789abcdef0123456789ab',
			},
			/^Message SID ".*" is not a valid SID/,
		],
		[
			'an encoded slash in a SID',
			{ resource: 'call', operation: 'get', callSid: 'CA0123456789abcdef%2F123456789abcdef' },
			/^Call SID .* is not a valid SID/,
		],
		[
			'a required field whose expression gives nothing',
			send({ to: '={{ $json.phone }}' }),
			/^To is required \[item 0\]$/,
		],
		[
			'an expression giving an object',
			send({ to: '={{ { "number": "+14155551234" } }}' }),
			/^To expected text, got an object \[item 0\]$/,
		],
		[
			'an expression giving a list',
			send({ body: '={{ ["a", "b"] }}' }),
			/^Body expected text, got a list \[item 0\]$/,
		],
		[
			'a line break in a one-line field',
			send({ to: '+1415555\n1234' }),
			/^To contains control characters or line breaks/,
		],
		[
			'a body over 1,600 characters',
			send({ body: 'x'.repeat(1601) }),
			/^Body is longer than 1600 characters/,
		],
		[
			'a callback that is not a URL',
			send({ additionalFields: { statusCallback: 'example.com/status' } }),
			/^Status Callback URL "example.com\/status" is not a valid URL/,
		],
		[
			'a callback URL of another scheme',
			send({ additionalFields: { statusCallback: 'ftp://example.com/status' } }),
			/^Status Callback URL must start with http:\/\/ or https:\/\//,
		],
		[
			"a number out of Twilio's bounds",
			{
				resource: 'call',
				operation: 'make',
				from: '+15005550006',
				to: '+14155551234',
				url: 'https://example.com/twiml',
				additionalFields: { timeout: 601 },
			},
			/^Timeout must be between 1 and 600/,
		],
		[
			'a choice outside the options',
			{
				resource: 'call',
				operation: 'getMany',
				returnAll: true,
				filters: { status: 'ringing; DROP' },
			},
			/^Status "ringing; DROP" is not one of: queued, ringing/,
		],
		[
			'a date that is not a date',
			{
				resource: 'message',
				operation: 'getMany',
				returnAll: true,
				filters: { dateSentOnOrAfter: 'yesterday' },
			},
			/^Date Sent On or After "yesterday" is not a date/,
		],
		[
			'a subaccount SID that is not an account SID',
			send({ options: { accountSid: 'AC../../Accounts' } }),
			/^Account SID ".*" is not a valid SID: expected AC/,
		],
	])('%s', async (_, parameters, message) => {
		const { error } = await twilio.run({ parameters });
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(message);
		expect(twilio.emulator.requests).toHaveLength(0);
	});

	test('names the failing item when others are fine, and sends nothing for it', async () => {
		const { error } = await twilio.run({
			items: [{ to: '+14155550001' }, { to: 'not a number\u0000' }],
			parameters: send({ to: '={{ $json.to }}' }),
		});
		expect(error?.message).toMatch(/^To contains control characters or line breaks \[item 1\]$/);
		expect(twilio.emulator.requests.map((request) => request.form.To)).toEqual([['+14155550001']]);
	});
});

describe('values from expressions', () => {
	test('numbers and booleans become text where Twilio wants text; numeric text becomes a number', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'make',
				from: '+15005550006',
				to: '={{ "+1415555" + 1234 }}',
				url: 'https://example.com/twiml',
				additionalFields: { timeout: '={{ "45" }}', sendDigits: '={{ 1234 }}' },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].form).toMatchObject({
			To: ['+14155551234'],
			Timeout: ['45'],
			SendDigits: ['1234'],
		});
	});

	test('dates from expressions (Luxon) are sent in the spec format', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'getMany',
				limit: 5,
				filters: {
					dateSentOnOrAfter: '={{ DateTime.fromISO("2026-03-04T05:06:07", { zone: "utc" }) }}',
				},
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query['DateSent>']).toEqual(['2026-03-04T05:06:07Z']);
	});
});

describe('Return All and Limit of a list', () => {
	test.each([
		[{ returnAll: false, limit: 1.5 }, 'Limit expected a whole number, got a number [item 0]'],
		[
			{ returnAll: false, limit: '={{ "many" }}' },
			'Limit expected a whole number, got a string [item 0]',
		],
		[{ returnAll: false, limit: 0 }, 'Limit must be between 1 and 1000000000 [item 0]'],
		[{ returnAll: '={{ "yes" }}' }, 'Return All expected true or false, got a string [item 0]'],
	])('%p is refused before anything is sent', async (paging, message) => {
		const { error } = await twilio.run({
			parameters: { resource: 'call', operation: 'getMany', ...paging },
		});
		expect(error?.message).toBe(message);
		expect(error?.description).toMatch(
			/^Check the "(Limit|Return All)" parameter of item 0\. Nothing was sent to Twilio\.$/,
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});

	test('values from expressions are read as n8n gives them', async () => {
		await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'getMany',
				returnAll: '={{ "false" }}',
				limit: '={{ "7" }}',
			},
		});
		expect(twilio.emulator.requests.map((request) => request.query.PageSize)).toEqual([['7']]);
	});
});
