import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { runNode, nodeTypeInstances } from '../test/helpers/n8n';
import { measure } from './measure';
import {
	BODY,
	FROM,
	WARM_UP_SENDS,
	customerPhone,
	messagesPath,
	type Job,
	type JobResult,
} from './workload';

/**
 * The least an n8n node does to send these messages, the engine's baseline: each item's To read as
 * a parameter, one form POST through n8n's request helper with the same credential, in a pool of
 * the same width, each answer an output item. No checks, retries, options or error mapping.
 */
class MinimalSend implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Minimal Send',
		name: 'minimalSend',
		group: ['output'],
		version: 1,
		description: 'Sends one message per item',
		defaults: { name: 'Minimal Send' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'twilioConnectorApi', required: true }],
		properties: [
			{ displayName: 'To', name: 'to', type: 'string', default: '' },
			{ displayName: 'Width', name: 'width', type: 'number', default: 1 },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const credentials = await this.getCredentials('twilioConnectorApi');
		const url = `${String(credentials.baseUrl)}${messagesPath(String(credentials.accountSid))}`;
		const output: INodeExecutionData[] = new Array(items.length);
		let next = 0;
		const worker = async () => {
			while (next < items.length) {
				const item = next++;
				const form = new URLSearchParams({
					To: this.getNodeParameter('to', item) as string,
					From: FROM,
					Body: BODY,
				});
				const json = (await this.helpers.httpRequestWithAuthentication.call(
					this,
					'twilioConnectorApi',
					{
						method: 'POST',
						url,
						body: form.toString(),
						headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
						json: true,
					},
				)) as INodeExecutionData['json'];
				output[item] = { json, pairedItem: { item } };
			}
		};
		const width = this.getNodeParameter('width', 0) as number;
		await Promise.all(Array.from({ length: width }, worker));
		return [output];
	}
}

const TYPE = 'bench.minimalSend';

/** Message → Send's work done by the minimal node, run by n8n-core as the node under test is. */
export async function runMinimalNode(job: Job): Promise<JobResult> {
	nodeTypeInstances[TYPE] = new MinimalSend();
	const { url, accountSid, authToken } = job.emulator;
	const credentials = { authType: 'authToken', accountSid, authToken, baseUrl: url };
	const items = Array.from({ length: job.count }, (_, n) => ({ to: customerPhone(n) }));
	const run = (some: typeof items) =>
		runNode({
			nodeType: TYPE,
			parameters: { to: '={{ $json.to }}', width: job.concurrency },
			items: some,
			credentials,
		});
	await run(items.slice(0, WARM_UP_SENDS));
	const { ms, cpuMs, peakRssGrowth, result } = await measure(() => run(items));
	if (result.error) throw result.error;
	if (result.output.length !== job.count)
		throw new Error(`Output of ${result.output.length} of ${job.count} items`);
	return { ms, cpuMs, peakRssGrowth };
}
