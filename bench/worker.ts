import { runMinimalNode } from './minimalNode';
import { runTwilioConnector } from './nodeClient';
import { runUndici } from './undiciClient';
import type { Job } from './workload';

/**
 * One measurement in a fresh process, so its memory figures are its own: `node worker.js '<job
 * JSON>'`.
 */
async function main(job: Job): Promise<void> {
	const result =
		job.client === 'node'
			? await runTwilioConnector(job)
			: job.client === 'minimal'
				? await runMinimalNode(job)
				: await runUndici(job);
	// Exit at once: idle keep-alive connections and n8n's timers would keep the process up.
	process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
}

main(JSON.parse(process.argv[2])).catch((error: unknown) => {
	process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
	process.exit(1);
});
