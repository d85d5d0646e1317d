import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { CredentialExport, WorkflowExport } from './instance';
import { PACKAGE_ROOT } from './package';

export const PACKAGE_NAME = 'n8n-nodes-twilio-connector';

/** The Twilio number the examples send from, and whose incoming messages the auto-reply answers. */
export const DEMO_NUMBER = '+14155550100';

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
		data: { authType: 'authToken', accountSid: account.sid, authToken: account.authToken, baseUrl: emulatorUrl },
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

/** The node types the package provides, as n8n names them (`<package>.<node name>`), from package.json. */
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
			workflow.nodes.every((node) => !node.type.startsWith(`${PACKAGE_NAME}.`) || provided.includes(node.type)),
		);
}

/** Whether a workflow is started by webhooks, so it needs publishing before `n8n start`. */
export function isTriggeredByWebhook(workflow: ExampleWorkflow): boolean {
	return workflow.nodes.some((node) => node.webhookId !== undefined);
}

/** Buys the demo number on an emulator, through Twilio's API as a user would. */
export async function provisionDemoNumber(emulatorUrl: string, account: { sid: string; authToken: string }): Promise<void> {
	const response = await fetch(`${emulatorUrl}/2010-04-01/Accounts/${account.sid}/IncomingPhoneNumbers.json`, {
		method: 'POST',
		headers: { Authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString('base64')}` },
		body: new URLSearchParams({ PhoneNumber: DEMO_NUMBER, FriendlyName: 'Demo number' }),
	});
	if (response.status !== 201) throw new Error(`The emulator refused the demo number: ${await response.text()}`);
}
