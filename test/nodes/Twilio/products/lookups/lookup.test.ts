import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const lookUp = (parameters: Record<string, unknown>) =>
	twilio.run({ parameters: { resource: 'lookup', operation: 'lookUp', ...parameters } });

describe('Lookup → Look Up', () => {
	test("sends GET /v2/PhoneNumbers/{number} to Lookup's path on the base URL, the packages as one Fields text", async () => {
		const { output, error } = await lookUp({
			phoneNumber: '+14155552678',
			fields: ['line_type_intelligence', 'caller_name'],
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect({
			method: request.method,
			path: request.path,
			product: request.product,
			operationId: request.operationId,
		}).toEqual({
			method: 'GET',
			path: '/v2/PhoneNumbers/%2B14155552678',
			product: 'lookups',
			operationId: 'FetchPhoneNumber',
		});
		expect(request.query).toEqual({ Fields: ['line_type_intelligence,caller_name'] });
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			valid: true,
			phone_number: '+14155552678',
			national_format: '(415) 555-2678',
			country_code: 'US',
			calling_country_code: '1',
			line_type_intelligence: { type: 'mobile' },
			caller_name: { caller_name: 'EMULATED CALLER' },
			sim_swap: null,
		});
		expect(output[0].pairedItem).toEqual({ item: 0 });
	});

	test('takes a national number with its country, separators dropped before it goes into the path', async () => {
		const { output, error } = await lookUp({
			phoneNumber: '020 7946 0018',
			additionalFields: { countryCode: { mode: 'code', value: 'gb' } },
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect(request.path).toBe('/v2/PhoneNumbers/02079460018');
		expect(request.query).toEqual({ CountryCode: ['GB'] });
		expect(output[0].json).toMatchObject({
			valid: true,
			phone_number: '+442079460018',
			country_code: 'GB',
		});
	});

	test("an invalid number is Twilio's answer with valid false and the reason, not an error", async () => {
		const { output, error } = await lookUp({ phoneNumber: '+1415555267' });
		expect(error).toBeUndefined();
		expect(output[0].json).toMatchObject({
			valid: false,
			validation_errors: ['TOO_SHORT'],
			country_code: null,
		});
	});

	test('every identity and package parameter goes out as Twilio names it', async () => {
		const { error } = await lookUp({
			phoneNumber: '+14155552678',
			fields: ['identity_match', 'reassigned_number', 'pre_fill', 'sms_pumping_risk'],
			additionalFields: {
				firstName: 'Ana',
				lastName: 'Lima',
				addressLine1: '1 Main St',
				addressLine2: 'Suite 2',
				city: 'San Francisco',
				state: 'CA',
				postalCode: '94105',
				addressCountryCode: { mode: 'code', value: 'US' },
				nationalId: '123-45-6789',
				dateOfBirth: '19900131',
				lastVerifiedDate: '20260101',
				verificationSid: 'VE0123456789abcdef0123456789abcdef',
				partnerSubId: 'tenant-7',
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query).toEqual({
			Fields: ['identity_match,reassigned_number,pre_fill,sms_pumping_risk'],
			FirstName: ['Ana'],
			LastName: ['Lima'],
			AddressLine1: ['1 Main St'],
			AddressLine2: ['Suite 2'],
			City: ['San Francisco'],
			State: ['CA'],
			PostalCode: ['94105'],
			AddressCountryCode: ['US'],
			NationalId: ['123-45-6789'],
			DateOfBirth: ['19900131'],
			LastVerifiedDate: ['20260101'],
			VerificationSid: ['VE0123456789abcdef0123456789abcdef'],
			PartnerSubId: ['tenant-7'],
		});
	});

	test.each([
		[
			'a number with letters',
			{ phoneNumber: '+1 415 CALL ME' },
			/^Phone Number "\+1 415 CALL ME" is not a phone number/,
		],
		[
			'an identity field without the Identity Match package',
			{ phoneNumber: '+14155552678', additionalFields: { firstName: 'Ana' } },
			/read only by the Identity Match package/,
		],
		['a path trick', { phoneNumber: '../Accounts.json' }, /is not a phone number/],
	])(
		'refuses %s before sending anything, naming the field and the item',
		async (_, parameters, message) => {
			const { error } = await lookUp(parameters);
			expect(error?.message).toMatch(message);
			expect(error?.message).toMatch(/\[item 0\]$/);
			expect(twilio.emulator.requests).toHaveLength(0);
		},
	);
});

describe('Lookup → Look Up after a lost answer (Twilio bills each data package but Validation per request)', () => {
	const lostAnswer = async (fields: string[]) => {
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const run = await lookUp({
			phoneNumber: '+14155552678',
			fields,
			options: { maxRetries: 3, retryDelay: 0 },
		});
		return { ...run, tries: twilio.emulator.requests.length };
	};

	test('a paid package is never asked for twice: the item says it may have been processed and what was billed', async () => {
		const { error, tries } = await lostAnswer(['validation', 'line_type_intelligence']);
		expect(tries).toBe(1);
		expect(error?.message).toMatch(
			/Twilio may have processed the request, so it was not repeated$/,
		);
		expect(error?.description).toMatch(
			/^Lookup → Look Up with Data Packages line_type_intelligence is billed each time it is sent/,
		);
	});

	test.each([
		['Validation alone', ['validation']],
		['no package (formats and validity)', []],
	])('%s is free, so it is retried', async (_, fields) => {
		const { error, output, tries } = await lostAnswer(fields);
		expect(error).toBeUndefined();
		expect(tries).toBe(2);
		expect(output[0].json).toMatchObject({ valid: true });
	});
});
