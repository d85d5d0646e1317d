import {
	NodeConnectionTypes,
	NodeHelpers,
	type IDataObject,
	type IExecuteFunctions,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { catalog } from '../../../nodes/TwilioConnector/resources';
import { TwilioConnector } from '../../../nodes/TwilioConnector/TwilioConnector.node';
import { PACKAGE_NAME, runWorkflow } from '../../helpers/n8n';
import { useTwilio } from '../../helpers/twilio';

const resources = catalog();

const twilio = useTwilio();

/** What an agent sees of a tool: LangChain's structured tool, as n8n-core builds it. */
interface AgentTool {
	name: string;
	description: string;
	schema: { shape: Record<string, unknown> };
	invoke(args: IDataObject): Promise<string>;
}

/**
 * The node as n8n offers it to AI agents: a `…Tool` type whose only output is a tool connection.
 * n8n derives it from any node with `usableAsTool`; n8n-core then wraps it as a LangChain tool.
 */
function asToolType(node: INodeType): INodeType {
	const { usableAsTool, ...description } = node.description;
	expect(usableAsTool).toBe(true);
	const toolDescription: INodeTypeDescription = {
		...description,
		name: `${description.name}Tool`,
		displayName: `${description.displayName} Tool`,
		inputs: [],
		outputs: [NodeConnectionTypes.AiTool],
	};
	return Object.assign(Object.create(node) as INodeType, { description: toolDescription });
}

/** An agent that calls its one tool with each input item's `args`, and outputs what the tool answered. */
class CallingAgent implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Calling Agent',
		name: 'callingAgent',
		group: ['transform'],
		version: 1,
		description: 'Calls its tool with the arguments of each item',
		defaults: { name: 'Agent' },
		inputs: [NodeConnectionTypes.Main, { type: NodeConnectionTypes.AiTool, displayName: 'Tools', required: true }],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const [tool] = (await this.getInputConnectionData(NodeConnectionTypes.AiTool, 0)) as AgentTool[];
		const output: INodeExecutionData[] = [];
		for (const [index, item] of this.getInputData().entries()) {
			const seen = { name: tool.name, description: tool.description, arguments: Object.keys(tool.schema.shape) };
			try {
				output.push({ json: { ...seen, answer: JSON.parse(await tool.invoke(item.json.args as IDataObject)) }, pairedItem: index });
			} catch (error) {
				output.push({ json: { ...seen, error: (error as Error).message }, pairedItem: index });
			}
		}
		return [output];
	}
}

const TOOL_TYPE = `${PACKAGE_NAME}.twilioConnectorTool`;

/** An agent with the node as its tool, set to Message → Send with To and Body filled by the agent. */
async function agentSends(args: IDataObject[]) {
	const agent: INode = { id: 'a1', name: 'Agent', type: 'test.callingAgent', typeVersion: 1, position: [0, 0], parameters: {} };
	const tool: INode = {
		id: 't1',
		name: 'Send SMS',
		type: TOOL_TYPE,
		typeVersion: 1,
		position: [0, 200],
		parameters: {
			resource: 'message',
			operation: 'send',
			from: { __rl: true, mode: 'list', value: '+15005550006' },
			to: "={{ $fromAI('to', 'The recipient in E.164 format, e.g. +14155551234', 'string') }}",
			body: "={{ $fromAI('body', 'The text of the message', 'string') }}",
		},
		credentials: { twilioConnectorApi: { id: '1', name: 'Twilio (test)' } },
	};
	const run = await runWorkflow({
		nodes: [agent, tool],
		connections: { 'Send SMS': { [NodeConnectionTypes.AiTool]: [[{ node: 'Agent', type: NodeConnectionTypes.AiTool, index: 0 }]] } },
		start: agent,
		items: args.map((entry) => ({ args: entry })),
		credentials: twilio.credentials,
		moreNodeTypes: { 'test.callingAgent': new CallingAgent(), [TOOL_TYPE]: asToolType(new TwilioConnector()) },
	});
	expect(run.data.resultData.error).toBeUndefined();
	return run.data.resultData.runData.Agent[0].data!.main[0]!.map((item) => item.json);
}

describe('as an AI agent tool (n8n-core\'s tool wrapper)', () => {
	test('an agent sends a message with the arguments it chose, and reads the message Twilio created', async () => {
		const [seen] = await agentSends([{ to: '+14155551234', body: 'Your table is ready' }]);
		expect(seen).toMatchObject({
			name: 'Send_SMS',
			description: 'Send a message in Twilio Connector',
			arguments: ['to', 'body'],
		});
		const [request] = twilio.emulator.requests;
		expect(request.method).toBe('POST');
		expect(request.path).toBe(twilio.accountPath('/Messages.json'));
		expect(request.form).toEqual({ From: ['+15005550006'], To: ['+14155551234'], Body: ['Your table is ready'] });
		const [message] = twilio.emulator.records(twilio.accountPath('/Messages'));
		expect(seen.answer).toEqual([expect.objectContaining({ sid: message.sid, to: '+14155551234', status: 'queued' })]);
	});

	test("Twilio's refusal reaches the agent with Twilio's code and message, and no secret", async () => {
		const [seen] = await agentSends([{ to: '+1555', body: 'Hi' }]);
		expect(seen.answer).toBeUndefined();
		expect(seen.error).toMatch(/21211/);
		expect(seen.error).toContain("The 'To' number +1555 is not a valid phone number");
		expect(seen.error).not.toContain(twilio.emulator.account.authToken);
	});

	test('an argument the node cannot send is refused before anything is sent, naming the field', async () => {
		const [seen] = await agentSends([{ to: '+14155551234', body: 'x'.repeat(1601) }]);
		expect(seen.error).toMatch(/^Body is longer than 1600 characters \(item 0\)/);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('what an agent chooses from', () => {
	const node = new TwilioConnector();
	const operations = resources.flatMap((resource) => resource.operations.map((operation) => ({ resource, operation })));

	test.each(operations.map(({ resource, operation }) => [`${resource.name} → ${operation.name}`, resource.value, operation]))(
		'%s has an action of its own, which n8n makes the tool description',
		(_, resource, operation) => {
			const description = NodeHelpers.getToolDescriptionForNode(
				{ parameters: { resource, operation: operation.value } } as unknown as INode,
				node,
			);
			expect(description).toBe(`${operation.action}${operation.retired ? ' no longer available' : ''} in Twilio Connector`);
			expect(operation.action).toMatch(/^[A-Z][a-z]+ [a-z]/);
			expect(operation.action).not.toMatch(/\.$/);
			expect(operation.description.length).toBeGreaterThan(operation.action.length);
		},
	);

	test('no two operations share an action', () => {
		const actions = operations.map(({ operation }) => operation.action.toLowerCase());
		expect(new Set(actions).size).toBe(actions.length);
	});
});
