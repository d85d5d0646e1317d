import type { INodeParameters } from 'n8n-workflow';

import { seedStudioFlow } from '../../../../../emulator';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const run = (resource: string, operation: string, parameters: INodeParameters = {}) =>
	twilio.run({ parameters: { resource, operation, ...parameters } });
const id = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Studio Flow', () => {
	test('Get and Get Many read the flows on Studio', async () => {
		const flow = seedStudioFlow(twilio.emulator, { friendlyName: 'Reminders' });
		const got = await run('studioFlow', 'get', { sid: id(flow.sid as string) });
		expect(got.output[0].json).toMatchObject({
			sid: flow.sid,
			friendly_name: 'Reminders',
			status: 'published',
		});
		const listed = await run('studioFlow', 'getMany', { returnAll: true });
		expect(listed.output.map((item) => item.json.sid)).toEqual([flow.sid]);
		expect(
			twilio.emulator.requests.map(({ method, path, product, operationId }) => [
				method,
				path,
				product,
				operationId,
			]),
		).toEqual([
			['GET', `/v2/Flows/${String(flow.sid)}`, 'studio', 'FetchFlow'],
			['GET', '/v2/Flows', 'studio', 'ListFlow'],
		]);
	});
});

describe('Studio Execution and its steps', () => {
	test('Start runs the flow for a contact with Parameters as JSON; Get Context shows them; Steps, End and Delete', async () => {
		const flow = seedStudioFlow(twilio.emulator);
		const flowSid = { __rl: true, mode: 'list', value: flow.sid as string };
		const started = await run('studioExecution', 'start', {
			flowSid,
			to: '+14155552678',
			from: '+15005550006',
			additionalFields: { parameters: '{"name": "Ana"}' },
		});
		expect(started.error).toBeUndefined();
		const execution = started.output[0].json;
		expect(execution).toMatchObject({
			flow_sid: flow.sid,
			contact_channel_address: '+14155552678',
			status: 'active',
		});
		const executionSid = execution.sid as string;
		expect(twilio.emulator.requests[0]).toMatchObject({
			method: 'POST',
			path: `/v2/Flows/${String(flow.sid)}/Executions`,
			product: 'studio',
			form: { To: ['+14155552678'], From: ['+15005550006'], Parameters: ['{"name":"Ana"}'] },
		});
		twilio.emulator.requests.length = 0;

		expect(
			(await run('studioExecution', 'get', { flowSid, executionSid })).output[0].json,
		).toMatchObject({ sid: executionSid, status: 'active' });
		const context = await run('studioExecution', 'getContext', { flowSid, executionSid });
		expect(context.output[0].json).toMatchObject({
			execution_sid: executionSid,
			context: {
				flow: { data: { name: 'Ana' } },
				contact: { channel: { address: '+14155552678' } },
			},
		});
		const steps = await run('studioExecutionStep', 'getMany', {
			flowSid,
			executionSid,
			returnAll: true,
		});
		expect(
			steps.output.map((item) => [item.json.transitioned_from, item.json.transitioned_to]),
		).toEqual([['Trigger', 'send_message_1']]);
		const stepSid = steps.output[0].json.sid as string;
		expect(
			(await run('studioExecutionStep', 'get', { flowSid, executionSid, sid: stepSid })).output[0]
				.json,
		).toMatchObject({ sid: stepSid, name: 'incomingRequest' });
		const listed = await run('studioExecution', 'getMany', {
			flowSid,
			returnAll: true,
			filters: { status: 'active', dateCreatedFrom: '2020-01-01T00:00:00Z' },
		});
		expect(listed.output.map((item) => item.json.sid)).toEqual([executionSid]);

		const ended = await run('studioExecution', 'end', { flowSid, executionSid, status: 'ended' });
		expect(ended.output[0].json).toMatchObject({ sid: executionSid, status: 'ended' });
		expect(
			(
				await run('studioExecution', 'getMany', {
					flowSid,
					returnAll: true,
					filters: { status: 'active' },
				})
			).output,
		).toEqual([]);
		expect(
			(await run('studioExecution', 'delete', { flowSid, executionSid })).output[0].json,
		).toEqual({ deleted: true, sid: executionSid });
		expect((await run('studioExecution', 'get', { flowSid, executionSid })).error?.message).toMatch(
			/^Twilio error 20404/,
		);

		const base = `/v2/Flows/${String(flow.sid)}/Executions`;
		expect(
			twilio.emulator.requests.map(({ method, path, query, form }) => [method, path, query, form]),
		).toEqual([
			['GET', `${base}/${executionSid}`, {}, {}],
			['GET', `${base}/${executionSid}/Context`, {}, {}],
			['GET', `${base}/${executionSid}/Steps`, { PageSize: ['1000'] }, {}],
			['GET', `${base}/${executionSid}/Steps/${stepSid}`, {}, {}],
			[
				'GET',
				base,
				{ status: ['active'], DateCreatedFrom: ['2020-01-01T00:00:00Z'], PageSize: ['1000'] },
				{},
			],
			['POST', `${base}/${executionSid}`, {}, { Status: ['ended'] }],
			['GET', base, { status: ['active'], PageSize: ['1000'] }, {}],
			['DELETE', `${base}/${executionSid}`, {}, {}],
			['GET', `${base}/${executionSid}`, {}, {}],
		]);
	});

	test('a start that may have reached Twilio is never repeated', async () => {
		const flow = seedStudioFlow(twilio.emulator);
		twilio.emulator.faults.enqueue({ kind: 'unavailable' });
		const { error } = await run('studioExecution', 'start', {
			flowSid: id(flow.sid as string),
			to: '+14155552678',
			from: '+15005550006',
			options: { maxRetries: 3, retryDelay: 0 },
		});
		expect(error?.message).toMatch(/so it was not repeated$/);
		expect(error?.description).toMatch(/look for it with Studio Execution → Get Many/);
		expect(twilio.emulator.requests).toHaveLength(1);
	});

	test('Parameters that are not a JSON object are refused before anything is sent', async () => {
		const { error } = await run('studioExecution', 'start', {
			flowSid: id('FW0123456789abcdef0123456789abcdef'),
			to: '+14155552678',
			from: '+15005550006',
			additionalFields: { parameters: '["Ana"]' },
		});
		expect(error?.message).toMatch(/^Parameters .*\[item 0\]$/);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});
