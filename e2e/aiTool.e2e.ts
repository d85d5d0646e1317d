import { TwilioEmulator } from '../emulator';
import { emulatorCredential, EMULATOR_CREDENTIAL, PACKAGE_NAME } from '../scripts/n8n/examples';
import type { N8n } from '../scripts/n8n/instance';
import { createOwner, signIn } from '../scripts/n8n/owner';
import type { ManagedProcess } from '../scripts/n8n/processes';
import { expectContractClean } from '../test/helpers/contract';
import { newN8n } from './helpers/n8n';

/**
 * The node as an AI tool, the way n8n itself makes and runs it. n8n derives a `…Tool` node type
 * from every node with `usableAsTool`; nothing of that conversion is rebuilt here. The tool node is
 * given to n8n's MCP Server Trigger, which offers its tools to any MCP client: this test is that
 * client, so n8n lists the tool, builds its arguments from the `$fromAI` expressions and runs it
 * when called, with no language model in between.
 */

const TOOL_TYPE = `${PACKAGE_NAME}.twilioConnectorTool`;
const MCP_PATH = 'twilio-connector-tools';
const FROM = '+15005550006';

const toolWorkflow = {
	id: 'twilioAsMcpTool01',
	name: 'Twilio Connector as a tool (MCP)',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: 'd1e2f3a4-0000-4000-8000-000000000001',
			name: 'MCP Server Trigger',
			type: '@n8n/n8n-nodes-langchain.mcpTrigger',
			typeVersion: 2,
			position: [0, 0],
			webhookId: 'd1e2f3a4-0000-4000-8000-0000000000aa',
			parameters: { path: MCP_PATH },
		},
		{
			id: 'd1e2f3a4-0000-4000-8000-000000000002',
			name: 'Send SMS',
			type: TOOL_TYPE,
			typeVersion: 1,
			position: [0, 200],
			parameters: {
				resource: 'message',
				operation: 'send',
				from: { __rl: true, mode: 'list', value: FROM },
				to: "={{ $fromAI('to', 'The recipient in E.164 format, e.g. +14155551234', 'string') }}",
				body: "={{ $fromAI('body', 'The text of the message', 'string') }}",
			},
			credentials: { twilioConnectorApi: EMULATOR_CREDENTIAL },
		},
	],
	connections: {
		'Send SMS': { ai_tool: [[{ node: 'MCP Server Trigger', type: 'ai_tool', index: 0 }]] },
	},
};

interface JsonRpcAnswer {
	id?: number;
	result?: Record<string, unknown>;
	error?: { code: number; message: string };
}

/**
 * A client of MCP's Streamable HTTP transport: JSON-RPC posts, answered as JSON or as server-sent
 * events.
 */
class McpClient {
	private sessionId?: string;
	private nextId = 1;

	constructor(private readonly url: string) {}

	async initialize(): Promise<JsonRpcAnswer> {
		const answer = await this.request('initialize', {
			protocolVersion: '2025-03-26',
			capabilities: {},
			clientInfo: { name: 'twilio-connector-e2e', version: '1.0.0' },
		});
		await this.post({ jsonrpc: '2.0', method: 'notifications/initialized' });
		return answer;
	}

	request(method: string, params: Record<string, unknown> = {}): Promise<JsonRpcAnswer> {
		return this.post({ jsonrpc: '2.0', id: this.nextId++, method, params });
	}

	private async post(message: Record<string, unknown>): Promise<JsonRpcAnswer> {
		const response = await fetch(this.url, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/json, text/event-stream',
				...(this.sessionId ? { 'mcp-session-id': this.sessionId } : {}),
			},
			body: JSON.stringify(message),
		});
		this.sessionId ??= response.headers.get('mcp-session-id') ?? undefined;
		const text = await response.text();
		if (!response.ok)
			throw new Error(`MCP ${String(message.method)}: HTTP ${response.status} ${text}`);
		if (!('id' in message)) return {};
		const payloads = response.headers.get('content-type')?.includes('text/event-stream')
			? text
					.split('\n')
					.filter((line) => line.startsWith('data:'))
					.map((line) => line.slice(5).trim())
			: [text];
		const answers = payloads.filter(Boolean).map((payload) => JSON.parse(payload) as JsonRpcAnswer);
		const answer = answers.find((candidate) => candidate.id === message.id);
		if (!answer) throw new Error(`MCP ${String(message.method)}: no answer in ${text}`);
		return answer;
	}
}

interface ToolResult {
	isError?: boolean;
	content: Array<{ type: string; text: string }>;
}

describe('the node as an AI tool, derived and run by n8n (MCP Server Trigger)', () => {
	let emulator: TwilioEmulator;
	let n8n: N8n;
	let server: ManagedProcess | undefined;
	let mcp: McpClient;
	let get: (path: string) => Promise<unknown>;

	const callTool = async (args: Record<string, unknown>) => {
		const answer = await mcp.request('tools/call', { name: 'Send_SMS', arguments: args });
		expect(answer.error).toBeUndefined();
		return answer.result as unknown as ToolResult;
	};
	const sent = () => emulator.requests.filter((request) => request.method === 'POST');

	beforeAll(async () => {
		emulator = await TwilioEmulator.start();
		n8n = await newN8n();
		await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
		await n8n.importWorkflows([toolWorkflow]);
		await n8n.publish(toolWorkflow.id);
		server = await n8n.start();
		await createOwner(n8n.localUrl);
		get = await signIn(n8n.localUrl);
		mcp = new McpClient(`${n8n.localUrl}/mcp/${MCP_PATH}`);
		// A published workflow's webhooks answer a moment after n8n serves its editor.
		const deadline = Date.now() + 60_000;
		for (;;) {
			try {
				await mcp.initialize();
				break;
			} catch (error) {
				if (Date.now() > deadline) throw error;
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
		}
	});

	afterAll(async () => {
		await server?.stop();
		expectContractClean(emulator);
		await emulator.close();
	});

	beforeEach(() => emulator.reset());

	test("n8n's node types list the tool type it derived: no main input, one tool output", async () => {
		const types = (await get('/types/nodes.json')) as Array<{
			name: string;
			inputs: unknown;
			outputs: unknown;
			properties: Array<{ name: string }>;
		}>;
		const tool = types.find((type) => type.name === TOOL_TYPE);
		expect(tool).toMatchObject({ inputs: [], outputs: ['ai_tool'] });
		expect(tool!.properties.map((property) => property.name)).toEqual(
			expect.arrayContaining(['resource', 'operation', 'toolDescription']),
		);
	});

	test('the tool is offered with its action as description and the $fromAI arguments as its input', async () => {
		const answer = await mcp.request('tools/list');
		const tools = answer.result!.tools as Array<{
			name: string;
			description: string;
			inputSchema: { properties: Record<string, unknown>; required?: string[] };
		}>;

		expect(tools.map((tool) => tool.name)).toEqual(['Send_SMS']);
		expect(tools[0].description).toBe('Send a message in Twilio Connector');
		expect(Object.keys(tools[0].inputSchema.properties).sort()).toEqual(['body', 'to']);
		expect(tools[0].inputSchema.properties.to).toMatchObject({
			type: 'string',
			description: expect.stringContaining('E.164'),
		});
	});

	test('a call sends the message with the arguments given, and answers with the message Twilio created', async () => {
		const result = await callTool({ to: '+14155551234', body: 'Your table is ready' });

		expect(result.isError).toBeFalsy();
		const [request] = sent();
		expect(request.path).toBe(`/2010-04-01/Accounts/${emulator.account.sid}/Messages.json`);
		expect(request.form).toEqual({
			From: [FROM],
			To: ['+14155551234'],
			Body: ['Your table is ready'],
		});
		const [message] = emulator.records(`/2010-04-01/Accounts/${emulator.account.sid}/Messages`);
		const answer = JSON.parse(result.content[0].text) as Array<Record<string, unknown>>;
		expect(answer).toEqual([
			expect.objectContaining({ sid: message.sid, to: '+14155551234', status: 'queued' }),
		]);
	});

	test("Twilio's refusal reaches the caller with Twilio's code and message, and no secret", async () => {
		const result = await callTool({ to: '+1555', body: 'Hi' });

		expect(result.isError).toBe(true);
		const text = result.content.map((part) => part.text).join('\n');
		expect(text).toMatch(/21211/);
		expect(text).toContain("The 'To' number +1555 is not a valid phone number");
		expect(text).not.toContain(emulator.account.authToken);
		expect(sent().map((request) => request.status)).toEqual([400]);
	});

	test('an argument the node cannot send is refused before anything is sent, naming the field', async () => {
		const result = await callTool({ to: '+14155551234', body: 'x'.repeat(1601) });

		expect(result.isError).toBe(true);
		expect(result.content[0].text).toMatch(/Body is longer than 1600 characters/);
		expect(sent()).toEqual([]);
	});
});
