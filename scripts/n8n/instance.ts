import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { N8nInstallation } from './install';
import { ManagedProcess, run, type Output } from './processes';

interface N8nOptions {
	installation: N8nInstallation;
	/** n8n keeps its database, encryption key and community packages under this folder. */
	userFolder: string;
	port: number;
	/** The host in the editor's and webhooks' URLs (default 127.0.0.1). */
	host?: string;
	/** Variables added to (or replacing) n8n's environment, e.g. queue mode settings. */
	env?: NodeJS.ProcessEnv;
}

/** A credential as `n8n import:credentials` takes it: plain data, encrypted by n8n on import. */
export interface CredentialExport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** The part of a workflow JSON these scripts rely on. */
export interface WorkflowExport {
	id: string;
	name: string;
	[key: string]: unknown;
}

/** One line of n8n's log in its JSON format (N8N_LOG_FORMAT=json). */
export interface LogEntry {
	level: string;
	message: string;
	metadata?: Record<string, unknown>;
}

/** What `n8n execute` reports of a run. */
export interface ExecutionRun {
	status: string;
	mode: string;
	data: {
		resultData: {
			error?: { message: string };
			runData: Record<
				string,
				Array<{
					executionStatus?: string;
					error?: { message: string };
					data?: {
						main: Array<Array<{
							json: Record<string, unknown>;
							binary?: Record<string, { fileName?: string; mimeType: string }>;
						}> | null>;
					};
				}>
			>;
		};
	};
}

/** Reads n8n's JSON log lines; other lines (none are expected) are skipped. */
export function parseLog(output: string): LogEntry[] {
	return output.split('\n').flatMap((line) => {
		if (!line.startsWith('{')) return [];
		try {
			return [JSON.parse(line) as LogEntry];
		} catch {
			return [];
		}
	});
}

/** One n8n, driven through its command line: import, publish, execute, start. */
export class N8n {
	constructor(readonly options: N8nOptions) {}

	/** The address people and webhooks use. */
	get url(): string {
		return `http://${this.options.host ?? '127.0.0.1'}:${this.options.port}`;
	}

	/** Where n8n listens, for requests from this machine's scripts. */
	get localUrl(): string {
		return `http://127.0.0.1:${this.options.port}`;
	}

	get env(): NodeJS.ProcessEnv {
		return {
			...process.env,
			// n8n silences its log under NODE_ENV=test, which jest sets.
			NODE_ENV: undefined,
			PATH: `${this.options.installation.nodeBinDir}${path.delimiter}${process.env.PATH}`,
			N8N_USER_FOLDER: this.options.userFolder,
			N8N_PORT: String(this.options.port),
			N8N_HOST: this.options.host ?? '127.0.0.1',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			// n8n 2.x reads N8N_WEBHOOK_URL (WEBHOOK_URL is deprecated and logs a notice at every start).
			N8N_WEBHOOK_URL: `${this.url}/`,
			// No calls home from a local playground: telemetry, version notices, templates, and the MCP
			// server registry, which n8n refreshes from api.n8n.io at start (a stack trace in the log
			// when offline).
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_DISABLED_MODULES: 'mcp-registry',
			N8N_SECURE_COOKIE: 'false',
			// The task runners' broker listens on a port of its own (5679 by default): keep instances
			// apart.
			N8N_RUNNERS_BROKER_PORT: String(this.options.port + 1),
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
			...this.options.env,
		};
	}

	/** Runs `n8n <args>` with Node.js 24 and waits for it to end. */
	cli(
		args: string[],
		options: { timeoutMs?: number; anyExitCode?: boolean; env?: NodeJS.ProcessEnv } = {},
	): Promise<Output> {
		return run(this.options.installation.node, [this.options.installation.n8nScript, ...args], {
			env: { ...this.env, ...options.env },
			timeoutMs: options.timeoutMs ?? 180_000,
			anyExitCode: options.anyExitCode,
		});
	}

	/**
	 * `n8n execute --id`: runs a saved workflow once, from its Manual Trigger, and returns the run
	 * n8n reports (also when the run failed) with the command's log.
	 */
	async execute(workflowId: string): Promise<{ run: ExecutionRun; log: LogEntry[] }> {
		const output = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput'], {
			anyExitCode: true,
			env: { N8N_LOG_FORMAT: 'json' },
		});
		const log = parseLog(output.stdout);
		// The run is logged as one message holding its JSON, on success and on failure alike.
		const report = log.find(
			(entry) => entry.message.startsWith('{') && entry.message.includes('"resultData"'),
		);
		if (!report) {
			const tail = (output.stdout + output.stderr).trim().split('\n').slice(-20).join('\n');
			throw new Error(
				`n8n execute --id=${workflowId} reported no run (exit code ${output.exitCode})\n${tail}`,
			);
		}
		return { run: JSON.parse(report.message) as ExecutionRun, log };
	}

	async importCredentials(credentials: CredentialExport[]): Promise<void> {
		const file = await this.writeImport('credentials.json', credentials);
		try {
			await this.cli(['import:credentials', `--input=${file}`]);
		} finally {
			await rm(file, { force: true });
		}
	}

	/**
	 * Imports the workflows in one call (each needs an `id`); an existing workflow of that id is
	 * replaced.
	 */
	async importWorkflows(workflows: WorkflowExport[]): Promise<void> {
		const folder = path.join(this.options.userFolder, 'import', 'workflows');
		await mkdir(folder, { recursive: true });
		for (const workflow of workflows) {
			await writeFile(
				path.join(folder, `${workflow.id}.json`),
				JSON.stringify(workflow, null, '\t'),
			);
		}
		await this.cli(['import:workflow', '--separate', `--input=${folder}`]);
	}

	/** Marks a workflow published, so that `n8n start` activates its triggers and webhooks. */
	async publish(workflowId: string): Promise<void> {
		await this.cli(['publish:workflow', `--id=${workflowId}`]);
	}

	/** Starts `n8n start` and resolves once the editor is served. Stop it with `stop()`. */
	async start(echo?: (line: string) => void): Promise<ManagedProcess> {
		const { node, n8nScript } = this.options.installation;
		const server = new ManagedProcess('n8n', node, [n8nScript, 'start'], { env: this.env, echo });
		try {
			await this.waitUntilServing(server);
		} catch (error) {
			await server.stop();
			throw error;
		}
		return server;
	}

	/** Starts `n8n worker` (queue mode) and resolves once it takes jobs. Stop it with `stop()`. */
	async startWorker(concurrency: number, echo?: (line: string) => void): Promise<ManagedProcess> {
		const { node, n8nScript } = this.options.installation;
		const worker = new ManagedProcess(
			'n8n worker',
			node,
			[n8nScript, 'worker', `--concurrency=${concurrency}`],
			{
				env: this.env,
				echo,
			},
		);
		try {
			await worker.waitForOutput(/n8n worker is now ready/, 120_000);
		} catch (error) {
			await worker.stop();
			throw error;
		}
		return worker;
	}

	/**
	 * Starts `n8n webhook` (queue mode: a process that only receives production webhooks and queues
	 * their executions) and resolves once it answers. Stop it with `stop()`.
	 */
	async startWebhookProcess(echo?: (line: string) => void): Promise<ManagedProcess> {
		const { node, n8nScript } = this.options.installation;
		const webhook = new ManagedProcess('n8n webhook', node, [n8nScript, 'webhook'], {
			env: this.env,
			echo,
		});
		try {
			await webhook.waitForOutput(/Webhook listener waiting for requests/, 120_000);
			const deadline = Date.now() + 60_000;
			while (
				!(await fetch(`${this.localUrl}/healthz`).then(
					(response) => response.ok,
					() => false,
				))
			) {
				if (!webhook.running) throw webhook.failure('ended while starting');
				if (Date.now() > deadline) throw webhook.failure(`did not answer ${this.localUrl}/healthz`);
				await new Promise((resolve) => setTimeout(resolve, 250));
			}
		} catch (error) {
			await webhook.stop();
			throw error;
		}
		return webhook;
	}

	private async waitUntilServing(server: ManagedProcess, timeoutMs = 120_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		const answers = (path: string) =>
			fetch(`${this.localUrl}${path}`).then(
				async (response) => response.ok && !(await response.text()).includes('n8n is starting up'),
				() => false,
			);
		while (Date.now() < deadline) {
			if (!server.running) throw server.failure('ended while starting');
			// n8n answers /healthz, then a page saying it is starting up, before its editor and API.
			if ((await answers('/rest/settings')) && (await answers('/'))) return;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw server.failure(`did not serve ${this.url} within ${timeoutMs} ms`);
	}

	private async writeImport(name: string, content: unknown): Promise<string> {
		const folder = path.join(this.options.userFolder, 'import');
		await mkdir(folder, { recursive: true });
		const file = path.join(folder, name);
		await writeFile(file, JSON.stringify(content, null, '\t'));
		return file;
	}
}
