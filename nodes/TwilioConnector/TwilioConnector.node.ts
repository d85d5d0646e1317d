import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { nodeHints, nodeProperties } from './description';
import { executeOperations } from './engine/execute';
import { listSearch } from './methods/listSearch';
import { catalog } from './resources';

export class TwilioConnector implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twilio Connector',
		name: 'twilioConnector',
		icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: "Send messages, make calls and manage numbers, applications, conferences and recordings with Twilio's REST API",
		defaults: { name: 'Twilio Connector' },
		documentationUrl: 'https://www.npmjs.com/package/n8n-nodes-twilio-connector#resources-and-operations',
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twilioConnectorApi', required: true }],
		properties: nodeProperties,
		hints: nodeHints,
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return executeOperations(this, catalog());
	}
}
