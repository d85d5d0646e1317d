import {
	NodeConnectionTypes,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { receiveCloudEvents } from '../Twilio/trigger/cloudEvents';
import {
	createEventStream,
	deleteEventStream,
	eventStreamExists,
	eventTypeOptions,
} from '../Twilio/trigger/eventStreams';

export class TwilioEventStreamsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twilio Event Streams Trigger',
		name: 'twilioEventStreamsTrigger',
		icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["eventTypes"] ?? []).length + " event types" }}',
		description:
			"Start a workflow on the account's Twilio events: message and call status, Studio, Verify, Conversations, error logs…",
		defaults: { name: 'Twilio Event Streams Trigger' },
		documentationUrl:
			'https://www.npmjs.com/package/n8n-nodes-twilio-connector#twilio-event-streams-trigger',
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twilioConnectorApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'events' }],
		properties: [
			{
				displayName:
					'On activation the trigger makes a webhook sink to this workflow\'s URL and subscribes it to the event types below; on deactivation it deletes both. Twilio signs each delivery with the account\'s Auth Token (an API key credential needs its "Auth Token (for Webhook Signatures)").',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Event Type Names or IDs',
				name: 'eventTypes',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'eventTypes' },
				required: true,
				default: [],
				description:
					'The events that start the workflow, from Twilio\'s list of event types. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Batch Events',
						name: 'batchEvents',
						type: 'boolean',
						default: true,
						description:
							'Whether Twilio may send several events in one request (one execution with an item each) rather than one request per event',
					},
					{
						displayName: 'Only Events About Number',
						name: 'phoneNumber',
						type: 'string',
						default: '',
						placeholder: '+14155552671',
						description:
							'Only events that name this number anywhere in their data (as sender, recipient, caller or contact), in E.164 form; empty for every event',
					},
				],
			},
		],
	};

	methods = { loadOptions: { eventTypes: eventTypeOptions } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await eventStreamExists(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createEventStream(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteEventStream(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveCloudEvents(this);
	}
}
