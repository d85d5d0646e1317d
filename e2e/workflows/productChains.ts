import type { WorkflowExport } from '../../scripts/n8n/instance';
import { actionNode, mainTo } from '../../scripts/n8n/workflowNodes';

/**
 * One chain of steps per product node this package added last, each a workflow run by `n8n
 * execute`: a step reads the previous step's output, as a user's workflow would.
 */
interface Step {
	name: string;
	parameters: Record<string, unknown>;
}

function chain(id: string, name: string, steps: Step[]): WorkflowExport {
	const start = 'Start';
	const nodes = [
		{
			id: `${id}-start`,
			name: start,
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		...steps.map((step, index) =>
			actionNode({
				id: `${id}-${index}`,
				name: step.name,
				position: [220 * (index + 1), 0],
				parameters: step.parameters,
			}),
		),
	];
	const names = [start, ...steps.map((step) => step.name)];
	const connections = Object.fromEntries(
		names.slice(0, -1).map((from, index) => [from, mainTo(names[index + 1])]),
	);
	return { id, name, nodes, connections, settings: { executionOrder: 'v1' }, active: false };
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** A recording transcribed by Voice Intelligence, read until completed, then its sentences. */
export const transcriptChain = chain('twilioTranscriptChain', 'Transcribe a recording', [
	{
		name: 'Service',
		parameters: { resource: 'intelligenceService', operation: 'create', uniqueName: 'calls' },
	},
	{
		name: 'Transcript',
		parameters: {
			resource: 'transcript',
			operation: 'create',
			serviceSid: byId('={{ $json.sid }}'),
			channel: '{"media_properties": {"source_sid": "RE0123456789abcdef0123456789abcdef"}}',
		},
	},
	...['Queued', 'In Progress', 'Completed'].map((state) => ({
		name: `Get (${state})`,
		parameters: { resource: 'transcript', operation: 'get', sid: byId('={{ $json.sid }}') },
	})),
	{
		name: 'Sentences',
		parameters: {
			resource: 'sentence',
			operation: 'getMany',
			transcriptSid: byId('={{ $json.sid }}'),
			returnAll: true,
		},
	},
]);

/** A conversation with an SMS participant and a message, then its messages listed. */
/** The file the chain's message carries, uploaded to the Media Content Service beforehand. */
export const CONVERSATION_MEDIA_SID = `ME${'5'.repeat(32)}`;

export const conversationChain = chain('twilioConversationChain', 'An SMS conversation', [
	{
		name: 'Conversation',
		parameters: {
			resource: 'conversation',
			operation: 'create',
			additionalFields: { friendlyName: 'Order A-1001' },
		},
	},
	{
		name: 'Participant',
		parameters: {
			resource: 'conversationParticipant',
			operation: 'create',
			conversationSid: '={{ $json.sid }}',
			additionalFields: {
				messagingBindingAddress: '+14155552671',
				messagingBindingProxyAddress: '+15005550006',
			},
		},
	},
	{
		name: 'Message',
		parameters: {
			resource: 'conversationMessage',
			operation: 'create',
			conversationSid: '={{ $json.conversation_sid }}',
			additionalFields: { body: 'Your order has shipped', mediaSid: CONVERSATION_MEDIA_SID },
		},
	},
	{
		name: 'Message File',
		parameters: {
			resource: 'conversationMessage',
			operation: 'get',
			conversationSid: '={{ $json.conversation_sid }}',
			sid: '={{ $json.sid }}',
			additionalFields: { download: 'file' },
		},
	},
	{
		name: 'Messages',
		parameters: {
			resource: 'conversationMessage',
			operation: 'getMany',
			conversationSid: '={{ $json.conversation_sid }}',
			returnAll: true,
		},
	},
]);

/** The account's alerts, then the first of them read on its own. */
export const alertChain = chain('twilioAlertChain', 'Read the latest alert', [
	{
		name: 'Alerts',
		parameters: { resource: 'alert', operation: 'getMany', returnAll: false, limit: 1 },
	},
	{
		name: 'Alert',
		parameters: { resource: 'alert', operation: 'get', sid: byId('={{ $json.sid }}') },
	},
]);
