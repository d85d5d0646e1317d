/**
 * Runs the Twilio emulator as a process of its own, for n8n, the demo and the benchmark:
 * node .build/emulator/cli.js [--port 4010] [--seed 1] [--latency 0] [--no-contract]
 * [--no-answer-check] It prints one line, `Twilio emulator listening on http://127.0.0.1:PORT`,
 * once it answers, and stops on SIGINT or SIGTERM. Other processes observe and steer it through
 * `/__emulator/…`.
 */
import { parseArgs } from 'node:util';

import { TwilioEmulator } from './server';

export const READY_LINE = 'Twilio emulator listening on ';

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '0' },
			seed: { type: 'string', default: '1' },
			latency: { type: 'string', default: '0' },
			'no-contract': { type: 'boolean', default: false },
			'no-answer-check': { type: 'boolean', default: false },
		},
	});
	const emulator = await TwilioEmulator.start({
		port: Number(values.port),
		seed: Number(values.seed),
		latencyMs: Number(values.latency),
		contract: !values['no-contract'],
		checkAnswers: !values['no-answer-check'],
	});
	emulator.keepProcessAlive();
	const stop = () => void emulator.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	console.log(`${READY_LINE}${emulator.url} (account ${emulator.account.sid})`);
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
