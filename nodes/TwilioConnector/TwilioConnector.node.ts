import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { nodeHints, nodeProperties, nodeSubtitle } from './description';
import { listSearch } from '../Twilio/editor/listSearch';

export class TwilioConnector implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twilio Connector',
		name: 'twilioConnector',
		icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: nodeSubtitle,
		description:
			"Send messages, make calls and manage numbers, applications, conferences and recordings with Twilio's REST API",
		defaults: { name: 'Twilio Connector' },
		documentationUrl:
			'https://www.npmjs.com/package/n8n-nodes-twilio-connector#resources-and-operations',
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twilioConnectorApi', required: true }],
		properties: nodeProperties,
		hints: nodeHints,
	};

	methods = { listSearch };

	/**
	 * The engine and the catalog are loaded on the first run, not when n8n loads the node at start:
	 * most of an n8n instance's nodes never run in a given process.
	 */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const [{ executeOperations }, { catalog }] = await Promise.all([
			import('../Twilio/engine/execute'),
			import('../Twilio/products'),
		]);
		return executeOperations(this, catalog());
	}
}
