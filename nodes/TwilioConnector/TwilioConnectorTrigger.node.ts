import {
	NodeConnectionTypes,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { listSearchOf } from '../Twilio/editor/listSearch';
import {
	triggerProperties,
	triggerResponseMode,
	triggerSubtitle,
} from '../Twilio/trigger/description';
import {
	connectNumberWebhook,
	disconnectNumberWebhook,
	numberWebhookExists,
} from '../Twilio/trigger/numberWebhook';
import { receiveTwilioRequest } from '../Twilio/trigger/receive';

export class TwilioConnectorTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twilio Connector Trigger',
		name: 'twilioConnectorTrigger',
		icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
		group: ['trigger'],
		// 1.1 behaves as 1. n8n reads a version-1 webhook node's body options through its expression
		// engine on every request (a Webhook node v1 legacy); from 1.1 on it does not.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: triggerSubtitle,
		// n8n's nodes panel has one entry for a node and its trigger, with the trigger's description:
		// so it describes both.
		description:
			'Send messages, make calls and manage numbers and recordings with Twilio, and start workflows on incoming messages, calls and status changes',
		defaults: { name: 'Twilio Connector Trigger' },
		documentationUrl:
			'https://www.npmjs.com/package/n8n-nodes-twilio-connector#twilio-connector-trigger',
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twilioConnectorApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				...triggerResponseMode,
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	methods = { listSearch: listSearchOf(triggerProperties) };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await numberWebhookExists(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await connectNumberWebhook(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await disconnectNumberWebhook(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveTwilioRequest(this);
	}
}
