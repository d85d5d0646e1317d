import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { expireVerification, verificationCode } from '../../../../../emulator';
import { catalog } from '../../../../../nodes/Twilio/products';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const run = (
	resource: string,
	operation: string,
	parameters: INodeParameters = {},
	more: { continueOnFail?: boolean; items?: IDataObject[] } = {},
) => twilio.run({ parameters: { resource, operation, ...parameters }, ...more });

const requestsOf = () =>
	twilio.emulator.requests.map(({ method, path, product, operationId, form, query }) => ({
		method,
		path,
		product,
		operationId,
		form,
		query,
	}));

async function createService(parameters: INodeParameters = {}): Promise<string> {
	const { output, error } = await run('verifyService', 'create', {
		friendlyName: 'Acme',
		...parameters,
	});
	expect(error).toBeUndefined();
	return output[0].json.sid as string;
}

async function send(serviceSid: string, to = '+14155552678', channel = 'sms') {
	const { output, error } = await run('verification', 'send', {
		serviceSid: { __rl: true, mode: 'id', value: serviceSid },
		to,
		channel,
	});
	expect(error).toBeUndefined();
	return output[0].json;
}

const check = (serviceSid: string, code: string, more: INodeParameters = {}) =>
	run('verification', 'check', {
		serviceSid: { __rl: true, mode: 'id', value: serviceSid },
		code,
		to: '+14155552678',
		...more,
	});

describe('Verify Service', () => {
	test('Create posts every setting to /v2/Services on Verify and outputs the service', async () => {
		const { output, error } = await run('verifyService', 'create', {
			friendlyName: 'Acme',
			additionalFields: {
				codeLength: 8,
				lookupEnabled: true,
				skipSmsToLandlines: true,
				dtmfInputRequired: false,
				ttsName: 'Polly.Joanna',
				psd2Enabled: true,
				doNotShareWarningEnabled: true,
				customCodeEnabled: true,
				pushIncludeDate: false,
				pushApnCredentialSid: 'CR0123456789abcdef0123456789abcdef',
				pushFcmCredentialSid: 'CRfedcba9876543210fedcba9876543210',
				totpIssuer: 'Acme',
				totpTimeStep: 30,
				totpCodeLength: 6,
				totpSkew: 1,
				defaultTemplateSid: 'HJ0123456789abcdef0123456789abcdef',
				whatsappMsgServiceSid: { mode: 'id', value: 'MG0123456789abcdef0123456789abcdef' },
				whatsappFrom: '+14155550100',
				passkeysRelyingPartyId: 'example.com',
				passkeysRelyingPartyName: 'Example',
				passkeysRelyingPartyOrigins: 'login.example.com,www.example.com',
				passkeysAuthenticatorAttachment: 'platform',
				passkeysDiscoverableCredentials: 'preferred',
				passkeysUserVerification: 'required',
				verifyEventSubscriptionEnabled: true,
			},
		});
		expect(error).toBeUndefined();
		const [request] = requestsOf();
		expect(request).toMatchObject({
			method: 'POST',
			path: '/v2/Services',
			product: 'verify',
			operationId: 'CreateService',
		});
		expect(request.form).toEqual({
			FriendlyName: ['Acme'],
			CodeLength: ['8'],
			LookupEnabled: ['true'],
			SkipSmsToLandlines: ['true'],
			DtmfInputRequired: ['false'],
			TtsName: ['Polly.Joanna'],
			Psd2Enabled: ['true'],
			DoNotShareWarningEnabled: ['true'],
			CustomCodeEnabled: ['true'],
			'Push.IncludeDate': ['false'],
			'Push.ApnCredentialSid': ['CR0123456789abcdef0123456789abcdef'],
			'Push.FcmCredentialSid': ['CRfedcba9876543210fedcba9876543210'],
			'Totp.Issuer': ['Acme'],
			'Totp.TimeStep': ['30'],
			'Totp.CodeLength': ['6'],
			'Totp.Skew': ['1'],
			DefaultTemplateSid: ['HJ0123456789abcdef0123456789abcdef'],
			'Whatsapp.MsgServiceSid': ['MG0123456789abcdef0123456789abcdef'],
			'Whatsapp.From': ['+14155550100'],
			'Passkeys.RelyingParty.Id': ['example.com'],
			'Passkeys.RelyingParty.Name': ['Example'],
			'Passkeys.RelyingParty.Origins': ['login.example.com,www.example.com'],
			'Passkeys.AuthenticatorAttachment': ['platform'],
			'Passkeys.DiscoverableCredentials': ['preferred'],
			'Passkeys.UserVerification': ['required'],
			VerifyEventSubscriptionEnabled: ['true'],
		});
		expect(output[0].json).toMatchObject({
			friendly_name: 'Acme',
			code_length: 8,
			custom_code_enabled: true,
			totp: { issuer: 'Acme' },
		});
		expect(output[0].json.sid).toMatch(/^VA[0-9a-f]{32}$/);
	});

	test('Get, Get Many (following meta.next_page_url), Update and Delete', async () => {
		const sids = [
			await createService({ friendlyName: 'One' }),
			await createService({ friendlyName: 'Two' }),
			await createService({ friendlyName: 'Three' }),
		];
		twilio.emulator.requests.length = 0;

		const got = await run('verifyService', 'get', {
			sid: { __rl: true, mode: 'id', value: sids[1] },
		});
		expect(got.output[0].json).toMatchObject({ sid: sids[1], friendly_name: 'Two' });

		const listed = await run('verifyService', 'getMany', {
			returnAll: true,
			options: { maxRetries: 0 },
		});
		expect(listed.error).toBeUndefined();
		expect(listed.output.map((item) => item.json.sid)).toEqual(sids);

		const page = await run('verifyService', 'getMany', { returnAll: false, limit: 2 });
		expect(page.output.map((item) => item.json.sid)).toEqual(sids.slice(0, 2));

		const updated = await run('verifyService', 'update', {
			sid: { __rl: true, mode: 'id', value: sids[0] },
			updateFields: { friendlyName: 'Renamed', codeLength: 4 },
		});
		expect(updated.output[0].json).toMatchObject({ friendly_name: 'Renamed', code_length: 4 });

		const deleted = await run('verifyService', 'delete', {
			sid: { __rl: true, mode: 'id', value: sids[2] },
		});
		expect(deleted.output[0].json).toEqual({ deleted: true, sid: sids[2] });

		expect(
			requestsOf().map(({ method, path, query, form }) => [method, path, query, form]),
		).toEqual([
			['GET', `/v2/Services/${sids[1]}`, {}, {}],
			['GET', '/v2/Services', { PageSize: ['1000'] }, {}],
			['GET', '/v2/Services', { PageSize: ['2'] }, {}],
			['POST', `/v2/Services/${sids[0]}`, {}, { FriendlyName: ['Renamed'], CodeLength: ['4'] }],
			['DELETE', `/v2/Services/${sids[2]}`, {}, {}],
		]);
	});

	test("a list longer than a page follows meta.next_page_url, with Twilio's PageToken, on the same base URL", async () => {
		const first = await createService({ friendlyName: 'S0' });
		const [record] = twilio.emulator.records('/verify/v2/Services');
		// 1,001 services: two pages of Twilio's largest size.
		for (let index = 1; index <= 1000; index++) {
			const sid = `VA${index.toString(16).padStart(32, '0')}`;
			twilio.emulator.store.add('/verify/v2/Services', {
				...record,
				sid,
				friendly_name: `S${index}`,
				url: `https://verify.twilio.com/v2/Services/${sid}`,
			});
		}
		twilio.emulator.requests.length = 0;
		const { output, error } = await run('verifyService', 'getMany', { returnAll: true });
		expect(error).toBeUndefined();
		expect(output).toHaveLength(1001);
		expect(output[0].json.sid).toBe(first);
		expect(twilio.emulator.requests.map(({ path, query }) => [path, query])).toEqual([
			['/v2/Services', { PageSize: ['1000'] }],
			[
				'/v2/Services',
				{ PageSize: ['1000'], Page: ['1'], PageToken: [`PA${String(output[999].json.sid)}`] },
			],
		]);
	});
});

describe('Verification', () => {
	test('Send posts To and Channel to the service and outputs the pending verification; the emulator holds its code', async () => {
		const serviceSid = await createService();
		twilio.emulator.requests.length = 0;
		const verification = await send(serviceSid);
		const [request] = requestsOf();
		expect(request).toMatchObject({
			method: 'POST',
			path: `/v2/Services/${serviceSid}/Verifications`,
			product: 'verify',
			operationId: 'CreateVerification',
			form: { To: ['+14155552678'], Channel: ['sms'] },
		});
		expect(verification).toMatchObject({
			status: 'pending',
			to: '+14155552678',
			channel: 'sms',
			service_sid: serviceSid,
		});
		expect(verificationCode(twilio.emulator, { sid: verification.sid as string })).toMatch(
			/^\d{6}$/,
		);
	});

	test('Send with every additional field sends each under its Twilio name', async () => {
		const serviceSid = await createService({
			additionalFields: { customCodeEnabled: true, psd2Enabled: true },
		});
		twilio.emulator.requests.length = 0;
		const { error } = await run('verification', 'send', {
			serviceSid: { __rl: true, mode: 'list', value: serviceSid },
			to: 'ana@example.com',
			channel: 'email',
			additionalFields: {
				customFriendlyName: 'Acme Shop',
				customMessage: 'Your code',
				sendDigits: 'ww1234',
				locale: 'fr',
				customCode: '867530',
				amount: '€39.99',
				payee: 'Acme',
				rateLimits: '{"end_user_ip_address": "203.0.113.7"}',
				channelConfiguration: '{"from": "login@example.com", "from_name": "Acme"}',
				appHash: 'He42w354ol9',
				templateSid: 'HJ0123456789abcdef0123456789abcdef',
				templateCustomSubstitutions: '{"name": "Ana"}',
				deviceIp: '203.0.113.7',
				enableSnaClientToken: false,
				riskCheck: 'disable',
				tags: '{"campaign": "spring"}',
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].form).toEqual({
			To: ['ana@example.com'],
			Channel: ['email'],
			CustomFriendlyName: ['Acme Shop'],
			CustomMessage: ['Your code'],
			SendDigits: ['ww1234'],
			Locale: ['fr'],
			CustomCode: ['867530'],
			Amount: ['€39.99'],
			Payee: ['Acme'],
			RateLimits: ['{"end_user_ip_address":"203.0.113.7"}'],
			ChannelConfiguration: ['{"from":"login@example.com","from_name":"Acme"}'],
			AppHash: ['He42w354ol9'],
			TemplateSid: ['HJ0123456789abcdef0123456789abcdef'],
			TemplateCustomSubstitutions: ['{"name":"Ana"}'],
			DeviceIp: ['203.0.113.7'],
			EnableSnaClientToken: ['false'],
			RiskCheck: ['disable'],
			Tags: ['{"campaign":"spring"}'],
		});
		expect(verificationCode(twilio.emulator, { to: 'ana@example.com' })).toBe('867530');
	});

	test('Check Code with the right code outputs approved: true; Twilio then deletes the verification', async () => {
		const serviceSid = await createService();
		const verification = await send(serviceSid);
		const code = verificationCode(twilio.emulator, { sid: verification.sid as string })!;
		twilio.emulator.requests.length = 0;

		const { output, error } = await check(serviceSid, code);
		expect(error).toBeUndefined();
		expect(requestsOf()[0]).toMatchObject({
			method: 'POST',
			path: `/v2/Services/${serviceSid}/VerificationCheck`,
			operationId: 'CreateVerificationCheck',
			form: { Code: [code], To: ['+14155552678'] },
		});
		expect(output[0].json).toMatchObject({
			approved: true,
			status: 'approved',
			valid: true,
			sid: verification.sid,
		});

		const again = await check(serviceSid, code);
		expect(again.error?.message).toBe(
			`Twilio error 20404: The requested resource /Services/${serviceSid}/VerificationCheck was not found`,
		);
		const fetched = await run('verification', 'get', {
			serviceSid: { __rl: true, mode: 'id', value: serviceSid },
			sid: verification.sid as string,
		});
		expect((fetched.error as { httpCode?: string } | undefined)?.httpCode).toBe('404');
	});

	test('a wrong code outputs approved: false (status pending); the fifth ends the verification and a sixth check gets error 60202, not retried', async () => {
		const serviceSid = await createService();
		const verification = await send(serviceSid);
		const right = verificationCode(twilio.emulator, { sid: verification.sid as string })!;
		const wrong = right === '000000' ? '111111' : '000000';
		const statuses: unknown[] = [];
		for (let attempt = 1; attempt <= 5; attempt++) {
			const { output, error } = await check(serviceSid, wrong, {
				additionalFields: { verificationSid: verification.sid as string },
			});
			expect(error).toBeUndefined();
			statuses.push([output[0].json.approved, output[0].json.status]);
		}
		expect(statuses).toEqual([
			[false, 'pending'],
			[false, 'pending'],
			[false, 'pending'],
			[false, 'pending'],
			[false, 'max_attempts_reached'],
		]);
		twilio.emulator.requests.length = 0;
		const sixth = await check(serviceSid, right);
		expect(sixth.error?.message).toBe('Twilio error 60202: Max check attempts reached');
		// 429, yet Verify's limit lasts: one request, no retry.
		expect(twilio.emulator.requests).toHaveLength(1);
	});

	test('sending again to a number with a pending verification resends its code; a sixth send gets error 60203', async () => {
		const serviceSid = await createService();
		const first = await send(serviceSid);
		for (let attempt = 2; attempt <= 5; attempt++) {
			const again = await send(serviceSid, '+14155552678', attempt % 2 ? 'sms' : 'call');
			expect(again.sid).toBe(first.sid);
			expect(again.send_code_attempts).toHaveLength(attempt);
		}
		const { error } = await run('verification', 'send', {
			serviceSid: { __rl: true, mode: 'id', value: serviceSid },
			to: '+14155552678',
			channel: 'sms',
		});
		expect(error?.message).toBe('Twilio error 60203: Max send attempts reached');
	});

	test('Approve or Cancel, and Get; an expired verification is gone', async () => {
		const serviceSid = await createService();
		const first = await send(serviceSid, '+14155552670');
		const second = await send(serviceSid, '+14155552671');
		const service = { __rl: true, mode: 'id', value: serviceSid };
		twilio.emulator.requests.length = 0;

		const canceled = await run('verification', 'update', {
			serviceSid: service,
			sid: first.sid as string,
			status: 'canceled',
		});
		expect(canceled.output[0].json).toMatchObject({ status: 'canceled' });
		const got = await run('verification', 'get', { serviceSid: service, sid: first.sid as string });
		expect(got.output[0].json).toMatchObject({ sid: first.sid, status: 'canceled' });
		const approved = await run('verification', 'update', {
			serviceSid: service,
			sid: second.sid as string,
			status: 'approved',
		});
		expect(approved.output[0].json).toMatchObject({ status: 'approved', valid: true });
		expect(requestsOf().map(({ method, path, form }) => [method, path, form])).toEqual([
			[
				'POST',
				`/v2/Services/${serviceSid}/Verifications/${String(first.sid)}`,
				{ Status: ['canceled'] },
			],
			['GET', `/v2/Services/${serviceSid}/Verifications/${String(first.sid)}`, {}],
			[
				'POST',
				`/v2/Services/${serviceSid}/Verifications/${String(second.sid)}`,
				{ Status: ['approved'] },
			],
		]);

		const third = await send(serviceSid, '+14155552673');
		expireVerification(twilio.emulator, third.sid as string);
		const expired = await check(
			serviceSid,
			verificationCode(twilio.emulator, { sid: third.sid as string })!,
			{ to: '+14155552673' },
		);
		expect((expired.error as { httpCode?: string } | undefined)?.httpCode).toBe('404');
	});

	test('a check that may have reached Twilio is never repeated: each one counts against the 5', async () => {
		const serviceSid = await createService();
		await send(serviceSid);
		twilio.emulator.requests.length = 0;
		twilio.emulator.faults.enqueue({ kind: 'server-error' });
		const { error } = await check(serviceSid, '123456', {
			options: { maxRetries: 3, retryDelay: 0 },
		});
		expect(error?.message).toMatch(
			/Twilio may have processed the request, so it was not repeated$/,
		);
		expect(twilio.emulator.requests).toHaveLength(1);
	});

	test('an Approve whose answer was lost is never reported as a plain "not found": Twilio deleted the approved verification', async () => {
		const serviceSid = await createService();
		const pending = await send(serviceSid);
		twilio.emulator.requests.length = 0;
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const { error, output } = await run(
			'verification',
			'update',
			{
				serviceSid: { __rl: true, mode: 'id', value: serviceSid },
				sid: pending.sid as string,
				status: 'approved',
				options: { maxRetries: 3, retryDelay: 0 },
			},
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		// The first try approved it; the retry finds it gone (404) and says the change may have been
		// made.
		expect(twilio.emulator.requests.map((request) => request.status ?? request.fault)).toEqual([
			'drop-after',
			404,
		]);
		expect(output[0].json).toMatchObject({ code: 20404, mayHaveBeenProcessed: true });
		expect(output[0].json.error).toMatch(
			/may have made the change, after which the record is gone, so this may have worked$/,
		);
		expect(output[0].json.description).toMatch(/a verification once approved/);
	});

	test('a send that may have reached Twilio is never repeated', async () => {
		const serviceSid = await createService();
		twilio.emulator.requests.length = 0;
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const { error } = await run('verification', 'send', {
			serviceSid: { __rl: true, mode: 'id', value: serviceSid },
			to: '+14155552678',
			channel: 'sms',
			options: { maxRetries: 3, retryDelay: 0 },
		});
		expect(error?.message).toMatch(/so it was not repeated$/);
		expect(twilio.emulator.requests).toHaveLength(1);
	});

	test.each([
		[
			'an email to the SMS channel',
			{ to: 'ana@example.com', channel: 'sms' },
			/^To must be a phone number in E.164 format/,
		],
		[
			'a number to the email channel',
			{ to: '+14155552678', channel: 'email' },
			/^To must be an email address for the email channel/,
		],
		[
			'a service SID of another kind',
			{ to: '+14155552678', channel: 'sms', serviceSid: 'MG0123456789abcdef0123456789abcdef' },
			/^Verify Service SID/,
		],
	])('Send refuses %s before sending anything', async (_, parameters, message) => {
		const { error } = await run('verification', 'send', {
			serviceSid: { __rl: true, mode: 'id', value: 'VA0123456789abcdef0123456789abcdef' },
			...parameters,
		});
		expect(error?.message).toMatch(message);
		expect(twilio.emulator.requests).toHaveLength(0);
	});

	test('Check Code needs To or Verification SID', async () => {
		const { error } = await run('verification', 'check', {
			serviceSid: { __rl: true, mode: 'id', value: 'VA0123456789abcdef0123456789abcdef' },
			code: '123456',
		});
		expect(error?.message).toBe('Give To or Verification SID (Additional Fields) [item 0]');
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Silent Network Auth and the Auto channel', () => {
	/**
	 * What the user's phone does with sna.url: opens it over mobile data; the carrier answers in a
	 * query string.
	 */
	const openOnPhone = async (url: string) => {
		const answer = await fetch(url);
		return new URLSearchParams(await answer.text());
	};

	test('Send offers every channel the spec lists, SNA and Auto included', () => {
		const channel = catalog()
			.find((resource) => resource.value === 'verification')!
			.operations.find((operation) => operation.value === 'send')!
			.fields!.find((field) => field.twilioName === 'Channel')!;
		const offered = (channel.property.options as Array<{ value: string }>)
			.map((option) => option.value)
			.sort();
		// "One of: `email`, `sms`, `whatsapp`, `call`, `sna` or `auto`" (CreateVerification's Channel).
		expect(offered).toEqual(['auto', 'call', 'email', 'sms', 'sna', 'whatsapp']);
	});

	test('an SNA verification has no code: a check without one stays pending until the phone opens sna.url, then approves', async () => {
		const serviceSid = await createService();
		const started = await send(serviceSid, '+14155552678', 'sna');
		const { url } = started.sna as { url: string };
		expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

		const early = await run('verification', 'check', {
			serviceSid: { __rl: true, mode: 'id', value: serviceSid },
			to: '+14155552678',
		});
		expect(early.error).toBeUndefined();
		expect(early.output[0].json).toMatchObject({
			approved: false,
			status: 'pending',
			channel: 'sna',
			sna_attempts_error_codes: [],
		});
		expect(twilio.emulator.requests.at(-1)?.form).toEqual({ To: ['+14155552678'] });

		expect((await openOnPhone(url)).get('ErrorCode')).toBe('0');
		const late = await run('verification', 'check', {
			serviceSid: { __rl: true, mode: 'id', value: serviceSid },
			to: '+14155552678',
		});
		expect(late.output[0].json).toMatchObject({ approved: true, status: 'approved' });
	});

	test('with Enable SNA Client Token, the check must carry the token the phone was given', async () => {
		const serviceSid = await createService();
		const { output } = await run('verification', 'send', {
			serviceSid: { __rl: true, mode: 'id', value: serviceSid },
			to: '+14155552679',
			channel: 'sna',
			additionalFields: { enableSnaClientToken: true },
		});
		const token = (await openOnPhone((output[0].json.sna as { url: string }).url)).get(
			'SnaClientToken',
		)!;
		const service = { __rl: true, mode: 'id', value: serviceSid };
		const without = await run('verification', 'check', { serviceSid: service, to: '+14155552679' });
		expect(without.output[0].json).toMatchObject({ approved: false });
		const withToken = await run('verification', 'check', {
			serviceSid: service,
			to: '+14155552679',
			additionalFields: { snaClientToken: token },
		});
		expect(withToken.output[0].json).toMatchObject({ approved: true });
	});

	test("Auto starts SNA when Twilio can judge the device's network (Device IP), else sends an SMS code", async () => {
		const serviceSid = await createService();
		const service = { __rl: true, mode: 'id', value: serviceSid };
		const bySna = await run('verification', 'send', {
			serviceSid: service,
			to: '+14155552680',
			channel: 'auto',
			additionalFields: { deviceIp: '203.0.113.7' },
		});
		expect(bySna.output[0].json).toMatchObject({
			channel: 'sna',
			sna: { url: expect.any(String) },
		});
		const bySms = await run('verification', 'send', {
			serviceSid: service,
			to: '+14155552681',
			channel: 'auto',
		});
		expect(bySms.output[0].json).toMatchObject({ channel: 'sms', sna: null });
		const code = verificationCode(twilio.emulator, { to: '+14155552681' })!;
		const checked = await run('verification', 'check', {
			serviceSid: service,
			to: '+14155552681',
			code,
		});
		expect(checked.output[0].json).toMatchObject({
			approved: true,
			sna_attempts_error_codes: null,
		});
	});

	test("a check without a code of a verification that has one is Twilio's error 60200, with its link", async () => {
		const serviceSid = await createService();
		await send(serviceSid, '+14155552682', 'sms');
		const { error } = await run('verification', 'check', {
			serviceSid: { __rl: true, mode: 'id', value: serviceSid },
			to: '+14155552682',
		});
		expect(error?.message).toBe('Twilio error 60200: Invalid parameter `Code`');
		expect(error?.description).toContain(
			'More information: https://www.twilio.com/docs/errors/60200',
		);
	});
});
