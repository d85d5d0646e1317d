import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IHookFunctions,
	type ILoadOptionsFunctions,
	type INode,
	type INodePropertyOptions,
} from 'n8n-workflow';

import { TwilioClient } from '../transport/client';
import { catalogRequest, readAll } from './catalogRequests';

/**
 * The Event Streams trigger's subscription at Twilio (Event Streams docs, "Webhook Quickstart"): a
 * webhook sink to the trigger's URL, and a subscription of that sink to the chosen event types.
 * Activation makes both; deactivation deletes both; each step through the Event Streams node's own
 * operations (Sink and Subscription → Create, Get, Delete). The SIDs are kept in the workflow's
 * static data, so that any n8n process can check and undo what another made.
 */

/** Where the trigger keeps what it made at Twilio, in the node's static data. */
const STATIC_DATA_KEY = 'eventStreams';

interface Made {
	sinkSid: string;
	subscriptionSid: string;
	/** The URL the sink delivers to: the production or the test URL. */
	destination: string;
}

type EventsResource = 'sink' | 'subscription' | 'eventType';

function destinationOf(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url)
		throw new NodeOperationError(context.getNode(), 'n8n gave no webhook URL for this node');
	return url;
}

const madeOf = (context: IHookFunctions) =>
	context.getWorkflowStaticData('node')[STATIC_DATA_KEY] as Made | undefined;

/** Twilio's answer that the record does not exist. */
const isGone = (error: unknown) => error instanceof NodeApiError && Number(error.httpCode) === 404;

/** The record, or undefined when Twilio answers that it does not exist. */
async function fetchOrNothing(
	client: TwilioClient,
	resource: EventsResource,
	sid: string,
): Promise<IDataObject | undefined> {
	return await client
		.send({ ...catalogRequest(client, resource, 'get', { Sid: sid }), itemIndex: 0 })
		.then(({ body }) => body as IDataObject)
		.catch((error: unknown) => {
			if (isGone(error)) return undefined;
			throw error;
		});
}

/** Deletes the record; one already gone is what was wanted. */
async function deleteIfThere(
	client: TwilioClient,
	resource: EventsResource,
	sid: string,
): Promise<void> {
	await client
		.send({ ...catalogRequest(client, resource, 'delete', { Sid: sid }), itemIndex: 0 })
		.catch((error: unknown) => {
			if (!isGone(error)) throw error;
		});
}

/** A sink Twilio reports as failed cannot deliver: the activation fails, saying so. */
function assertNotFailed(context: IHookFunctions, sink: IDataObject): void {
	if (sink.status !== 'failed') return;
	throw new NodeOperationError(
		context.getNode(),
		`Twilio reports the Event Streams sink ${String(sink.sid)} as failed: it cannot deliver events to ${destinationOf(context)}`,
		{
			description:
				"Twilio fails a webhook sink whose URL does not answer. Check that n8n's webhook URL is reachable from the internet (N8N_WEBHOOK_URL behind a proxy), then activate the workflow again; Twilio's Debugger says more.",
		},
	);
}

/** True when both the sink to this node's URL and its subscription are still at Twilio. */
export async function eventStreamExists(context: IHookFunctions): Promise<boolean> {
	const made = madeOf(context);
	if (!made || made.destination !== destinationOf(context)) return false;
	const client = await TwilioClient.connect(context);
	const sink = await fetchOrNothing(client, 'sink', made.sinkSid);
	if (!sink) return false;
	assertNotFailed(context, sink);
	return (await fetchOrNothing(client, 'subscription', made.subscriptionSid)) !== undefined;
}

/**
 * Sinks of the account that already deliver to this URL (left by an activation whose answer was
 * lost, or by a process that stopped), with their subscriptions: deleted first, so that no event
 * comes twice.
 */
async function removeLeftovers(
	client: TwilioClient,
	node: INode,
	destination: string,
): Promise<void> {
	const sinks = await readAll(client, node, catalogRequest(client, 'sink', 'getMany'));
	for (const sink of sinks) {
		const configuration = parsedConfiguration(sink.sink_configuration);
		if (configuration.destination !== destination) continue;
		const subscriptions = await readAll(
			client,
			node,
			catalogRequest(client, 'subscription', 'getMany'),
			new URLSearchParams({ SinkSid: String(sink.sid) }),
		);
		for (const subscription of subscriptions)
			await deleteIfThere(client, 'subscription', String(subscription.sid));
		await deleteIfThere(client, 'sink', String(sink.sid));
	}
}

const parsedConfiguration = (value: unknown): IDataObject => {
	if (value && typeof value === 'object') return value as IDataObject;
	try {
		return JSON.parse(String(value)) as IDataObject;
	} catch {
		return {};
	}
};

/**
 * Makes the sink to this node's URL and its subscription to the chosen types. A subscription
 * Twilio refuses leaves no sink behind.
 */
export async function createEventStream(context: IHookFunctions): Promise<boolean> {
	const types = context.getNodeParameter('eventTypes', []) as string[];
	if (!types.length)
		throw new NodeOperationError(context.getNode(), 'Choose at least one event type', {
			description: "Event Types says which of Twilio's events start this workflow.",
		});
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const destination = destinationOf(context);
	const client = await TwilioClient.connect(context);
	await removeLeftovers(client, context.getNode(), destination);
	// Twilio asks for no personal data in a description: the workflow's and node's IDs name it.
	const description = `n8n workflow ${context.getWorkflow().id ?? ''}, node ${context.getNode().id}`;
	const { body: sink } = await client.send({
		...catalogRequest(client, 'sink', 'create'),
		body: new URLSearchParams({
			Description: description,
			SinkType: 'webhook',
			SinkConfiguration: JSON.stringify({
				destination,
				method: 'POST',
				batch_events: options.batchEvents !== false,
			}),
		}),
		itemIndex: 0,
	});
	const sinkSid = String((sink as IDataObject).sid);
	const subscribe = async () => {
		assertNotFailed(context, sink as IDataObject);
		const form = new URLSearchParams({ Description: description, SinkSid: sinkSid });
		for (const type of types) form.append('Types', JSON.stringify({ type }));
		const { body } = await client.send({
			...catalogRequest(client, 'subscription', 'create'),
			body: form,
			itemIndex: 0,
		});
		return body as IDataObject;
	};
	const subscription = await subscribe().catch(async (error: unknown) => {
		await deleteIfThere(client, 'sink', sinkSid);
		throw error;
	});
	const made: Made = { sinkSid, subscriptionSid: String(subscription.sid), destination };
	context.getWorkflowStaticData('node')[STATIC_DATA_KEY] = made as unknown as IDataObject;
	return true;
}

/** Deletes the subscription and the sink this node made. */
export async function deleteEventStream(context: IHookFunctions): Promise<boolean> {
	const made = madeOf(context);
	if (!made) return true;
	const client = await TwilioClient.connect(context);
	await deleteIfThere(client, 'subscription', made.subscriptionSid);
	await deleteIfThere(client, 'sink', made.sinkSid);
	delete context.getWorkflowStaticData('node')[STATIC_DATA_KEY];
	return true;
}

/** Statuses of types a new subscription may not name (Event Types: status). */
const CLOSED = ['discontinued', 'restricted'];

/**
 * Twilio's event types (`GET /v1/Types`), grouped by product by their name
 * (`com.twilio.messaging.…` → Messaging), a deprecated one marked; those a subscription may no
 * longer name are left out.
 */
export async function eventTypeOptions(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const client = await TwilioClient.connect(this);
	const types = await readAll(
		client,
		this.getNode(),
		catalogRequest(client, 'eventType', 'getMany'),
	);
	return types
		.filter(({ status }) => !CLOSED.includes(String(status)))
		.map((record) => {
			const type = String(record.type);
			const what = String(record.description ?? '').replace(/^[^-]*-\s*/, '') || type;
			const deprecated = record.status === 'deprecated' ? ' (deprecated)' : '';
			return {
				name: `${groupOf(type)}: ${capitalized(what)}${deprecated}`,
				value: type,
				description: type,
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The product a type belongs to, by its name: `com.twilio.studio.flow.ended` → Studio. */
function groupOf(type: string): string {
	const product = type.split('.')[2] ?? type;
	const named: Record<string, string> = {
		accountsecurity: 'Verify',
		'error-logs': 'Error Logs',
		eventstreams: 'Event Streams',
		voice: 'Voice',
	};
	return named[product] ?? capitalized(product.replace(/-/g, ' '));
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
