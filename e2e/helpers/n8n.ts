import { cp, mkdtemp } from 'node:fs/promises';
import path from 'node:path';

import { TwilioEmulator } from '../../emulator';
import { freePort } from '../../scripts/freePort';
import { emulatorCredential } from '../../scripts/n8n/examples';
import { cacheDir, type N8nInstallation } from '../../scripts/n8n/install';
import {
	N8n,
	type ExecutionRun,
	type LogEntry,
	type WorkflowExport,
} from '../../scripts/n8n/instance';
import type { ManagedProcess } from '../../scripts/n8n/processes';
import { expectContractClean } from '../../test/helpers/contract';

export function installation(): N8nInstallation {
	return JSON.parse(process.env.E2E_N8N_INSTALLATION!) as N8nInstallation;
}

/**
 * The instance time zone of every n8n the end-to-end tests start (GENERIC_TIMEZONE), not UTC, so
 * that a time read as UTC where the workflow's zone was meant shows.
 */
export const E2E_TIME_ZONE = 'America/New_York';

/**
 * A new n8n with a user folder of its own (a copy of the one with the package installed) and a free
 * port.
 */
export async function newN8n(env: NodeJS.ProcessEnv = {}): Promise<N8n> {
	const userFolder = await mkdtemp(path.join(process.env.E2E_WORK_FOLDER!, 'n8n-home-'));
	await cp(process.env.E2E_TEMPLATE_HOME!, userFolder, { recursive: true });
	const port = await freePort();
	return new N8n({
		installation: installation(),
		userFolder,
		port,
		env: {
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			GENERIC_TIMEZONE: E2E_TIME_ZONE,
			...env,
		},
	});
}

/** The JSON of every item a node output in its first run, on its first output. */
export function nodeOutput(run: ExecutionRun, nodeName: string): Array<Record<string, unknown>> {
	const nodeRun = run.data.resultData.runData[nodeName]?.[0];
	if (!nodeRun) throw new Error(`Node "${nodeName}" did not run`);
	if (nodeRun.error) throw new Error(`Node "${nodeName}" failed: ${nodeRun.error.message}`);
	return (nodeRun.data?.main[0] ?? []).map((item) => item.json);
}

/**
 * Warnings and errors in n8n's log that concern this package or its nodes. n8n's own complaints
 * (no internet for its templates, for example) name the package only in file paths under the
 * cache folder, which are left out.
 */
export function complaintsAboutPackage(log: LogEntry[]): LogEntry[] {
	return log.filter(
		(entry) =>
			['warn', 'error'].includes(entry.level) &&
			/twilio/i.test(JSON.stringify(entry).replaceAll(cacheDir(), '')),
	);
}

/** Polls until the probe gives a value (not undefined), and returns it; fails after the timeout. */
export async function until<T>(
	what: string,
	probe: () => T | undefined | Promise<T | undefined>,
	timeoutMs = 90_000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** An emulator and a running n8n (`n8n start`) with the emulator's credential and the workflows. */
export interface RunningN8n {
	emulator: TwilioEmulator;
	n8n: N8n;
	/** n8n's process, started by `start()`. */
	server?: ManagedProcess;
	start(): Promise<void>;
	/** Stops n8n and the emulator, and checks every request against Twilio's descriptions. */
	stop(): Promise<void>;
}

/**
 * The emulator, and an n8n with its credential and the workflows imported and published; `start()`
 * starts n8n (a test may put records in place first).
 */
export async function n8nWith(workflows: WorkflowExport[]): Promise<RunningN8n> {
	const emulator = await TwilioEmulator.start();
	const n8n = await newN8n();
	await n8n.importCredentials([emulatorCredential(emulator.url, emulator.account)]);
	await n8n.importWorkflows(workflows);
	for (const workflow of workflows) await n8n.publish(workflow.id);
	const running: RunningN8n = {
		emulator,
		n8n,
		async start() {
			running.server = await n8n.start();
		},
		async stop() {
			await running.server?.stop();
			expectContractClean(emulator);
			await emulator.close();
		},
	};
	return running;
}
