import { fuzzCatalog, useFuzzFixture } from '../helpers/fuzz';
import { leaks, LogCapture, reachableStrings, useSentinelSecrets } from '../helpers/secrets';

/**
 * Hostile input over every operation of the catalog, three cases each: a size that suits `npm
 * test`. `fuzz.full.ts` (npm run test:reliability) runs more cases and writes the figures.
 */

const fixture = useFuzzFixture();

test('every operation takes random, hostile and mistyped parameters without a crash, a foreign path or a leak', async () => {
	const secrets = useSentinelSecrets(fixture.twilio);
	const capture = new LogCapture();
	const produced: unknown[] = [];
	capture.start();
	try {
		const figures = await fuzzCatalog(
			fixture.twilio,
			{ seed: 6, runsPerOperation: 3, credentials: secrets },
			produced,
		);
		expect(figures.cases).toBe(figures.operations * 3);
		expect(figures.requestsSent).toBeGreaterThan(0);
	} finally {
		capture.stop();
	}
	expect(fixture.unhandled).toEqual([]);
	expect(leaks(capture.lines, secrets.forms())).toEqual([]);
	expect(leaks(reachableStrings(produced), secrets.forms())).toEqual([]);
});
