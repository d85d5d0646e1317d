import { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	type IAuthenticateGeneric,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type IConnections,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypeDescription,
	type INodeTypes,
	type IRun,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
	type NodeExecutionHint,
} from 'n8n-workflow';

import { TwilioConnectorApi } from '../../credentials/TwilioConnectorApi.credentials';
import { catalog } from '../../nodes/Twilio/products';
import { PRODUCTS } from '../../nodes/Twilio/products/registry';
import { TwilioConnectorTrigger } from '../../nodes/TwilioConnector/TwilioConnectorTrigger.node';
import { TwilioEventStreamsTrigger } from '../../nodes/TwilioEventStreams/TwilioEventStreamsTrigger.node';
import { TwilioPollingTrigger } from '../../nodes/TwilioPolling/TwilioPollingTrigger.node';
import { TwilioTwiml } from '../../nodes/TwilioTwiml/TwilioTwiml.node';

export const PACKAGE_NAME = 'n8n-nodes-twilio-connector';

const credentialTypes: Record<string, ICredentialType> = {
	twilioConnectorApi: new TwilioConnectorApi(),
};

/** The action node of a registered product: its class, from the folder the registry names. */
function actionNode(folder: string): INodeType {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const exported = require(`../../nodes/${folder}/${folder}.node`) as Record<
		string,
		new () => INodeType
	>;
	return new exported[folder]();
}

/** The package's node types, under the names n8n gives a community package's nodes. */
export const nodeTypeInstances: Record<string, INodeType> = {
	...Object.fromEntries(
		PRODUCTS.map(({ node }) => [`${PACKAGE_NAME}.${node.name}`, actionNode(node.folder)]),
	),
	[`${PACKAGE_NAME}.twilioConnectorTrigger`]: new TwilioConnectorTrigger(),
	[`${PACKAGE_NAME}.twilioEventStreamsTrigger`]: new TwilioEventStreamsTrigger(),
	[`${PACKAGE_NAME}.twilioPollingTrigger`]: new TwilioPollingTrigger(),
	[`${PACKAGE_NAME}.twilioTwiml`]: new TwilioTwiml(),
};

export const nodeTypes: INodeTypes = {
	getByName: (type) => nodeTypeInstances[type],
	getByNameAndVersion: (type, version) =>
		NodeHelpers.getVersionedNodeType(nodeTypeInstances[type], version),
	getKnownTypes: () => ({}),
};

/**
 * How the n8n the node runs in treats an authenticated request that is redirected to another
 * origin.
 * - `current`: as n8n-core 2.40, which honours a request's `sendCredentialsOnCrossOriginRedirect`;
 * - `before-2026`: as n8n versions before early 2026, which did not know that option and sent the
 *   credential to wherever the redirect pointed. The helper drops the option from the request, so
 * that n8n-core falls back to that behaviour (its default is `true`, "for backwards
 * compatibility").
 */
export type N8nRedirectHandling = 'current' | 'before-2026';

/**
 * How often a node read its credential through n8n (each read costs n8n an expression isolate in
 * 2.x).
 */
export interface CredentialReads {
	count: number;
	/** How many of the next reads fail, as when n8n cannot reach its database. */
	failing?: number;
}

/**
 * Hands out the test's credential data and applies a credential's authentication the way n8n's own
 * helper does.
 */
class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
		private readonly redirects: N8nRedirectHandling = 'current',
		private readonly reads?: CredentialReads,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		if (this.redirects === 'before-2026')
			delete requestOptions.sendCredentialsOnCrossOriginRedirect;
		const authenticate = credentialTypes[typeName].authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		const resolve = (value: string) =>
			String(
				workflow.expression.getSimpleParameterValue(
					node,
					value,
					'internal',
					{ $credentials: credentials },
					undefined,
					'',
				),
			);
		const auth = (authenticate as IAuthenticateGeneric).properties.auth!;
		return {
			...requestOptions,
			auth: { username: resolve(auth.username), password: resolve(auth.password) },
		};
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('Not used by these tests');
	}

	/**
	 * Adds defaults and drops fields hidden by the credential's display options, as n8n's own helper
	 * does.
	 */
	async getDecrypted(
		_additionalData: unknown,
		_nodeCredentials: unknown,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		if (this.reads) {
			this.reads.count++;
			if (this.reads.failing) {
				this.reads.failing--;
				throw new Error('SQLITE_BUSY: database is locked');
			}
		}
		const data = this.data[type] as INodeParameters;
		return NodeHelpers.getNodeParameters(
			credentialTypes[type].properties,
			data,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string) {
		return credentialTypes[type].properties;
	}
}

export interface RunNodeOptions {
	/** The node's parameters, e.g. `{ resource: 'message', operation: 'send', to: '+1…' }`. */
	parameters: INodeParameters;
	/** Input items; one empty item by default. */
	items?: IDataObject[];
	credentials: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
	nodeType?: string;
	/** Which n8n's handling of redirected authenticated requests to run under (default `current`). */
	redirects?: N8nRedirectHandling;
	/** The workflow's Settings → Timezone (default `TEST_TIME_ZONE`). */
	timeZone?: string;
}

/**
 * The workflow time zone tests run in unless they set one: not UTC, so that a time read as UTC
 * where the workflow's zone was meant shows (Berlin is 1 or 2 hours ahead of UTC).
 */
export const TEST_TIME_ZONE = 'Europe/Berlin';

export interface NodeRun {
	/** The node's first output, as n8n recorded it. */
	output: INodeExecutionData[];
	/** The execution's error, when the node failed. */
	error?: IRun['data']['resultData']['error'];
	/** What the node told the user beside its output (execution hints). */
	hints: NodeExecutionHint[];
	run: IRun;
}

const NODE_NAME = 'Twilio Connector';

/** The type of the action node that offers a resource (the registry gives each product a node). */
export function nodeTypeOf(resource: string): string {
	const node = PRODUCTS.find((product) =>
		catalog(product.node.name).some((candidate) => candidate.value === resource),
	)?.node.name;
	return `${PACKAGE_NAME}.${node ?? 'twilioConnector'}`;
}

/** The description of the action node that offers a resource. */
export function descriptionOf(resource: string): INodeTypeDescription {
	return nodeTypeInstances[nodeTypeOf(resource)].description;
}

/** Runs one node of the package through n8n-core's WorkflowExecute, as n8n runs a workflow. */
export async function runNode(options: RunNodeOptions): Promise<NodeRun> {
	const node: INode = {
		id: 'b5a1f3c2-0000-4000-8000-000000000001',
		name: NODE_NAME,
		type: options.nodeType ?? nodeTypeOf(String(options.parameters.resource ?? '')),
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { twilioConnectorApi: { id: '1', name: 'Twilio (test)' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const run = await runWorkflow({
		nodes: [node],
		start: node,
		items: options.items,
		credentials: options.credentials,
		redirects: options.redirects,
		timeZone: options.timeZone,
	});
	const task = run.data.resultData.runData[NODE_NAME]?.[0];
	return {
		output: task?.data?.main?.[0] ?? [],
		error: run.data.resultData.error,
		hints: task?.hints ?? [],
		run,
	};
}

export interface RunWorkflowOptions {
	nodes: INode[];
	connections?: IConnections;
	/** The node the run starts at, with `items` as its input. */
	start: INode;
	items?: IDataObject[];
	credentials: ICredentialDataDecryptedObject;
	redirects?: N8nRedirectHandling;
	timeZone?: string;
}

/** Runs a workflow of several nodes through n8n-core's WorkflowExecute, from one start node. */
export async function runWorkflow(options: RunWorkflowOptions): Promise<IRun> {
	const workflowData = {
		id: 'test-workflow',
		name: 'Test',
		active: false,
		isArchived: false,
		activeVersionId: null,
		nodes: options.nodes,
		connections: options.connections ?? {},
		settings: { timezone: options.timeZone ?? TEST_TIME_ZONE },
		createdAt: new Date(),
		updatedAt: new Date(),
	};
	const workflow = new Workflow({ ...workflowData, nodeTypes, staticData: {} });
	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', workflowData);
	const additionalData = testAdditionalData(options.credentials, hooks, {}, options.redirects);
	const items = (options.items ?? [{}]).map((json) => ({ json }));
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: options.start, data: { main: [items] }, source: null }],
		},
	});
	return await new WorkflowExecute(
		additionalData,
		'manual',
		runExecutionData,
	).processRunExecutionData(workflow);
}

/** The context n8n's editor runs a node's list searches and option loaders in. */
export function loadOptionsContext(
	type: string,
	parameters: INodeParameters,
	credentials: ICredentialDataDecryptedObject,
): LoadOptionsContext {
	const { node, data, workflow } = oneNodeWorkflow(type, parameters);
	const hooks = new ExecutionLifecycleHooks('internal', 'load-options', data);
	const additionalData = {
		...testAdditionalData(credentials, hooks),
		currentNodeParameters: parameters,
	};
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters.field');
}

/**
 * An active workflow of one node with the test credential, as n8n holds it for what it runs
 * outside an execution (an editor's look-up, a poll): the node, the workflow's data, and the
 * workflow, whose static data lives as long as it.
 */
export function oneNodeWorkflow(type: string, parameters: INodeParameters, name = 'Node') {
	const node: INode = {
		id: 'n1',
		name,
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { twilioConnectorApi: { id: '1', name: 'Twilio (test)' } },
	};
	const data = {
		id: 'w',
		name: 'w',
		nodes: [node],
		connections: {},
		active: true,
	} as unknown as IWorkflowBase;
	return { node, data, workflow: new Workflow({ ...data, nodeTypes, staticData: {} }) };
}

/**
 * What n8n hands every node context: the credential, lifecycle hooks and n8n's URLs.
 * `webhookBaseUrl` is n8n's public webhook address (what N8N_WEBHOOK_URL sets behind a proxy).
 */
export function testAdditionalData(
	credentials: ICredentialDataDecryptedObject,
	hooks: ExecutionLifecycleHooks,
	{
		webhookBaseUrl = 'http://localhost:5678/webhook',
		webhookTestBaseUrl = 'http://localhost:5678/webhook-test',
	} = {},
	redirects: N8nRedirectHandling = 'current',
	credentialReads?: CredentialReads,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(
			{ twilioConnectorApi: credentials },
			redirects,
			credentialReads,
		),
		hooks,
		executionId: hooks.executionId,
		currentNodeExecutionIndex: 0,
		variables: {},
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl,
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl,
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('Not used by these tests');
		},
		getRuntimeCredential: async () => undefined,
		startRunnerTask: async () => {
			throw new Error('Not used by these tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}
