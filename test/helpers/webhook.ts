import {
	createServer,
	request as httpRequest,
	type IncomingMessage,
	type Server,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQueryString } from 'node:querystring';

import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { ExecutionLifecycleHooks, HookContext, WebhookContext, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteFunctions,
	type IExecuteResponsePromiseData,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypeDescription,
	type IRun,
	type IWebhookData,
	type IWorkflowBase,
	type WebhookSetupMethodNames,
} from 'n8n-workflow';

import { expectContractClean } from './contract';
import {
	nodeTypeInstances,
	nodeTypes,
	PACKAGE_NAME,
	TEST_TIME_ZONE,
	testAdditionalData,
	type CredentialReads,
	type N8nRedirectHandling,
} from './n8n';
import { startTwilio, type TwilioFixture } from './twilio';

const TRIGGER_TYPE = `${PACKAGE_NAME}.twilioConnectorTrigger`;
/** The Event Streams trigger, for `TriggerSetup.nodeType`. */
export const EVENT_STREAMS_TRIGGER = `${PACKAGE_NAME}.twilioEventStreamsTrigger`;
const RESPOND_TYPE = 'test.respondWithBody';
const TRIGGER_NAME = 'Twilio Connector Trigger';

/** Stands in for n8n's Respond to Webhook node: answers the webhook request with a fixed body. */
class RespondWithBody implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Respond',
		name: 'respondWithBody',
		group: ['transform'],
		version: 1,
		description: 'Answers the webhook request',
		defaults: { name: 'Respond' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Body', name: 'body', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const body = this.getNodeParameter('body', 0) as string;
		await this.sendResponse({ body, headers: { 'content-type': 'text/xml' }, statusCode: 200 });
		return [this.getInputData()];
	}
}
nodeTypeInstances[RESPOND_TYPE] = new RespondWithBody();

export interface TriggerSetup {
	/** The trigger node's type: the Twilio Connector Trigger when absent. */
	nodeType?: string;
	parameters: INodeParameters;
	/**
	 * The credential as stored in n8n; a test that changes it changes it as a user editing it in n8n
	 * would.
	 */
	credentials: ICredentialDataDecryptedObject;
	/**
	 * n8n's public webhook address, which N8N_WEBHOOK_URL sets behind a proxy:
	 * `https://n8n.example.com/webhook`.
	 */
	webhookBaseUrl?: string;
	webhookTestBaseUrl?: string;
	webhookId?: string;
	workflowId?: string;
	/** Static data saved with the workflow, e.g. by an activation in another n8n process. */
	staticData?: IDataObject;
	/** Adds a node after the trigger that answers the request, as a Respond to Webhook node does. */
	respondWith?: string;
	/** Which n8n's handling of redirected authenticated requests to run under (default `current`). */
	redirects?: N8nRedirectHandling;
}

/** A request to send to the trigger: form parameters or a JSON body, and headers. */
export interface WebhookRequest {
	params?: Record<string, string>;
	json?: string;
	/**
	 * Query string, without `?`. Sent byte for byte as given (as Twilio sends the URL it was
	 * configured with), not re-encoded by a URL parser: `'` stays `'`.
	 */
	query?: string;
	headers?: Record<string, string>;
	/** Send to the test URL (`/webhook-test/…`) instead of the production one. */
	test?: boolean;
}

export interface WebhookAnswer {
	status: number;
	contentType: string;
	body: string;
}

/**
 * A POST with the path sent exactly as given (Node's http client checks it, but does not re-encode
 * it).
 */
function post(
	url: string,
	path: string,
	headers: Record<string, string>,
	body: string,
): Promise<WebhookAnswer> {
	return new Promise((resolve, reject) => {
		const target = new URL(url);
		const outgoing = httpRequest(
			{
				host: target.hostname,
				port: target.port,
				method: 'POST',
				path,
				headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						contentType: String(response.headers['content-type'] ?? ''),
						body: Buffer.concat(chunks).toString('utf8'),
					}),
				);
				response.on('error', reject);
			},
		);
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}

/**
 * Numbers the triggers' credentials: each trigger has one of its own in n8n, as the trigger's
 * memory keys them by ID.
 */
let credentialsMade = 0;

/**
 * A workflow whose first node is the Twilio Connector Trigger, run as n8n runs one: lifecycle
 * methods through n8n-core's HookContext, requests through its WebhookContext, and the items the
 * node returns through WorkflowExecute.
 */
export class TriggerWorkflow {
	readonly workflow: Workflow;
	readonly node: INode;
	/** Each execution a request started, in order. */
	readonly executions: IRun[] = [];
	/** How often the node read its credential through n8n. */
	readonly credentialReads: CredentialReads = { count: 0 };
	private readonly workflowData: IWorkflowBase;
	private readonly pending = new Set<Promise<void>>();

	constructor(
		private readonly setup: TriggerSetup,
		private readonly server: WebhookServer,
	) {
		this.node = {
			id: 'c6b1f3c2-0000-4000-8000-000000000002',
			name: TRIGGER_NAME,
			type: setup.nodeType ?? TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: setup.parameters,
			credentials: {
				twilioConnectorApi: { id: `credential-${++credentialsMade}`, name: 'Twilio (test)' },
			},
			webhookId: setup.webhookId ?? '4f1c8a2e-0000-4000-8000-000000000001',
		};
		const respond: INode[] = setup.respondWith
			? [
					{
						id: 'r1',
						name: 'Respond',
						type: RESPOND_TYPE,
						typeVersion: 1,
						position: [200, 0],
						parameters: { body: setup.respondWith },
					},
				]
			: [];
		this.workflowData = {
			id: setup.workflowId ?? 'trigger-workflow',
			name: 'Trigger test',
			active: true,
			isArchived: false,
			activeVersionId: null,
			nodes: [this.node, ...respond],
			connections: respond.length
				? { [TRIGGER_NAME]: { main: [[{ node: 'Respond', type: 'main', index: 0 }]] } }
				: {},
			settings: { timezone: TEST_TIME_ZONE },
			createdAt: new Date(),
			updatedAt: new Date(),
		} as IWorkflowBase;
		this.workflow = new Workflow({
			...this.workflowData,
			nodeTypes,
			staticData: structuredClone(setup.staticData ?? {}),
		});
	}

	private get nodeType(): INodeType {
		return nodeTypeInstances[this.node.type];
	}

	/** The node's webhook path below n8n's webhook address. */
	get path(): string {
		return `${this.node.webhookId}/${this.nodeType.description.webhooks![0].path}`;
	}

	/** The URL n8n gives for this node, which Twilio calls and signs. */
	publicUrl(test = false): string {
		return `${test ? this.urls.webhookTestBaseUrl : this.urls.webhookBaseUrl}/${this.path}`;
	}

	private get urls() {
		return {
			webhookBaseUrl: this.setup.webhookBaseUrl ?? 'https://n8n.example.com/webhook',
			webhookTestBaseUrl: this.setup.webhookTestBaseUrl ?? 'https://n8n.example.com/webhook-test',
		};
	}

	private additionalData(mode: 'webhook' | 'manual' | 'trigger', executionId: string) {
		const hooks = new ExecutionLifecycleHooks(mode, executionId, this.workflowData);
		return {
			hooks,
			additionalData: testAdditionalData(
				this.setup.credentials,
				hooks,
				this.urls,
				this.setup.redirects,
				this.credentialReads,
			),
		};
	}

	private webhookData(isTest: boolean): IWebhookData {
		return {
			httpMethod: 'POST',
			node: TRIGGER_NAME,
			path: this.path,
			webhookDescription: this.nodeType.description.webhooks![0],
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: this.additionalData('trigger', 'activation').additionalData,
			isTest,
		};
	}

	private async runHook(method: WebhookSetupMethodNames, isTest: boolean): Promise<boolean> {
		const webhookData = this.webhookData(isTest);
		const mode = isTest ? 'manual' : 'trigger';
		const context = new HookContext(
			this.workflow,
			this.node,
			webhookData.workflowExecuteAdditionalData,
			mode,
			isTest ? 'manual' : 'activate',
			webhookData,
		);
		const hook = this.nodeType.webhookMethods?.default?.[method];
		if (!hook) throw new Error(`The trigger has no webhook method ${method}`);
		return (await hook.call(context)) as boolean;
	}

	/** Activation as n8n does it: checkExists, then create when it answered false; then listens. */
	async activate({ test = false } = {}): Promise<void> {
		if (!(await this.runHook('checkExists', test))) await this.runHook('create', test);
		this.server.listen(this, test);
	}

	/** Deactivation: stops listening, then delete. */
	async deactivate({ test = false } = {}): Promise<void> {
		this.server.stopListening(this, test);
		await this.runHook('delete', test);
	}

	/** The static data n8n would save with the workflow, as JSON. */
	savedStaticData(): IDataObject {
		return JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject;
	}

	/** Sends a real HTTP request to the node's URL and waits for the execution it started, if any. */
	async send(request: WebhookRequest): Promise<WebhookAnswer> {
		const answer = await this.request(request);
		await this.settled();
		return answer;
	}

	/**
	 * Sends a real HTTP request to the node's URL and resolves with the answer, as soon as it comes.
	 */
	async request(request: WebhookRequest): Promise<WebhookAnswer> {
		const endpoint = request.test ? 'webhook-test' : 'webhook';
		const query = request.query ? `?${request.query}` : '';
		const body = request.json ?? new URLSearchParams(request.params ?? {}).toString();
		const contentType =
			request.json !== undefined ? 'application/json' : 'application/x-www-form-urlencoded';
		return await post(
			this.server.url,
			`/${endpoint}/${this.path}${query}`,
			{ 'content-type': contentType, ...request.headers },
			body,
		);
	}

	/** Waits for the webhook handling and executions of every request sent so far. */
	async settled(): Promise<void> {
		while (this.pending.size) await Promise.all([...this.pending]);
	}

	/** The items each execution's trigger output. */
	outputs(): INodeExecutionData[][] {
		return this.executions.map(
			(run) => run.data.resultData.runData[TRIGGER_NAME]?.[0]?.data?.main?.[0] ?? [],
		);
	}

	/** What n8n's webhook handling does for one request: the node's webhook(), then the execution. */
	handle(request: IncomingMessage, response: ServerResponse, isTest: boolean): Promise<void> {
		const done = this.run(request, response, isTest).finally(() => this.pending.delete(done));
		this.pending.add(done);
		return done;
	}

	private async run(
		request: IncomingMessage,
		response: ServerResponse,
		isTest: boolean,
	): Promise<void> {
		const mode = isTest ? 'manual' : 'webhook';
		const { hooks, additionalData } = this.additionalData(
			mode,
			`execution-${this.executions.length + 1}`,
		);
		Object.assign(additionalData, { httpRequest: request, httpResponse: response });
		const webhookData = this.webhookData(isTest);
		const responseMode = this.workflow.expression.getSimpleParameterValue(
			this.node,
			webhookData.webhookDescription.responseMode,
			mode,
			{},
			undefined,
			'onReceived',
		);
		const answer = (status: number, body: unknown) => {
			if (response.headersSent) return;
			response.writeHead(status, { 'Content-Type': 'application/json' });
			response.end(JSON.stringify(body));
		};
		let result;
		try {
			const context = new WebhookContext(
				this.workflow,
				this.node,
				additionalData,
				mode,
				webhookData,
				[],
				null,
			);
			result = await this.nodeType.webhook!.call(context);
		} catch (error) {
			return answer(500, { message: (error as Error).message });
		}
		if (!result.workflowData) return answer(200, { message: 'Webhook call received' });
		if (responseMode === 'onReceived') answer(200, { message: 'Workflow was started' });
		hooks.addHandler('sendResponse', (sent: IExecuteResponsePromiseData) => {
			if (response.headersSent) return;
			response.writeHead(
				Number(sent.statusCode ?? 200),
				(sent.headers ?? {}) as Record<string, string>,
			);
			response.end(String(sent.body));
		});
		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [
					{ node: this.node, data: { main: result.workflowData }, source: null },
				],
			},
		});
		this.executions.push(
			await new WorkflowExecute(additionalData, mode, runExecutionData).processRunExecutionData(
				this.workflow,
			),
		);
		answer(500, { message: 'The workflow did not answer the request' });
	}
}

/**
 * n8n's webhook endpoint on 127.0.0.1: `/webhook/{path}` and `/webhook-test/{path}`. It parses the
 * body as n8n does (form with node:querystring, JSON) and keeps the raw body on `rawBody`.
 */
export class WebhookServer {
	private readonly routes = new Map<string, TriggerWorkflow>();

	private constructor(private readonly server: Server) {}

	static async start(): Promise<WebhookServer> {
		const server = createServer();
		const instance = new WebhookServer(server);
		server.on(
			'request',
			(request: IncomingMessage, response: ServerResponse) =>
				void instance.receive(request, response),
		);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		return instance;
	}

	get url(): string {
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	trigger(setup: TriggerSetup): TriggerWorkflow {
		return new TriggerWorkflow(setup, this);
	}

	listen(trigger: TriggerWorkflow, test: boolean): void {
		this.routes.set(`/${test ? 'webhook-test' : 'webhook'}/${trigger.path}`, trigger);
	}

	stopListening(trigger: TriggerWorkflow, test: boolean): void {
		this.routes.delete(`/${test ? 'webhook-test' : 'webhook'}/${trigger.path}`);
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private async receive(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const trigger = this.routes.get(url.pathname);
		if (!trigger || request.method !== 'POST') {
			response.writeHead(404, { 'Content-Type': 'application/json' });
			response.end(
				JSON.stringify({ message: `The requested webhook "${url.pathname}" is not registered.` }),
			);
			return;
		}
		const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim();
		const text = rawBody.toString('utf8');
		const body =
			contentType === 'application/json' && text
				? JSON.parse(text)
				: contentType === 'application/x-www-form-urlencoded'
					? parseQueryString(text)
					: {};
		Object.assign(request, {
			rawBody,
			body,
			originalUrl: request.url,
			query: parseQueryString(url.search.slice(1)),
			params: {},
			contentType,
		});
		await trigger.handle(request, response, url.pathname.startsWith('/webhook-test/'));
	}
}

/** What a test file of the trigger works with. */
export interface TriggerTestBed {
	twilio: TwilioFixture;
	server: WebhookServer;
	/**
	 * Warnings logged through n8n's logger, which nodes reach as `this.logger`; silenced, cleared per
	 * test.
	 */
	warnings: jest.SpiedFunction<Logger['warn']>;
}

/**
 * Starts an emulator and n8n's webhook server for the test file, and checks the contract at its
 * end.
 */
export function useTriggerTestBed(): TriggerTestBed {
	const bed = {
		warnings: jest.spyOn(Container.get(Logger), 'warn').mockImplementation(() => {}),
	} as TriggerTestBed;
	beforeAll(async () => {
		[bed.twilio, bed.server] = await Promise.all([startTwilio(), WebhookServer.start()]);
	});
	beforeEach(() => {
		bed.twilio.emulator.reset();
		bed.warnings.mockClear();
	});
	afterAll(async () => {
		expectContractClean(bed.twilio.emulator);
		await Promise.all([bed.twilio.emulator.close(), bed.server.close()]);
	});
	return bed;
}
