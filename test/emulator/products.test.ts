import { TwilioEmulator } from '../../emulator';

/**
 * The products beyond the classic API on the emulator's one port: each request is checked against
 * its own product's description (form and JSON bodies alike), and refused with the violation kept.
 */
let emulator: TwilioEmulator;

beforeAll(async () => {
	emulator = await TwilioEmulator.start();
});
afterAll(() => emulator.close());
beforeEach(() => {
	emulator.reset();
	emulator.contractViolations.length = 0;
});

function send(
	method: string,
	path: string,
	body?: { form?: Record<string, string>; json?: unknown },
) {
	const { sid, authToken } = emulator.account;
	const headers: Record<string, string> = {
		Authorization: `Basic ${Buffer.from(`${sid}:${authToken}`).toString('base64')}`,
	};
	if (body?.form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
	if (body?.json !== undefined) headers['Content-Type'] = 'application/json';
	return fetch(`${emulator.url}${path}`, {
		method,
		headers,
		body: body?.form
			? new URLSearchParams(body.form).toString()
			: body?.json !== undefined
				? JSON.stringify(body.json)
				: undefined,
	});
}

test.each([
	[
		'an undeclared form parameter',
		'POST',
		'/verify/v2/Services',
		{ form: { FriendlyName: 'Acme', Color: 'blue' } },
		'body parameter "Color" is not declared',
	],
	['a missing required parameter', 'POST', '/messaging/v1/Services', { form: {} }, 'FriendlyName'],
	[
		'an undeclared JSON field',
		'POST',
		'/content/v1/Content',
		{ json: { language: 'en', types: { 'twilio/text': { body: 'Hi' } }, colour: 'blue' } },
		'JSON body field "colour" is not declared',
	],
	[
		'a JSON body of the wrong shape',
		'POST',
		'/content/v1/Content',
		{ json: { language: 'en', types: { 'twilio/text': { text: 'Hi' } } } },
		'body',
	],
	[
		'a SID of the wrong kind in the path',
		'GET',
		'/studio/v2/Flows/FN0123456789abcdef0123456789abcdef',
		undefined,
		'Sid',
	],
])('refuses %s with 400 and keeps the violation', async (_, method, path, body, found) => {
	const response = await send(method, path, body);
	expect(response.status).toBe(400);
	expect(((await response.json()) as { code: number }).code).toBe(20001);
	expect(
		emulator.contractViolations.map((violation) => violation.errors.join('; ')).join('\n'),
	).toContain(found);
});

test('a request of each product is answered by that product, checked against its own description', async () => {
	const verify = await send('POST', '/verify/v2/Services', { form: { FriendlyName: 'Acme' } });
	const messaging = await send('POST', '/messaging/v1/Services', {
		form: { FriendlyName: 'Acme' },
	});
	expect(verify.status).toBe(201);
	expect(messaging.status).toBe(201);
	expect(((await verify.json()) as { sid: string }).sid).toMatch(/^VA/);
	expect(((await messaging.json()) as { sid: string }).sid).toMatch(/^MG/);
	expect((await send('GET', '/lookups/v2/PhoneNumbers/+14155552678')).status).toBe(200);
	expect(emulator.requests.map((request) => [request.product, request.operationId])).toEqual([
		['verify', 'CreateService'],
		['messaging', 'CreateService'],
		['lookups', 'FetchPhoneNumber'],
	]);
	expect(emulator.contractViolations).toEqual([]);
});

test.each(['/verify/v2/Nothing', '/v2/Services', '/nothing/v1/Services', '/api/v1/Services'])(
	'%s, a path no product has, gets 404 with error 20404',
	async (path) => {
		const response = await send('GET', path);
		expect(response.status).toBe(404);
		expect(((await response.json()) as { code: number }).code).toBe(20404);
	},
);

test('the classic API answers at the root and below its name alike', async () => {
	const path = `/2010-04-01/Accounts/${emulator.account.sid}.json`;
	expect((await send('GET', path)).status).toBe(200);
	expect((await send('GET', `/api${path}`)).status).toBe(200);
	expect(emulator.requests.map((request) => [request.product, request.path])).toEqual([
		['api', path],
		['api', path],
	]);
});

test('wrong credentials get 401 with error 20003 on every product', async () => {
	const response = await fetch(`${emulator.url}/verify/v2/Services`, {
		headers: { Authorization: `Basic ${Buffer.from('AC0:wrong').toString('base64')}` },
	});
	expect(response.status).toBe(401);
	expect(((await response.json()) as { code: number }).code).toBe(20003);
});

test('faults reach the products too', async () => {
	emulator.faults.enqueue({ kind: 'rate-limit', retryAfter: 2 });
	const response = await send('GET', '/verify/v2/Services');
	expect(response.status).toBe(429);
	expect(response.headers.get('retry-after')).toBe('2');
});

describe("a service's settings follow the operation's description", () => {
	const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

	test('Messaging: each parameter lands on its field, typed; a rule it breaks answers 400 and changes nothing', async () => {
		const created = await json(
			await send('POST', '/messaging/v1/Services', {
				form: {
					FriendlyName: 'Acme',
					StickySender: 'false',
					ValidityPeriod: '600',
					Usecase: 'marketing',
				},
			}),
		);
		expect(created).toMatchObject({
			friendly_name: 'Acme',
			sticky_sender: false,
			validity_period: 600,
			usecase: 'marketing',
			mms_converter: true,
		});
		const sid = String(created.sid);
		const refused: Array<Record<string, string>> = [
			{ ValidityPeriod: '0' },
			{ ValidityPeriod: '36001' },
			{ Usecase: 'spam' },
			{ FriendlyName: 'x'.repeat(65) },
		];
		for (const form of refused) {
			expect(
				(
					await send('POST', `/messaging/v1/Services/${sid}`, {
						form: { ...form, StickySender: 'true' },
					})
				).status,
			).toBe(400);
		}
		expect(await json(await send('GET', `/messaging/v1/Services/${sid}`))).toMatchObject({
			sticky_sender: false,
			validity_period: 600,
			usecase: 'marketing',
		});
		expect(
			await json(
				await send('POST', `/messaging/v1/Services/${sid}`, {
					form: { ValidityPeriod: '36000', AreaCodeGeomatch: 'false' },
				}),
			),
		).toMatchObject({ validity_period: 36_000, area_code_geomatch: false });
	});

	test('Verify: dotted parameters land inside the object they name', async () => {
		const form = {
			FriendlyName: 'Acme',
			CodeLength: '8',
			'Totp.TimeStep': '60',
			'Push.IncludeDate': 'true',
			'Passkeys.RelyingParty.Origins': 'https://a.example, https://b.example',
		};
		const created = await json(await send('POST', '/verify/v2/Services', { form }));
		expect(created).toMatchObject({
			code_length: 8,
			totp: { time_step: 60, code_length: 6, skew: 1 },
			push: { include_date: true },
			passkeys: { relying_party: { origins: ['https://a.example', 'https://b.example'] } },
		});
		expect(
			(
				await send('POST', `/verify/v2/Services/${String(created.sid)}`, {
					form: { 'Totp.Skew': '3' },
				})
			).status,
		).toBe(400);
		expect(
			await json(await send('GET', `/verify/v2/Services/${String(created.sid)}`)),
		).toMatchObject({
			totp: { skew: 1 },
		});
	});
});
