import {
	FAST_OPTIONS,
	runFaultySendBatch,
	SEND_FAULT_RATES,
	writeFigures,
} from '../helpers/faultRuns';
import { leaks, LogCapture, reachableStrings, useSentinelSecrets } from '../helpers/secrets';
import { useTwilio } from '../helpers/twilio';

/**
 * The batch: 1,000 Message → Send items under seeded faults. Figures go to
 * docs/reliability.md.
 */

const ITEMS = 1000;
const SEED = 1000;

const twilio = useTwilio();
const capture = new LogCapture();

test(
	`${ITEMS} sends with 10% 429, 5% 503, 2% dropped after processing, 2% slow: none lost, none twice`,
	async () => {
		const secrets = useSentinelSecrets(twilio);
		capture.start();
		const { figures, problems, run } = await runFaultySendBatch(twilio, {
			items: ITEMS,
			seed: SEED,
			credentials: secrets.authToken,
		});
		capture.stop();
		writeFigures('send-batch', {
			seed: SEED,
			rates: SEND_FAULT_RATES,
			options: FAST_OPTIONS,
			...figures,
		});

		expect(problems).toEqual([]);
		expect(figures).toMatchObject({
			items: ITEMS,
			duplicates: 0,
			repeatedAfterPossibleProcessing: 0,
			silentlyLost: 0,
		});
		expect(leaks(capture.lines, secrets.forms())).toEqual([]);
		expect(leaks(reachableStrings(run), secrets.forms())).toEqual([]);
	},
	5 * 60_000,
);
