import { catalog } from '../../nodes/Twilio/products';
import type { OperationDefinition } from '../../nodes/Twilio/engine/types';
import { actionNode } from '../../scripts/n8n/workflowNodes';
import type { WorkflowExport } from '../../scripts/n8n/instance';

const resources = catalog();

/**
 * One Twilio Connector node of the tour. Parameters may use expressions on the previous step's
 * item; `resource` names another resource whose operation supplies what the next step needs.
 */
export interface TourStep {
	resource?: string;
	operation: string;
	parameters?: Record<string, unknown>;
}

/** The call in progress the test seeds, found by its status. */
const LIVE_CALL: TourStep = {
	resource: 'call',
	operation: 'getMany',
	parameters: { returnAll: false, limit: 1, filters: { status: 'in-progress' } },
};

/** The Studio flow the test seeds. */
const STUDIO_FLOW: TourStep = {
	resource: 'studioFlow',
	operation: 'getMany',
	parameters: { returnAll: false, limit: 1 },
};

/** A Verify service of the tour's own, for the steps below it. */
const VERIFY_SERVICE: TourStep = {
	resource: 'verifyService',
	operation: 'create',
	parameters: { friendlyName: 'Every resource' },
};

/** A Messaging Service of the tour's own, for the steps below it. */
const MESSAGING_SERVICE: TourStep = {
	resource: 'messagingService',
	operation: 'create',
	parameters: { friendlyName: 'Every resource' },
};

/** A list of the Verify or Messaging service the previous step made. */
const underService = (name = 'serviceSid'): TourStep => ({
	operation: 'getMany',
	parameters: { [name]: '={{ $json.sid }}', returnAll: false, limit: 1 },
});

/** A user (entity) of the tour's Verify service. */
const ENTITY: TourStep = {
	resource: 'entity',
	operation: 'create',
	parameters: { serviceSid: '={{ $json.sid }}', identity: 'user-8f3c2a1b' },
};

/** A Voice Intelligence service and a transcript of a recording in it. */
const TRANSCRIPT: TourStep[] = [
	{ resource: 'intelligenceService', operation: 'create', parameters: { uniqueName: 'tour' } },
	{
		resource: 'transcript',
		operation: 'create',
		parameters: {
			serviceSid: '={{ $json.sid }}',
			channel: '{"media_properties": {"source_sid": "RE0123456789abcdef0123456789abcdef"}}',
		},
	},
];

/** A conversation of the tour's own, on the default Conversation Service. */
const CONVERSATION: TourStep = { resource: 'conversation', operation: 'create' };

/** A list of the conversation the previous step made. */
const inConversation: TourStep = {
	operation: 'getMany',
	parameters: { conversationSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
};

/** A Conversation Service of the tour's own. */
const CONVERSATION_SERVICE: TourStep = {
	resource: 'conversationService',
	operation: 'create',
	parameters: { friendlyName: 'Every resource' },
};

/** A list of what a user (entity) of the tour's Verify service has: its factors, its challenges. */
const OF_ENTITY: TourStep[] = [
	VERIFY_SERVICE,
	ENTITY,
	{
		operation: 'getMany',
		parameters: {
			serviceSid: '={{ $json.service_sid }}',
			identity: '={{ $json.identity }}',
			returnAll: false,
			limit: 1,
		},
	},
];

/**
 * Steps for resources whose operations need input: a resource's steps run in a chain, each on the
 * previous one's output. A resource without an entry here gets its first list operation (Get Many,
 * limit 1), which works for any resource whose list needs no required field; add an entry for the
 * others.
 */
const STEPS: Record<string, TourStep[]> = {
	message: [
		{
			operation: 'send',
			parameters: { from: '+14155550100', to: '+14155550101', body: 'Every resource: message' },
		},
		{ operation: 'get', parameters: { messageSid: '={{ $json.sid }}' } },
	],
	call: [
		{
			operation: 'make',
			parameters: {
				from: '+14155550100',
				to: '+14155550102',
				url: 'https://example.com/twiml/hello.xml',
			},
		},
		{
			operation: 'update',
			parameters: { callSid: '={{ $json.sid }}', updateFields: { status: 'completed' } },
		},
	],
	availablePhoneNumber: [
		{ operation: 'searchLocal', parameters: { countryCode: 'US', returnAll: false, limit: 1 } },
	],
	// Needs a conference: the test seeds one.
	participant: [
		{ resource: 'conference', operation: 'getMany', parameters: { returnAll: false, limit: 1 } },
		{
			operation: 'getMany',
			parameters: { conferenceSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	// Retired by Twilio: the node sends the documented request and explains the 404 (Continue On Fail
	// keeps it).
	sandbox: [{ operation: 'get' }],
	// The live call operations act on a call in progress: the test seeds one, as a caller would make
	// it.
	callRecording: [
		LIVE_CALL,
		{ operation: 'start', parameters: { callSid: '={{ $json.sid }}' } },
		{ operation: 'get', parameters: { callSid: '={{ $json.call_sid }}', sid: '={{ $json.sid }}' } },
	],
	callPayment: [
		LIVE_CALL,
		{
			operation: 'start',
			parameters: {
				callSid: '={{ $json.sid }}',
				idempotencyKey: 'tour-payment',
				statusCallback: 'https://example.com/payments',
			},
		},
	],
	callSiprec: [
		LIVE_CALL,
		{ operation: 'start', parameters: { callSid: '={{ $json.sid }}' } },
		{
			operation: 'stop',
			parameters: { callSid: '={{ $json.call_sid }}', sid: '={{ $json.sid }}' },
		},
	],
	callStream: [
		LIVE_CALL,
		{
			operation: 'start',
			parameters: { callSid: '={{ $json.sid }}', url: 'wss://example.com/stream' },
		},
		{
			operation: 'stop',
			parameters: { callSid: '={{ $json.call_sid }}', sid: '={{ $json.sid }}' },
		},
	],
	callTranscription: [
		LIVE_CALL,
		{ operation: 'start', parameters: { callSid: '={{ $json.sid }}' } },
		{
			operation: 'stop',
			parameters: { callSid: '={{ $json.call_sid }}', sid: '={{ $json.sid }}' },
		},
	],
	callUserDefinedMessage: [
		LIVE_CALL,
		{
			operation: 'send',
			parameters: { callSid: '={{ $json.sid }}', content: '{"greeting":"hello"}' },
		},
	],
	// A recording of the live call, then its add-on results (none: no add-on is installed).
	recordingAddOnResult: [
		LIVE_CALL,
		{ resource: 'callRecording', operation: 'start', parameters: { callSid: '={{ $json.sid }}' } },
		{
			operation: 'getMany',
			parameters: { referenceSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	// Callers join a queue through TwiML's <Enqueue>: the test seeds a queue with one.
	queueMember: [
		{ resource: 'queue', operation: 'getMany', parameters: { returnAll: false, limit: 1 } },
		{
			operation: 'getMany',
			parameters: { queueSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
		{
			operation: 'get',
			parameters: { queueSid: '={{ $json.queue_sid }}', callSid: '={{ $json.call_sid }}' },
		},
	],
	conferenceRecording: [
		{ resource: 'conference', operation: 'getMany', parameters: { returnAll: false, limit: 1 } },
		{
			operation: 'getMany',
			parameters: { conferenceSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	messageMedia: [
		{
			resource: 'message',
			operation: 'send',
			parameters: {
				from: '+14155550100',
				to: '+14155550103',
				body: 'Every resource: media',
				additionalFields: { mediaUrls: ['https://example.com/cat.jpg'] },
			},
		},
		{
			operation: 'getMany',
			parameters: { messageSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	phoneNumberAddOn: [
		{
			resource: 'incomingPhoneNumber',
			operation: 'buyByPhoneNumber',
			parameters: { phoneNumber: '+14155550107' },
		},
		{
			operation: 'getMany',
			parameters: { resourceSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	sipDomainAuth: [
		{
			resource: 'sipDomain',
			operation: 'create',
			parameters: { domainName: 'every-resource.sip.twilio.com' },
		},
		{
			operation: 'getManyCallsCredentialLists',
			parameters: { domainSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	token: [{ operation: 'create' }],
	lookup: [{ operation: 'lookUp', parameters: { phoneNumber: '+14155552671' } }],
	bulkLookup: [
		{
			operation: 'create',
			parameters: { phoneNumbers: '[{"phone_number": "+14155552671", "correlation_id": "1"}]' },
		},
	],
	lineTypeOverride: [
		{
			operation: 'create',
			parameters: {
				phoneNumber: '+14155552671',
				field: 'line_type_intelligence',
				additionalFields: { lineType: 'mobile', reason: 'Every resource' },
			},
		},
		{
			operation: 'get',
			parameters: { phoneNumber: '+14155552671', field: 'line_type_intelligence' },
		},
	],
	schema: [{ operation: 'get', parameters: { id: 'Messaging.MessageStatus' } }],
	subscribedEvent: [
		{
			resource: 'sink',
			operation: 'getMany',
			parameters: { returnAll: false, limit: 1, filters: { status: 'active' } },
		},
		{
			resource: 'subscription',
			operation: 'create',
			parameters: {
				description: 'Every resource',
				sinkSid: '={{ $json.sid }}',
				types: '[{"type": "com.twilio.messaging.message.delivered"}]',
			},
		},
		{
			operation: 'getMany',
			parameters: { subscriptionSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	rateLimit: [
		{
			operation: 'update',
			parameters: {
				field: 'line_type_intelligence',
				bucket: 'tour',
				additionalFields: { requestLimit: 10 },
			},
		},
		{ operation: 'getMany', parameters: {} },
	],
	verification: [
		{
			resource: 'verifyService',
			operation: 'create',
			parameters: { friendlyName: 'Every resource' },
		},
		{
			operation: 'send',
			parameters: { serviceSid: '={{ $json.sid }}', to: '+14155552671', channel: 'sms' },
		},
		{
			operation: 'get',
			parameters: { serviceSid: '={{ $json.service_sid }}', sid: '={{ $json.sid }}' },
		},
	],
	entity: [VERIFY_SERVICE, underService()],
	factor: OF_ENTITY,
	challenge: OF_ENTITY,
	accessToken: [
		VERIFY_SERVICE,
		{
			operation: 'create',
			parameters: { serviceSid: '={{ $json.sid }}', identity: 'user-8f3c2a1b', factorType: 'push' },
		},
	],
	serviceRateLimit: [VERIFY_SERVICE, underService()],
	rateLimitBucket: [
		VERIFY_SERVICE,
		{
			resource: 'serviceRateLimit',
			operation: 'create',
			parameters: { serviceSid: '={{ $json.sid }}', uniqueName: 'end_user_ip_address' },
		},
		{
			operation: 'getMany',
			parameters: {
				serviceSid: '={{ $json.service_sid }}',
				rateLimitSid: '={{ $json.sid }}',
				returnAll: false,
				limit: 1,
			},
		},
	],
	messagingConfiguration: [VERIFY_SERVICE, underService()],
	verifyWebhook: [VERIFY_SERVICE, underService()],
	safeListNumber: [{ operation: 'create', parameters: { phoneNumber: '+14155552671' } }],
	messagingServiceShortCode: [MESSAGING_SERVICE, underService()],
	messagingServiceAlphaSender: [MESSAGING_SERVICE, underService()],
	messagingServiceDestinationAlphaSender: [MESSAGING_SERVICE, underService()],
	messagingServiceChannelSender: [MESSAGING_SERVICE, underService('messagingServiceSid')],
	a2pCampaign: [MESSAGING_SERVICE, underService('messagingServiceSid')],
	brandVetting: [
		{
			resource: 'brandRegistration',
			operation: 'create',
			parameters: {
				customerProfileBundleSid: 'BU0123456789abcdef0123456789abcdef',
				a2PProfileBundleSid: 'BU123456789abcdef0123456789abcdef0',
			},
		},
		{
			operation: 'getMany',
			parameters: { brandSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	linkShorteningDomain: [
		{ operation: 'getConfig', parameters: { domainSid: 'DN0123456789abcdef0123456789abcdef' } },
	],
	sentence: [
		...TRANSCRIPT,
		{
			operation: 'getMany',
			parameters: { transcriptSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	operatorResult: [
		...TRANSCRIPT,
		{
			operation: 'getMany',
			parameters: { transcriptSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	operatorAttachment: [
		{ resource: 'intelligenceService', operation: 'create', parameters: { uniqueName: 'tour' } },
		{ operation: 'getAttached', parameters: { serviceSid: '={{ $json.sid }}' } },
	],
	conversationParticipant: [CONVERSATION, inConversation],
	conversationMessage: [CONVERSATION, inConversation],
	conversationWebhook: [CONVERSATION, inConversation],
	conversationMessageReceipt: [
		CONVERSATION,
		{
			resource: 'conversationMessage',
			operation: 'create',
			parameters: { conversationSid: '={{ $json.sid }}', additionalFields: { body: 'Tour' } },
		},
		{
			operation: 'getMany',
			parameters: {
				conversationSid: '={{ $json.conversation_sid }}',
				messageSid: '={{ $json.sid }}',
				returnAll: false,
				limit: 1,
			},
		},
	],
	userConversation: [
		{ resource: 'conversationUser', operation: 'create', parameters: { identity: 'tour-user' } },
		{
			operation: 'getMany',
			parameters: { userSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	pushBinding: [CONVERSATION_SERVICE, underService('chatServiceSid')],
	conversationServiceConfiguration: [
		CONVERSATION_SERVICE,
		{ operation: 'get', parameters: { chatServiceSid: '={{ $json.sid }}' } },
	],
	conversationsConfiguration: [{ operation: 'get' }],
	messagingServiceNumber: [
		{
			resource: 'messagingService',
			operation: 'create',
			parameters: { friendlyName: 'Every resource' },
		},
		{
			operation: 'getMany',
			parameters: { serviceSid: '={{ $json.sid }}', returnAll: false, limit: 1 },
		},
	],
	// Studio flows are built in the Console, not by the API: the test seeds one.
	studioExecution: [
		STUDIO_FLOW,
		{
			operation: 'start',
			parameters: { flowSid: '={{ $json.sid }}', to: '+14155552671', from: '+15005550006' },
		},
		{
			operation: 'getContext',
			parameters: { flowSid: '={{ $json.flow_sid }}', executionSid: '={{ $json.sid }}' },
		},
	],
	studioExecutionStep: [
		STUDIO_FLOW,
		{
			resource: 'studioExecution',
			operation: 'start',
			parameters: { flowSid: '={{ $json.sid }}', to: '+14155552672', from: '+15005550006' },
		},
		{
			operation: 'getMany',
			parameters: {
				flowSid: '={{ $json.flow_sid }}',
				executionSid: '={{ $json.sid }}',
				returnAll: false,
				limit: 1,
			},
		},
	],
};

export interface TourNode {
	name: string;
	/** The resource whose chain the node belongs to. */
	resource: string;
	operation: OperationDefinition;
}

export const TOUR_WORKFLOW_ID = 'twilioEveryResrc';

function stepsOf(resource: (typeof resources)[number]): TourStep[] {
	const explicit = STEPS[resource.value];
	if (explicit) return explicit;
	const list = resource.operations.find(
		(operation) =>
			operation.list && !(operation.fields ?? []).some((field) => field.property.required),
	);
	if (!list) {
		throw new Error(
			`Resource "${resource.value}" has no list operation without required fields: give it steps in STEPS`,
		);
	}
	return [{ operation: list.value, parameters: { returnAll: false, limit: 1 } }];
}

/**
 * A workflow that runs at least one operation of every resource in the node's catalog: from a
 * Manual Trigger, one chain of Twilio Connector nodes per resource. It grows with the catalog.
 */
export function everyResourceWorkflow(): { workflow: WorkflowExport; tour: TourNode[] } {
	const trigger = 'Start';
	const nodes: Array<Record<string, unknown>> = [
		{
			id: 'tour-start',
			name: trigger,
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
	];
	const connections: Record<
		string,
		{ main: Array<Array<{ node: string; type: 'main'; index: 0 }>> }
	> = {};
	const tour: TourNode[] = [];
	const link = (from: string, to: string) => {
		connections[from] ??= { main: [[]] };
		connections[from].main[0].push({ node: to, type: 'main', index: 0 });
	};

	resources.forEach((resource, row) => {
		let previous = trigger;
		stepsOf(resource).forEach((step, column) => {
			const owner = resources.find(
				(candidate) => candidate.value === (step.resource ?? resource.value),
			);
			const operation = owner?.operations.find((candidate) => candidate.value === step.operation);
			if (!owner || !operation)
				throw new Error(
					`No operation "${step.operation}" of resource "${step.resource ?? resource.value}"`,
				);
			const name = `${owner.name}: ${operation.name}${owner === resource ? '' : ` (for ${resource.name})`}`;
			nodes.push(
				actionNode({
					id: `tour-${resource.value}-${column}`,
					name,
					position: [240 * (column + 1), 160 * row],
					parameters: { resource: owner.value, operation: operation.value, ...step.parameters },
					...(operation.retired ? { onError: 'continueRegularOutput' } : {}),
				}),
			);
			link(previous, name);
			tour.push({ name, resource: resource.value, operation });
			previous = name;
		});
	});

	return {
		workflow: {
			id: TOUR_WORKFLOW_ID,
			name: 'Twilio Connector: one operation of every resource',
			nodes,
			connections,
			settings: { executionOrder: 'v1' },
			active: false,
		},
		tour,
	};
}

/** The API path of an operation as a pattern, placeholders matching any one segment. */
export function pathPattern(operation: OperationDefinition): RegExp | undefined {
	if (typeof operation.path !== 'string') return undefined;
	const escaped = operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+');
	return new RegExp(`^${escaped}$`);
}
