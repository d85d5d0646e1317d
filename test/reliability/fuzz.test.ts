import { expectContractClean } from '../helpers/contract';
import { fuzzCatalog } from '../helpers/fuzz';
import { leaks, LogCapture, reachableStrings, useSentinelSecrets } from '../helpers/secrets';
import { startTwilio, type TwilioFixture } from '../helpers/twilio';

/**
 * Hostile input over every operation of the catalog, at a size that suits `npm test`.
 * `fuzz.full.ts` (npm run test:reliability) runs more cases and writes the figures.
 */

let twilio: TwilioFixture;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
	twilio = await startTwilio();
	process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
	process.off('unhandledRejection', onUnhandled);
	try {
		expectContractClean(twilio.emulator);
	} finally {
		await twilio.emulator.close();
	}
});

test('every operation takes random, hostile and mistyped parameters without a crash, a foreign path or a leak', async () => {
	const secrets = useSentinelSecrets(twilio);
	const capture = new LogCapture();
	const produced: unknown[] = [];
	capture.start();
	try {
		const figures = await fuzzCatalog(twilio, { seed: 6, runsPerOperation: 12, credentials: secrets }, produced);
		expect(figures.cases).toBe(figures.operations * 12);
		expect(figures.requestsSent).toBeGreaterThan(0);
	} finally {
		capture.stop();
	}
	expect(unhandled).toEqual([]);
	expect(leaks(capture.lines, secrets.forms())).toEqual([]);
	expect(leaks(reachableStrings(produced), secrets.forms())).toEqual([]);
});
