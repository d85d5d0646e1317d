import { PRODUCTS } from '../../nodes/Twilio/products/registry';
import {
	EMULATOR_CREDENTIAL,
	PACKAGE_NAME,
	TRIGGER_TYPE,
	type ExampleWorkflow,
	type WorkflowNode,
} from './examples';

/** A node of a workflow the tests and the benchmark import into n8n. */
interface NodeExport extends WorkflowNode {
	id: string;
	typeVersion: number;
	position: number[];
}

/** What a builder needs: the rest has defaults. */
type NodeSpec = Pick<NodeExport, 'id' | 'name' | 'parameters'> & Partial<NodeExport>;

/** The emulator's credential, as the package's nodes reference it. */
const credentials = { twilioConnectorApi: EMULATOR_CREDENTIAL };

/**
 * The package's action node that offers a resource: Twilio Connector, or a product's node (Twilio
 * Verify…).
 */
function actionNodeType(resource: unknown): string {
	const offering = PRODUCTS.find((product) =>
		product.resources.some((declare) => declare().value === resource),
	);
	return `${PACKAGE_NAME}.${offering?.node.name ?? 'twilioConnector'}`;
}

/**
 * An action node of the package, of the type that offers its resource, with the emulator's
 * credential.
 */
export const actionNode = (node: NodeSpec): NodeExport => ({
	type: actionNodeType(node.parameters.resource),
	typeVersion: 1,
	position: [240, 0],
	credentials,
	...node,
});

/** A Twilio Connector Trigger node with the emulator's credential. */
export const triggerNode = (node: NodeSpec & { webhookId: string }): NodeExport => ({
	type: TRIGGER_TYPE,
	typeVersion: 1,
	position: [0, 0],
	credentials,
	...node,
});

/** A Twilio Event Streams Trigger node with the emulator's credential. */
export const eventStreamsTriggerNode = (node: NodeSpec & { webhookId: string }): NodeExport => ({
	type: `${PACKAGE_NAME}.twilioEventStreamsTrigger`,
	typeVersion: 1,
	position: [0, 0],
	credentials,
	...node,
});

/** A Twilio Polling Trigger node with the emulator's credential, polling every minute. */
const pollingTriggerNode = (node: NodeSpec): NodeExport => ({
	type: `${PACKAGE_NAME}.twilioPollingTrigger`,
	typeVersion: 1,
	position: [0, 0],
	credentials,
	...node,
	parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...node.parameters },
});

/** n8n's own Webhook node. */
export const webhookNode = (node: NodeSpec & { webhookId: string }): NodeExport => ({
	type: 'n8n-nodes-base.webhook',
	typeVersion: 2,
	position: [0, 0],
	...node,
});

/** A connection from a node's main output to `node`'s input. */
export const mainTo = (node: string) => ({ main: [[{ node, type: 'main', index: 0 }]] });

/**
 * The polling trigger (every minute) → Message: Send `New recording RE…` from `from` to `to`, for
 * each new recording.
 */
export const recordingReports = (id: string, from: string, to: string): ExampleWorkflow => ({
	id,
	name: 'Each new recording, reported',
	nodes: [
		pollingTriggerNode({
			id: 'poll-trigger',
			name: 'New Recording',
			parameters: { event: 'newRecording' },
		}),
		actionNode({
			id: 'poll-report',
			name: 'Report',
			parameters: {
				resource: 'message',
				operation: 'send',
				from,
				to,
				body: '=New recording {{ $json.sid }}',
				additionalFields: {},
			},
		}),
	],
	connections: { 'New Recording': mainTo('Report') },
	settings: { executionOrder: 'v1' },
	active: false,
});
