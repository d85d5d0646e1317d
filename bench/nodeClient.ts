import { runNode } from '../test/helpers/n8n';
import { measure } from './measure';
import { BODY, FROM, WARM_UP_SENDS, customerPhone, type Job, type JobResult } from './workload';

/** The node under test, run by n8n-core's WorkflowExecute as n8n runs a workflow. */
export async function runTwilioConnector(job: Job): Promise<JobResult> {
	const { url, accountSid, authToken } = job.emulator;
	const credentials = { authType: 'authToken', accountSid, authToken, baseUrl: url };
	const run = (parameters: Record<string, unknown>, items?: Array<Record<string, string>>) =>
		runNode({ parameters: parameters as never, items, credentials });

	if (job.scenario === 'send') {
		const parameters = {
			resource: 'message',
			operation: 'send',
			from: FROM,
			to: '={{ $json.to }}',
			body: BODY,
			options: job.concurrency > 1 ? { maxConcurrentRequests: job.concurrency } : {},
		};
		const items = Array.from({ length: job.count }, (_, n) => ({ to: customerPhone(n) }));
		await run(parameters, items.slice(0, WARM_UP_SENDS));
		const { ms, cpuMs, peakRssGrowth, result } = await measure(() => run(parameters, items));
		if (result.error) throw result.error;
		const misplaced = result.output.findIndex(
			(item, n) =>
				item.json.to !== customerPhone(n) || (item.pairedItem as { item: number }).item !== n,
		);
		if (result.output.length !== job.count || misplaced >= 0) {
			throw new Error(
				`Output of ${result.output.length} items, first out of order at ${misplaced}`,
			);
		}
		return { ms, cpuMs, peakRssGrowth };
	}

	await run({ resource: 'message', operation: 'getMany', returnAll: false, limit: 1000 });
	const { ms, cpuMs, peakRssGrowth, result } = await measure(() =>
		run({ resource: 'message', operation: 'getMany', returnAll: true }),
	);
	if (result.error) throw result.error;
	if (result.output.length !== job.count)
		throw new Error(`Listed ${result.output.length} of ${job.count} messages`);
	return { ms, cpuMs, peakRssGrowth };
}
