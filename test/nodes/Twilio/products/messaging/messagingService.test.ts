import type { INodeParameters } from 'n8n-workflow';

import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const run = (resource: string, operation: string, parameters: INodeParameters = {}) =>
	twilio.run({ parameters: { resource, operation, ...parameters } });
const id = (value: string) => ({ __rl: true, mode: 'id', value });

async function buyNumber(areaCode = 415): Promise<string> {
	const { output, error } = await run('incomingPhoneNumber', 'buyByAreaCode', {
		countryCode: { __rl: true, mode: 'code', value: 'US' },
		areaCode,
	});
	expect(error).toBeUndefined();
	return output[0].json.sid as string;
}

describe('Messaging Service', () => {
	test('Create posts every setting to /v1/Services on Messaging and outputs the service', async () => {
		const { output, error } = await run('messagingService', 'create', {
			friendlyName: 'Notifications',
			additionalFields: {
				inboundRequestUrl: 'https://example.com/inbound',
				inboundMethod: 'GET',
				fallbackUrl: 'https://example.com/fallback',
				fallbackMethod: 'POST',
				statusCallback: 'https://example.com/status',
				stickySender: false,
				mmsConverter: false,
				smartEncoding: false,
				scanMessageContent: 'enable',
				fallbackToLongCode: false,
				areaCodeGeomatch: false,
				validityPeriod: 600,
				synchronousValidation: false,
				usecase: 'notifications',
				useInboundWebhookOnNumber: true,
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect({
			method: request.method,
			path: request.path,
			product: request.product,
			operationId: request.operationId,
		}).toEqual({
			method: 'POST',
			path: '/v1/Services',
			product: 'messaging',
			operationId: 'CreateService',
		});
		expect(request.form).toEqual({
			FriendlyName: ['Notifications'],
			InboundRequestUrl: ['https://example.com/inbound'],
			InboundMethod: ['GET'],
			FallbackUrl: ['https://example.com/fallback'],
			FallbackMethod: ['POST'],
			StatusCallback: ['https://example.com/status'],
			StickySender: ['false'],
			MmsConverter: ['false'],
			SmartEncoding: ['false'],
			ScanMessageContent: ['enable'],
			FallbackToLongCode: ['false'],
			AreaCodeGeomatch: ['false'],
			ValidityPeriod: ['600'],
			SynchronousValidation: ['false'],
			Usecase: ['notifications'],
			UseInboundWebhookOnNumber: ['true'],
		});
		expect(output[0].json).toMatchObject({
			friendly_name: 'Notifications',
			usecase: 'notifications',
			validity_period: 600,
		});
	});

	test('Get, Get Many, Update, Delete', async () => {
		const created = await run('messagingService', 'create', { friendlyName: 'One' });
		const sid = created.output[0].json.sid as string;
		twilio.emulator.requests.length = 0;
		expect((await run('messagingService', 'get', { sid: id(sid) })).output[0].json).toMatchObject({
			sid,
			friendly_name: 'One',
		});
		expect(
			(await run('messagingService', 'getMany', { returnAll: true })).output.map(
				(item) => item.json.sid,
			),
		).toEqual([sid]);
		expect(
			(
				await run('messagingService', 'update', {
					sid: id(sid),
					updateFields: { friendlyName: 'Renamed' },
				})
			).output[0].json,
		).toMatchObject({ friendly_name: 'Renamed' });
		expect((await run('messagingService', 'delete', { sid: id(sid) })).output[0].json).toEqual({
			deleted: true,
			sid,
		});
		expect(twilio.emulator.requests.map(({ method, path, form }) => [method, path, form])).toEqual([
			['GET', `/v1/Services/${sid}`, {}],
			['GET', '/v1/Services', {}],
			['POST', `/v1/Services/${sid}`, { FriendlyName: ['Renamed'] }],
			['DELETE', `/v1/Services/${sid}`, {}],
		]);
	});
});

test("an Inbound Request URL added to Update Fields and left empty clears the service's (Twilio then handles no incoming messages)", async () => {
	const created = await run('messagingService', 'create', {
		friendlyName: 'One',
		additionalFields: { inboundRequestUrl: 'https://example.com/in' },
	});
	const sid = created.output[0].json.sid as string;
	expect(created.output[0].json).toMatchObject({ inbound_request_url: 'https://example.com/in' });
	twilio.emulator.requests.length = 0;
	const { output } = await run('messagingService', 'update', {
		sid: id(sid),
		updateFields: { inboundRequestUrl: '' },
	});
	expect(twilio.emulator.requests[0].form).toEqual({ InboundRequestUrl: [''] });
	expect(output[0].json.inbound_request_url).toBe('');
});

describe('Messaging Service Number', () => {
	test("Add, Get, Get Many and Remove one of the account's numbers in a service's pool", async () => {
		const numberSid = await buyNumber();
		const { output: services } = await run('messagingService', 'create', { friendlyName: 'Pool' });
		const serviceSid = services[0].json.sid as string;
		twilio.emulator.requests.length = 0;

		const added = await run('messagingServiceNumber', 'add', {
			serviceSid: id(serviceSid),
			phoneNumberSid: id(numberSid),
		});
		expect(added.error).toBeUndefined();
		expect(added.output[0].json).toMatchObject({
			sid: numberSid,
			service_sid: serviceSid,
			capabilities: ['VOICE', 'SMS', 'MMS'],
		});
		expect(
			(
				await run('messagingServiceNumber', 'get', {
					serviceSid: id(serviceSid),
					sid: id(numberSid),
				})
			).output[0].json,
		).toMatchObject({ sid: numberSid });
		expect(
			(
				await run('messagingServiceNumber', 'getMany', {
					serviceSid: id(serviceSid),
					returnAll: true,
				})
			).output.map((item) => item.json.sid),
		).toEqual([numberSid]);
		expect(
			(
				await run('messagingServiceNumber', 'remove', {
					serviceSid: id(serviceSid),
					sid: id(numberSid),
				})
			).output[0].json,
		).toEqual({ deleted: true, sid: numberSid });

		expect(
			twilio.emulator.requests.map(({ method, path, form, product }) => [
				method,
				path,
				form,
				product,
			]),
		).toEqual([
			[
				'POST',
				`/v1/Services/${serviceSid}/PhoneNumbers`,
				{ PhoneNumberSid: [numberSid] },
				'messaging',
			],
			['GET', `/v1/Services/${serviceSid}/PhoneNumbers/${numberSid}`, {}, 'messaging'],
			['GET', `/v1/Services/${serviceSid}/PhoneNumbers`, {}, 'messaging'],
			['DELETE', `/v1/Services/${serviceSid}/PhoneNumbers/${numberSid}`, {}, 'messaging'],
		]);
	});

	test("a number in another service gets Twilio's 21712, with its code and link", async () => {
		const numberSid = await buyNumber();
		const first = (await run('messagingService', 'create', { friendlyName: 'First' })).output[0]
			.json.sid as string;
		const second = (await run('messagingService', 'create', { friendlyName: 'Second' })).output[0]
			.json.sid as string;
		await run('messagingServiceNumber', 'add', {
			serviceSid: id(first),
			phoneNumberSid: id(numberSid),
		});
		const { error } = await run('messagingServiceNumber', 'add', {
			serviceSid: id(second),
			phoneNumberSid: id(numberSid),
		});
		expect(error?.message).toBe(
			'Twilio error 21712: Phone Number or Short Code is associated with another Messaging Service',
		);
		expect(error?.description).toContain('https://www.twilio.com/docs/errors/21712');
	});
});
