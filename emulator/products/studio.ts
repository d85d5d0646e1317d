import { json } from '../answer';
import { TwilioError } from '../errors';
import type { RecordStore } from '../store';
import type { EmulatedAccount } from '../types';
import { newSid } from '../random';
import { iso, metaPage } from './paging';
import type { ProductContext, ProductRoute, TwilioRecord } from './types';

/**
 * Studio v2 (studio.twilio.com): flows, their executions, each execution's context and steps. Flows
 * are built in the Console, not through these operations: tests put them in place with
 * `seedStudioFlow`. Starting an execution runs the flow's Trigger widget for the REST API event,
 * `incomingRequest` (Studio: Trigger widget): one step from Trigger to the widget it leads to, and
 * the execution ends at once when it leads nowhere. The contact's and the flow's addresses and the
 * Parameters are in the context as `contact.channel.address`, `flow.channel.address` and
 * `flow.data` (Studio: Execution resource, Create). To and From together may not exceed 300 bytes
 * (twilio.com/docs/errors/81023).
 */

const FLOWS = '/v2/Flows';
const HOST = 'https://studio.twilio.com';
const executionsOf = (flowSid: string) => `${FLOWS}/${flowSid}/Executions`;
const stepsOf = (flowSid: string, executionSid: string) =>
	`${executionsOf(flowSid)}/${executionSid}/Steps`;
/** Each execution's context, kept beside it. */
const CONTEXTS = '/__emulator/studio/contexts';

function flow(context: ProductContext, sid: string): TwilioRecord {
	const found = context.store.get(FLOWS, sid);
	if (!found)
		throw new TwilioError(404, 20404, `The requested resource /Flows/${sid} was not found`);
	return found;
}

function execution(context: ProductContext, sid: string): TwilioRecord {
	const flowSid = context.path.FlowSid;
	flow(context, flowSid);
	const found = context.store.get(executionsOf(flowSid), sid);
	if (!found)
		throw new TwilioError(
			404,
			20404,
			`The requested resource /Flows/${flowSid}/Executions/${sid} was not found`,
		);
	return found;
}

interface FlowState {
	name: string;
	type: string;
	transitions?: Array<{ event: string; next?: string }>;
}

/** The widget the flow's Trigger leads to for a REST API start, if any. */
function firstWidget(definition: unknown): string | undefined {
	const states = ((definition as { states?: FlowState[] } | null)?.states ?? []) as FlowState[];
	const trigger = states.find((state) => state.type === 'trigger');
	return (
		trigger?.transitions?.find((transition) => transition.event === 'incomingRequest')?.next ||
		undefined
	);
}

function start(context: ProductContext): TwilioRecord {
	const flowSid = context.path.FlowSid;
	const found = flow(context, flowSid);
	const to = context.params.get('To') ?? '';
	const from = context.params.get('From') ?? '';
	if (Buffer.byteLength(to) + Buffer.byteLength(from) > 300) {
		throw new TwilioError(
			400,
			81023,
			'Creating an Execution via REST API failed due to malformed contact parameters',
		);
	}
	let parameters: unknown = {};
	const given = context.params.get('Parameters');
	if (given !== undefined) {
		try {
			parameters = JSON.parse(given);
		} catch {
			throw new TwilioError(400, 20001, 'Parameters must be a JSON object');
		}
	}
	const sid = context.newSid('FN');
	const url = `${context.host}${executionsOf(flowSid)}/${sid}`;
	const date = iso(context.now);
	const next = firstWidget(found.definition);
	const record: TwilioRecord = {
		url,
		sid,
		account_sid: context.principal.sid,
		flow_sid: flowSid,
		context: {},
		contact_channel_address: to,
		contact_sid: context.newSid('FC'),
		flow_version: found.revision,
		status: next ? 'active' : 'ended',
		date_created: date,
		date_updated: date,
		initiated_by: context.principal.sid,
		links: { steps: `${url}/Steps`, execution_context: `${url}/Context` },
	};
	context.store.add(executionsOf(flowSid), record);
	context.store.add(CONTEXTS, {
		sid,
		context: {
			flow: { flow_sid: flowSid, channel: { address: from }, data: parameters, sid: flowSid },
			contact: { channel: { address: to } },
			trigger: { request: { parameters } },
			widgets: {},
		},
	});
	const stepSid = context.newSid('FT');
	const stepUrl = `${context.host}${stepsOf(flowSid, sid)}/${stepSid}`;
	context.store.add(stepsOf(flowSid, sid), {
		sid: stepSid,
		account_sid: context.principal.sid,
		flow_sid: flowSid,
		execution_sid: sid,
		parent_step_sid: null,
		name: 'incomingRequest',
		context: {},
		transitioned_from: 'Trigger',
		transitioned_to: next ?? 'Ended',
		type: 'trigger',
		date_created: date,
		date_updated: null,
		url: stepUrl,
		links: { step_context: `${stepUrl}/Context` },
	});
	return record;
}

function inRange(record: TwilioRecord, context: ProductContext): boolean {
	const created = Date.parse(String(record.date_created));
	const status = context.params.get('status');
	const from = context.params.get('DateCreatedFrom');
	const to = context.params.get('DateCreatedTo');
	if (status !== undefined && record.status !== status) return false;
	if (from !== undefined && created < Date.parse(from)) return false;
	return to === undefined || created < Date.parse(to);
}

export const studioRoutes: ProductRoute[] = [
	{
		method: 'GET',
		pattern: FLOWS,
		handle: (context) => json(200, metaPage('flows', context.store.list(FLOWS), context)),
	},
	{
		method: 'GET',
		pattern: `${FLOWS}/:Sid`,
		handle: (context) => json(200, flow(context, context.path.Sid)),
	},
	{
		method: 'POST',
		pattern: `${FLOWS}/:FlowSid/Executions`,
		handle: (context) => json(201, start(context)),
	},
	{
		method: 'GET',
		pattern: `${FLOWS}/:FlowSid/Executions`,
		handle(context) {
			flow(context, context.path.FlowSid);
			// Newest first.
			const records = [...context.store.list(executionsOf(context.path.FlowSid))]
				.reverse()
				.filter((record) => inRange(record, context));
			return json(200, metaPage('executions', records, context));
		},
	},
	{
		method: 'GET',
		pattern: `${FLOWS}/:FlowSid/Executions/:Sid`,
		handle: (context) => json(200, execution(context, context.path.Sid)),
	},
	{
		method: 'POST',
		pattern: `${FLOWS}/:FlowSid/Executions/:Sid`,
		handle(context) {
			const record = execution(context, context.path.Sid);
			// Ended is the one state an execution can be given; an ended one stays so.
			Object.assign(record, { status: 'ended', date_updated: iso(context.now) });
			return json(200, record);
		},
	},
	{
		method: 'DELETE',
		pattern: `${FLOWS}/:FlowSid/Executions/:Sid`,
		handle(context) {
			const record = execution(context, context.path.Sid);
			context.store.removeRecord(executionsOf(context.path.FlowSid), record);
			context.store.remove(CONTEXTS, String(record.sid));
			for (const step of [
				...context.store.list(stepsOf(context.path.FlowSid, String(record.sid))),
			]) {
				context.store.removeRecord(stepsOf(context.path.FlowSid, String(record.sid)), step);
			}
			return json(204, undefined);
		},
	},
	{
		method: 'GET',
		pattern: `${FLOWS}/:FlowSid/Executions/:ExecutionSid/Context`,
		handle(context) {
			const record = execution(context, context.path.ExecutionSid);
			return json(200, {
				account_sid: record.account_sid,
				context: context.store.get(CONTEXTS, String(record.sid))?.context ?? {},
				flow_sid: record.flow_sid,
				execution_sid: record.sid,
				url: `${String(record.url)}/Context`,
			});
		},
	},
	{
		method: 'GET',
		pattern: `${FLOWS}/:FlowSid/Executions/:ExecutionSid/Steps`,
		handle(context) {
			execution(context, context.path.ExecutionSid);
			return json(
				200,
				metaPage(
					'steps',
					context.store.list(stepsOf(context.path.FlowSid, context.path.ExecutionSid)),
					context,
				),
			);
		},
	},
	{
		method: 'GET',
		pattern: `${FLOWS}/:FlowSid/Executions/:ExecutionSid/Steps/:Sid`,
		handle(context) {
			execution(context, context.path.ExecutionSid);
			const step = context.store.get(
				stepsOf(context.path.FlowSid, context.path.ExecutionSid),
				context.path.Sid,
			);
			if (!step)
				throw new TwilioError(
					404,
					20404,
					`The requested resource ${context.apiPath} was not found`,
				);
			return json(200, step);
		},
	},
];

/**
 * A flow as the Console publishes it. By default its Trigger leads a REST API start to one Send
 * Message widget.
 */
export interface FlowSeed {
	/** The flow's SID: a new one unless given. */
	sid?: string;
	friendlyName?: string;
	status?: 'draft' | 'published';
	definition?: Record<string, unknown>;
}

const DEFAULT_DEFINITION = {
	description: 'A flow seeded by the emulator',
	initial_state: 'Trigger',
	flags: { allow_concurrent_calls: true },
	states: [
		{
			name: 'Trigger',
			type: 'trigger',
			transitions: [
				{ event: 'incomingMessage' },
				{ event: 'incomingCall' },
				{ event: 'incomingRequest', next: 'send_message_1' },
			],
			properties: {},
		},
		{
			name: 'send_message_1',
			type: 'send-message',
			transitions: [{ event: 'sent' }, { event: 'failed' }],
			properties: { body: 'Hello {{flow.data.name}}' },
		},
	],
};

/** Puts a Studio flow in place for the account, as Twilio shows it, and returns it. */
export function seedStudioFlow(
	target: { store: RecordStore; account: EmulatedAccount },
	seed: FlowSeed = {},
): TwilioRecord {
	const sid = seed.sid ?? newSid('FW');
	const url = `${HOST}${FLOWS}/${sid}`;
	const date = iso(new Date());
	const record: TwilioRecord = {
		sid,
		account_sid: target.account.sid,
		author_sid: newSid('US'),
		friendly_name: seed.friendlyName ?? 'Emulated flow',
		definition: seed.definition ?? DEFAULT_DEFINITION,
		status: seed.status ?? 'published',
		revision: 1,
		commit_message: null,
		valid: true,
		errors: [],
		warnings: [],
		date_created: date,
		date_updated: null,
		webhook_url: `https://webhooks.twilio.com/v1/Accounts/${target.account.sid}/Flows/${sid}`,
		url,
		links: {
			test_users: `${url}/TestUsers`,
			revisions: `${url}/Revisions`,
			executions: `${url}/Executions`,
		},
	};
	target.store.add(FLOWS, record);
	return record;
}
