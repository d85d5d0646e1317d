import type { INodeParameters } from 'n8n-workflow';

import { setContentApproval } from '../../../../../emulator';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const run = (operation: string, parameters: INodeParameters = {}) =>
	twilio.run({ parameters: { resource: 'contentTemplate', operation, ...parameters } });
const sid = (value: string) => ({ __rl: true, mode: 'id', value });

async function create(friendlyName: string): Promise<string> {
	const { output, error } = await run('create', {
		language: 'en',
		types: '{"twilio/text": {"body": "Hi {{1}}, your order shipped"}}',
		additionalFields: { friendlyName, variables: '{"1": "Ana"}' },
	});
	expect(error).toBeUndefined();
	return output[0].json.sid as string;
}

describe('Content Template', () => {
	test('Create posts a JSON body to /v1/Content on Content, each value with its spec type', async () => {
		const contentSid = await create('order_shipped');
		const [request] = twilio.emulator.requests;
		expect({
			method: request.method,
			path: request.path,
			product: request.product,
			contentType: request.contentType,
		}).toEqual({
			method: 'POST',
			path: '/v1/Content',
			product: 'content',
			contentType: 'application/json',
		});
		expect(request.json).toEqual({
			language: 'en',
			types: { 'twilio/text': { body: 'Hi {{1}}, your order shipped' } },
			friendly_name: 'order_shipped',
			variables: { 1: 'Ana' },
		});
		expect(contentSid).toMatch(/^HX[0-9a-f]{32}$/);
	});

	test('Get, Get Many, Get Many With Approval Status, Get Approval Status, Submit for WhatsApp Approval, Delete', async () => {
		const first = await create('first');
		const second = await create('second');
		twilio.emulator.requests.length = 0;

		expect((await run('get', { sid: sid(first) })).output[0].json).toMatchObject({
			sid: first,
			friendly_name: 'first',
		});
		expect((await run('getMany', { returnAll: true })).output.map((item) => item.json.sid)).toEqual(
			[first, second],
		);

		const submitted = await run('submitForWhatsApp', {
			contentSid: sid(first),
			name: 'order_shipped',
			category: 'UTILITY',
		});
		expect(submitted.error).toBeUndefined();
		expect(submitted.output[0].json).toMatchObject({
			name: 'order_shipped',
			category: 'UTILITY',
			status: 'received',
			content_type: 'twilio/text',
		});
		setContentApproval(twilio.emulator, first, 'approved');

		const approval = await run('getApprovalStatus', { sid: sid(first) });
		expect(approval.output[0].json).toMatchObject({
			sid: first,
			whatsapp: { status: 'approved', name: 'order_shipped' },
		});
		const withApprovals = await run('getManyWithApprovals', { returnAll: false, limit: 10 });
		expect(
			withApprovals.output.map((item) => [
				item.json.sid,
				(item.json.approval_requests as { status: string }).status,
			]),
		).toEqual([
			[first, 'approved'],
			[second, 'unsubmitted'],
		]);

		expect((await run('delete', { sid: sid(second) })).output[0].json).toEqual({
			deleted: true,
			sid: second,
		});

		const sent = twilio.emulator.requests.map(({ method, path, query, json }) => [
			method,
			path,
			query,
			json,
		]);
		expect(sent).toEqual([
			['GET', `/v1/Content/${first}`, {}, undefined],
			['GET', '/v1/Content', { PageSize: ['1000'] }, undefined],
			[
				'POST',
				`/v1/Content/${first}/ApprovalRequests/whatsapp`,
				{},
				{ name: 'order_shipped', category: 'UTILITY' },
			],
			['GET', `/v1/Content/${first}/ApprovalRequests`, {}, undefined],
			['GET', '/v1/ContentAndApprovals', { PageSize: ['10'] }, undefined],
			['DELETE', `/v1/Content/${second}`, {}, undefined],
		]);
	});

	test.each([
		['types that are not JSON', { language: 'en', types: '{"twilio/text": ' }, /^Types /],
		[
			'a WhatsApp name with capitals',
			{ name: 'Order Shipped', category: 'UTILITY' },
			/^Name may hold only lowercase letters/,
		],
	])('refuses %s before sending anything', async (_, parameters, message) => {
		const operation = 'name' in parameters ? 'submitForWhatsApp' : 'create';
		const { error } = await run(operation, {
			contentSid: sid('HX0123456789abcdef0123456789abcdef'),
			...parameters,
		});
		expect(error?.message).toMatch(message);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Message → Send with a template', () => {
	test('Content SID picks among the templates WhatsApp approved, and Messaging Service SID among the services', async () => {
		const approved = await create('approved');
		await create('unsubmitted');
		setContentApproval(twilio.emulator, approved, 'approved');
		const { output: services } = await twilio.run({
			parameters: {
				resource: 'messagingService',
				operation: 'create',
				friendlyName: 'Notifications',
			},
		});
		const serviceSid = services[0].json.sid as string;
		twilio.emulator.requests.length = 0;

		const { error } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '',
				to: 'whatsapp:+14155552678',
				body: '',
				additionalFields: {
					contentSid: { mode: 'list', value: approved, cachedResultName: 'approved (en)' },
					contentVariables: '{"1": "Ana"}',
					messagingServiceSid: {
						mode: 'list',
						value: serviceSid,
						cachedResultName: 'Notifications',
					},
				},
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].form).toMatchObject({
			ContentSid: [approved],
			MessagingServiceSid: [serviceSid],
			ContentVariables: ['{"1":"Ana"}'],
		});
	});

	test('a saved workflow with a plain Messaging Service SID still sends it', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '',
				to: '+14155552678',
				body: 'Hi',
				additionalFields: { messagingServiceSid: 'MG0123456789abcdef0123456789abcdef' },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].form.MessagingServiceSid).toEqual([
			'MG0123456789abcdef0123456789abcdef',
		]);
	});
});

describe('Content Template → Update', () => {
	test('Update is a PUT of the template as JSON; the read after it shows the new content', async () => {
		const contentSid = await create('order_shipped');
		const types = { 'twilio/text': { body: 'Hi {{1}}, your order is on its way' } };
		const { error } = await run('update', {
			sid: sid(contentSid),
			types: JSON.stringify(types),
			additionalFields: { friendlyName: 'order_on_its_way' },
		});
		expect(error).toBeUndefined();
		const sent = twilio.emulator.requests.at(-1)!;
		expect([sent.method, sent.path, sent.json]).toEqual([
			'PUT',
			`/v1/Content/${contentSid}`,
			{ types, friendly_name: 'order_on_its_way' },
		]);
		const { output } = await run('get', { sid: sid(contentSid) });
		expect(output[0].json).toMatchObject({ friendly_name: 'order_on_its_way', types });
	});
});
