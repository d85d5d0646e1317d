import { useTwilio } from '../../../../helpers/twilio';

/**
 * Lookup's operations beyond Look Up, run through n8n against the emulator: a bulk request (JSON
 * body, billed, one result per request in order), line type overrides (named by number and
 * package, created by a POST at their path, changed by a PUT), and rate limits (set by a PUT).
 */
const twilio = useTwilio();

const run = (resource: string, operation: string, parameters: Record<string, unknown> = {}) =>
	twilio.run({ parameters: { resource, operation, ...parameters } });

describe('Bulk Lookup → Look Up Many', () => {
	const requests = [
		{ phone_number: '+14155552678', fields: ['line_type_intelligence'], correlation_id: 'a' },
		{ phone_number: '+1415555267', correlation_id: 'b' },
	];

	test('posts the requests as a JSON array and outputs one result per request, in order', async () => {
		const { output, error } = await run('bulkLookup', 'create', {
			phoneNumbers: JSON.stringify(requests),
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect({ method: request.method, path: request.path, json: request.json }).toEqual({
			method: 'POST',
			path: '/v2/batch/query',
			json: { phone_numbers: requests },
		});
		expect(request.contentType).toBe('application/json');
		const results = output[0].json.phone_numbers as Array<Record<string, unknown>>;
		expect(results.map((result) => [result.correlation_id, result.valid])).toEqual([
			['a', true],
			['b', false],
		]);
		expect(results[0].line_type_intelligence).toMatchObject({ type: 'mobile' });
		expect(results[1].line_type_intelligence).toBeNull();
	});

	test('is billed per number: after a lost answer it is not sent again, and says it may have been processed', async () => {
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const { error } = await run('bulkLookup', 'create', {
			phoneNumbers: JSON.stringify(requests),
			options: { maxRetries: 3, retryDelay: 0 },
		});
		expect(twilio.emulator.requests).toHaveLength(1);
		expect(
			(error?.context as { mayHaveBeenProcessed?: boolean } | undefined)?.mayHaveBeenProcessed,
		).toBe(true);
	});

	test.each([
		['{"phone_number": "+14155552678"}', /^Requests must be a JSON array of objects/],
		['["+14155552678"]', /^Requests must hold only objects: entry 1 is/],
		['[{"phone_number": "+14155552678"}, {"fields": []}]', /entry 2 has no "phone_number"/],
		['[', /^Requests is not valid JSON/],
	])('refuses %s before sending anything', async (value, message) => {
		const { error } = await run('bulkLookup', 'create', { phoneNumbers: value });
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/\[item 0\]$/);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Line Type Override', () => {
	const number = '+14155552678';
	const path = '/v2/PhoneNumbers/%2B14155552678/Overrides/line_type_intelligence';

	test('is created at its path, read, changed by a PUT of JSON, and deleted', async () => {
		const created = await run('lineTypeOverride', 'create', {
			phoneNumber: number,
			field: 'line_type_intelligence',
			additionalFields: { lineType: 'landline', reason: 'Owner showed a bill' },
		});
		expect(created.error).toBeUndefined();
		const updated = await run('lineTypeOverride', 'update', {
			phoneNumber: number,
			field: 'line_type_intelligence',
			additionalFields: { lineType: 'mobile' },
		});
		expect(updated.error).toBeUndefined();
		expect(
			twilio.emulator.requests.map((request) => [request.method, request.path, request.json]),
		).toEqual([
			['POST', path, { line_type: 'landline', reason: 'Owner showed a bill' }],
			['PUT', path, { line_type: 'mobile' }],
		]);
		const read = await run('lineTypeOverride', 'get', {
			phoneNumber: number,
			field: 'line_type_intelligence',
		});
		expect(read.output[0].json).toMatchObject({ phone_number: number });
		const deleted = await run('lineTypeOverride', 'delete', {
			phoneNumber: number,
			field: 'line_type_intelligence',
		});
		expect(deleted.error).toBeUndefined();
		const gone = await run('lineTypeOverride', 'get', {
			phoneNumber: number,
			field: 'line_type_intelligence',
		});
		expect(gone.error?.message).toMatch(/not found/i);
	});

	test('an update of an override that does not exist is not found (the spec lists 404 for the PUT)', async () => {
		const { error } = await run('lineTypeOverride', 'update', {
			phoneNumber: '+14155550199',
			field: 'line_type_intelligence',
			additionalFields: { lineType: 'mobile' },
		});
		expect(error?.message).toMatch(/not found/i);
	});

	test('a number not in E.164 format is refused before anything is sent', async () => {
		const { error } = await run('lineTypeOverride', 'get', {
			phoneNumber: '415 555 2678',
			field: 'line_type_intelligence',
		});
		expect(error?.message).toMatch(/^Phone Number/);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Rate Limit', () => {
	test("Set is a PUT of the bucket's JSON limit, repeated after a lost answer (it sets the same)", async () => {
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const { output, error } = await run('rateLimit', 'update', {
			field: 'line_type_intelligence',
			bucket: 'signups',
			additionalFields: { requestLimit: 100, ttl: 3600 },
			options: { maxRetries: 2, retryDelay: 0 },
		});
		expect(error).toBeUndefined();
		expect(
			twilio.emulator.requests.map((request) => [request.method, request.path, request.json]),
		).toEqual(
			Array(2).fill([
				'PUT',
				'/v2/RateLimits/Fields/line_type_intelligence/Bucket/signups',
				{ limit: 100, ttl: 3600 },
			]),
		);
		expect(output[0].json).toMatchObject({ limit: 100, ttl: 3600 });
	});

	test('a bucket name that could change the path is refused before anything is sent', async () => {
		const { error } = await run('rateLimit', 'get', {
			field: 'line_type_intelligence',
			bucket: '../Fields',
		});
		expect(error?.message).toMatch(/^Bucket/);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});
