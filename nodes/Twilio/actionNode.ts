import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type NodeHint,
} from 'n8n-workflow';

import { listSearchOf } from './editor/listSearch';

/** What a node's `description.ts` gives: built from its catalog, written into dist as data. */
export interface BuiltDescription {
	nodeProperties: INodeProperties[];
	nodeHints: NodeHint[];
	nodeSubtitle: string;
}

/** What differs between the package's action nodes: their names and what they do. */
interface ActionNodeText {
	/** The node's name in n8n, as the registry gives it: `twilioVerify`. */
	name: string;
	displayName: string;
	/** What the node does, in the nodes panel. */
	description: string;
	/** The README section that documents it. */
	documentation: string;
}

const README = 'https://www.npmjs.com/package/n8n-nodes-twilio-connector';

/**
 * An action node of the package: one product's resources (the classic API's for Twilio
 * Connector), the same credential, engine and list searches for all. The engine and the catalog are
 * loaded on the first run, not when n8n loads the node at start.
 */
export abstract class TwilioActionNode implements INodeType {
	description: INodeTypeDescription;

	methods: INodeType['methods'];

	constructor(text: ActionNodeText, built: BuiltDescription) {
		this.methods = { listSearch: listSearchOf(built.nodeProperties) };
		this.description = {
			displayName: text.displayName,
			name: text.name,
			icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
			group: ['transform'],
			version: 1,
			subtitle: built.nodeSubtitle,
			description: text.description,
			defaults: { name: text.displayName },
			documentationUrl: `${README}#${text.documentation}`,
			usableAsTool: true,
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'twilioConnectorApi', required: true }],
			properties: built.nodeProperties,
			hints: built.nodeHints,
		};
	}

	/**
	 * Runs as n8n runs every node: with the execution as `this`; which node it is comes from its
	 * type, `n8n-nodes-twilio-connector.twilioVerify`, or `…twilioVerifyTool` for n8n's AI-tool
	 * variant of it.
	 */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const [{ executeOperations }, { catalog }] = await Promise.all([
			import('./engine/execute'),
			import('./products'),
		]);
		const name = this.getNode().type.split('.').pop()!.replace(/Tool$/, '');
		return await executeOperations(this, catalog(name));
	}
}
