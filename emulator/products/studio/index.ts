import { json } from '../../answer';
import { TwilioError } from '../../errors';
import { cloudEvent, publishEvents } from '../../eventStreams';
import { iso } from '../../engine/paging';
import type { GenericContext, ProductBehaviours } from '../../engine/types';
import { newSid } from '../../random';
import type { RecordStore } from '../../store';
import type { EmulatedAccount, HandlerContext, TwilioRecord } from '../../types';

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

/** Where the flows are in the emulator's store (below the product's name). */
const FLOWS = '/studio/v2/Flows';
const HOST = 'https://studio.twilio.com';
const executionsOf = (flowSid: string) => `${FLOWS}/${flowSid}/Executions`;
const stepsOf = (flowSid: string, executionSid: string) =>
	`${executionsOf(flowSid)}/${executionSid}/Steps`;
/** Each execution's context, kept beside it. */
const CONTEXTS = '/__emulator/studio/contexts';

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

function start(context: GenericContext): TwilioRecord {
	const flowSid = context.path.FlowSid;
	const found = context.store.get(FLOWS, flowSid)!;
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
	const url = `${context.host}/v2/Flows/${flowSid}/Executions/${sid}`;
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
	context.collection.add(record);
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
	const stepUrl = `${url}/Steps/${stepSid}`;
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

/**
 * Executions of a status, created from DateCreatedFrom (inclusive) to DateCreatedTo (exclusive).
 */
function createdInRange(record: TwilioRecord, context: HandlerContext): boolean {
	const status = context.params.get('status');
	if (status !== undefined && record.status !== status) return false;
	const created = Date.parse(String(record.date_created));
	const from = context.params.get('DateCreatedFrom');
	const to = context.params.get('DateCreatedTo');
	if (from !== undefined && created < Date.parse(from)) return false;
	return to === undefined || created < Date.parse(to);
}

/**
 * What Studio refuses in a definition (Studio: Flow Definition): an object whose `states` hold the
 * one `initial_state`, which is the Trigger widget. Twilio checks much more (each widget's
 * properties and transitions); what it finds is a 400 with the errors.
 */
function definitionErrors(definition: unknown): string[] {
	if (definition === null || typeof definition !== 'object' || Array.isArray(definition))
		return ['Definition must be a JSON object'];
	const { states, initial_state: initial } = definition as {
		states?: FlowState[];
		initial_state?: string;
	};
	if (!Array.isArray(states) || states.length === 0) return ['Definition has no states'];
	const first = states.find((state) => state.name === initial);
	if (!first) return [`initial_state "${String(initial)}" is not one of the states`];
	return first.type === 'trigger' ? [] : ['initial_state must be the Trigger widget'];
}

/** The Definition a request gives, parsed (a JSON body's object, or a form's JSON text). */
function definitionOf(context: GenericContext): unknown {
	const given = context.json?.Definition ?? context.params.get('Definition');
	if (typeof given !== 'string') return given;
	try {
		return JSON.parse(given);
	} catch {
		return given;
	}
}

function checkDefinition(context: GenericContext): void {
	if (context.json?.Definition === undefined && !context.params.has('Definition')) return;
	const errors = definitionErrors(definitionOf(context));
	if (errors.length) throw new TwilioError(400, 20001, `Invalid Flow definition: ${errors[0]}`);
}

/**
 * A flow's revisions (Studio: Flow Revision resource): each create or update of a flow is a new
 * revision, numbered from 1, kept with its definition, status and commit message.
 */
function keepRevision(flow: TwilioRecord, context: GenericContext): void {
	const revision =
		context.operation.operationId === 'CreateFlow' ? 1 : Number(flow.revision ?? 0) + 1;
	flow.revision = revision;
	flow.valid = true;
	flow.errors = [];
	flow.warnings = [];
	const revisions = `${FLOWS}/${String(flow.sid)}/Revisions`;
	context.store.add(
		revisions,
		{ ...flow, url: `${String(flow.url)}/Revisions/${revision}`, links: undefined },
		String(revision),
	);
}

/**
 * A flow's test users (Studio: Flow Test User resource): one list per flow, which an update
 * replaces; none until one is set.
 */
function testUsers(context: GenericContext, replaced?: string[]): TwilioRecord {
	const flowSid = context.path.Sid;
	if (!context.store.get(FLOWS, flowSid))
		throw new TwilioError(404, 20404, `The requested resource ${context.apiPath} was not found`);
	const where = `${FLOWS}/${flowSid}/TestUsers`;
	const record = context.store.get(where, flowSid) ?? {
		sid: flowSid,
		test_users: [],
		url: `${HOST}/v2/Flows/${flowSid}/TestUsers`,
	};
	if (replaced) {
		record.test_users = replaced;
		context.store.remove(where, flowSid);
		context.store.add(where, record, flowSid);
	}
	return record;
}

/** Event Streams' event of an ended execution (Studio.FlowExecutionEvent, its event page). */
function executionEnded(context: HandlerContext, execution: TwilioRecord): void {
	publishEvents(context.store, context.principal, [
		cloudEvent(
			'com.twilio.studio.flow.execution.ended',
			'Studio.FlowExecutionEvent/2',
			`/v2/Flows/${String(execution.flow_sid)}/Executions/${String(execution.sid)}`,
			{
				execution_sid: execution.sid,
				account_sid: execution.account_sid,
				flow_sid: execution.flow_sid,
				contact_channel_address: execution.contact_channel_address,
				status: 'ended',
				ended_reason: 'FLOW_END',
				date_created: execution.date_created,
				date_updated: iso(context.now),
				flow_revision: execution.flow_version,
			},
			context.now,
		),
	]);
}

/**
 * An execution's own operations (an update is generic: `ended` is the one status the description
 * lets a request give); flows' creates and updates check the definition and keep each revision;
 * test users and an execution's steps are the generic emulation's.
 */
export const studio: ProductBehaviours = {
	behaviours: {
		CreateFlow: { check: checkDefinition, apply: keepRevision },
		UpdateFlow: { check: checkDefinition, apply: keepRevision },
		// Checks as Create would, and creates nothing (Studio: Flow Validate resource).
		UpdateFlowValidate: {
			check: checkDefinition,
			handle: () => json(200, { valid: true }),
		},
		// LatestRevision and LatestPublished name a revision by what it is (FetchFlowRevision).
		FetchFlowRevision: {
			address(context) {
				const wanted = context.path.Revision;
				if (!/^Latest(Revision|Published)$/.test(wanted)) return context;
				const all = context.store.list(`${FLOWS}/${context.path.Sid}/Revisions`);
				const chosen = all
					.filter((revision) => wanted === 'LatestRevision' || revision.status === 'published')
					.at(-1);
				return chosen
					? { ...context, path: { ...context.path, Revision: String(chosen.revision) } }
					: context;
			},
		},
		FetchTestUser: { handle: (context) => json(200, testUsers(context)) },
		UpdateTestUser: {
			handle: (context) => json(200, testUsers(context, context.params.getAll('TestUsers'))),
		},
		CreateExecution: {
			handle: (context) => {
				const execution = start(context);
				if (execution.status === 'ended') executionEnded(context, execution);
				return json(201, execution);
			},
		},
		// Ending an execution publishes its event (Event Streams: Studio flow execution ended).
		UpdateExecution: {
			apply(record, context) {
				if (context.params.get('Status') === 'ended') executionEnded(context, record);
			},
		},
		ListExecution: { matches: createdInRange },
		DeleteExecution: {
			deleting(record, context) {
				const flowSid = context.path.FlowSid;
				context.store.remove(CONTEXTS, String(record.sid));
				const steps = stepsOf(flowSid, String(record.sid));
				for (const step of [...context.store.list(steps)]) context.store.removeRecord(steps, step);
			},
		},
		FetchExecutionContext: {
			handle(context) {
				const { FlowSid: flowSid, ExecutionSid: sid } = context.path;
				const record = context.store.get(executionsOf(flowSid), sid);
				if (!record)
					throw new TwilioError(
						404,
						20404,
						`The requested resource ${context.apiPath} was not found`,
					);
				return json(200, {
					account_sid: record.account_sid,
					context: context.store.get(CONTEXTS, sid)?.context ?? {},
					flow_sid: record.flow_sid,
					execution_sid: record.sid,
					url: `${String(record.url)}/Context`,
				});
			},
		},
	},
	// Newest first (Studio: Execution resource, Read).
	collections: { '/v2/Flows/{FlowSid}/Executions': { order: 'newest-first' } },
};

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
	const url = `${HOST}/v2/Flows/${sid}`;
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
