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

describe('Studio Flow: create, revise, validate, test users', () => {
	/** A flow whose Trigger leads a REST API start to nothing: the smallest Studio accepts. */
	const definition = {
		description: 'Reminders',
		states: [{ name: 'Trigger', type: 'trigger', transitions: [], properties: {} }],
		initial_state: 'Trigger',
		flags: { allow_concurrent_calls: true },
	};

	test('Create sends the definition as JSON text in the form and is never repeated after a lost answer; Update makes revision 2', async () => {
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const lost = await run('studioFlow', 'create', {
			friendlyName: 'Reminders',
			status: 'published',
			definition: JSON.stringify(definition),
			options: { maxRetries: 3, retryDelay: 0 },
		});
		expect(twilio.emulator.requests).toHaveLength(1);
		expect(lost.error?.message).toMatch(/may have/i);
		expect(twilio.emulator.requests[0].form).toMatchObject({
			FriendlyName: ['Reminders'],
			Status: ['published'],
			Definition: [JSON.stringify(definition)],
		});

		const created = await run('studioFlow', 'create', {
			friendlyName: 'Reminders',
			status: 'published',
			definition: JSON.stringify(definition),
		});
		expect(created.output[0].json).toMatchObject({ revision: 1, status: 'published' });
		const flowSid = id(created.output[0].json.sid as string);
		const updated = await run('studioFlow', 'update', {
			sid: flowSid,
			status: 'draft',
			updateFields: { commitMessage: 'Wording' },
		});
		expect(updated.output[0].json).toMatchObject({ revision: 2, status: 'draft' });
		const revisions = await run('studioFlow', 'getRevisions', { sid: flowSid, returnAll: true });
		expect(revisions.output.map((item) => item.json.revision)).toEqual([1, 2]);
		const published = await run('studioFlow', 'getRevision', {
			sid: flowSid,
			revision: 'LatestPublished',
		});
		expect(published.output[0].json).toMatchObject({ revision: 1, status: 'published' });
	});

	test('Validate checks a definition without creating a flow; an invalid one is Twilio’s 400', async () => {
		const valid = await run('studioFlow', 'validate', {
			friendlyName: 'Reminders',
			status: 'draft',
			definition: JSON.stringify(definition),
		});
		expect(valid.output[0].json).toEqual({ valid: true });
		const invalid = await run('studioFlow', 'validate', {
			friendlyName: 'Reminders',
			status: 'draft',
			definition: JSON.stringify({ ...definition, initial_state: 'Nowhere' }),
		});
		expect(invalid.error?.message).toMatch(/Invalid Flow definition/);
		const listed = await run('studioFlow', 'getMany', { returnAll: true });
		expect(listed.output).toHaveLength(0);
	});

	test('Set Test Users replaces the list, which Get Test Users reads', async () => {
		const flow = seedStudioFlow(twilio.emulator);
		const flowSid = id(flow.sid as string);
		const set = await run('studioFlow', 'setTestUsers', {
			sid: flowSid,
			testUsers: ['+14155552671', 'client:alice'],
		});
		expect(set.error).toBeUndefined();
		expect(twilio.emulator.requests.at(-1)!.form).toEqual({
			TestUsers: ['+14155552671', 'client:alice'],
		});
		const got = await run('studioFlow', 'getTestUsers', { sid: flowSid });
		expect(got.output[0].json).toMatchObject({
			test_users: ['+14155552671', 'client:alice'],
		});
	});
});
