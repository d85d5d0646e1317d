import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { DEMO } from '../../emulator/demo';
import type { CredentialExport, WorkflowExport } from './instance';
import { PACKAGE_ROOT } from './package';

export const PACKAGE_NAME = 'n8n-nodes-twilio-connector';

/** The Twilio number the examples send from, and whose incoming messages the auto-reply answers. */
export const DEMO_NUMBER = DEMO.numbers[0].phoneNumber;

/** The node type of the Twilio Connector Trigger. */
export const TRIGGER_TYPE = `${PACKAGE_NAME}.twilioConnectorTrigger`;

/** The credential the example workflows use, pointed at an emulator. */
export const EMULATOR_CREDENTIAL = { id: 'twilioEmulator01', name: 'Twilio (local emulator)' };

export function emulatorCredential(
	emulatorUrl: string,
	account: { sid: string; authToken: string },
): CredentialExport {
	return {
		...EMULATOR_CREDENTIAL,
		type: 'twilioConnectorApi',
		data: {
			authType: 'authToken',
			accountSid: account.sid,
			authToken: account.authToken,
			baseUrl: emulatorUrl,
		},
	};
}

/** A node of an exported workflow, as n8n imports it. */
export interface WorkflowNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	webhookId?: string;
	[key: string]: unknown;
}

export interface ExampleWorkflow extends WorkflowExport {
	nodes: WorkflowNode[];
}

/**
 * The node types the package provides, as n8n names them (`<package>.<node name>`), from
 * package.json.
 */
export function packageNodeTypes(): string[] {
	const manifest = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
	return (manifest.n8n.nodes as string[]).map((file) => {
		const base = path.basename(file, '.node.js');
		return `${PACKAGE_NAME}.${base[0].toLowerCase()}${base.slice(1)}`;
	});
}

/**
 * The workflows in examples/, leaving out any that needs a node of this package that the package
 * does not have yet.
 */
export function loadExamples(): ExampleWorkflow[] {
	const provided = packageNodeTypes();
	const folder = path.join(PACKAGE_ROOT, 'examples');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as ExampleWorkflow)
		.filter((workflow) =>
			workflow.nodes.every(
				(node) => !node.type.startsWith(`${PACKAGE_NAME}.`) || provided.includes(node.type),
			),
		);
}

/** Whether a workflow is started by webhooks, so it needs publishing before `n8n start`. */
export function isTriggeredByWebhook(workflow: ExampleWorkflow): boolean {
	return workflow.nodes.some((node) => node.webhookId !== undefined);
}

/**
 * Puts in an emulator's account what the examples need to run as shipped (the demo's numbers,
 * Verify service and Studio flow: `DEMO` of emulator/demo.ts), through its control API.
 */
export async function provisionDemo(emulatorUrl: string): Promise<void> {
	const response = await fetch(`${emulatorUrl}/__emulator/demo`, { method: 'POST' });
	if (response.status !== 200)
		throw new Error(`The emulator did not set up the demo: ${await response.text()}`);
}
