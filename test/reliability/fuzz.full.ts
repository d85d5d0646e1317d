import { writeFigures } from '../helpers/faultRuns';
import { fuzzCatalog, useFuzzFixture } from '../helpers/fuzz';
import { leaks, LogCapture, reachableStrings, useSentinelSecrets } from '../helpers/secrets';

/**
 * Hostile input over every operation of the catalog, the full run. Figures go to
 * docs/reliability.md.
 */

const SEED = 6;
const RUNS_PER_OPERATION = 100;
/** A few minutes on a busy machine; the default 60 s is for ordinary tests. */
const TIMEOUT_MS = 10 * 60_000;

const fixture = useFuzzFixture();

test(
	`${RUNS_PER_OPERATION} hostile cases per operation: only n8n errors, only the operation's own paths, no leak`,
	async () => {
		const secrets = useSentinelSecrets(fixture.twilio);
		const capture = new LogCapture();
		const produced: unknown[] = [];
		capture.start();
		const started = Date.now();
		let figures;
		try {
			figures = await fuzzCatalog(
				fixture.twilio,
				{ seed: SEED, runsPerOperation: RUNS_PER_OPERATION, credentials: secrets },
				produced,
			);
		} finally {
			capture.stop();
		}
		const found = {
			unhandledRejections: fixture.unhandled.length,
			contractViolations: fixture.twilio.emulator.contractViolations.length,
			secretLeaks:
				leaks(capture.lines, secrets.forms()).length +
				leaks(reachableStrings(produced), secrets.forms()).length,
			logLinesChecked: capture.lines.length,
		};
		writeFigures('fuzz', {
			seed: SEED,
			runsPerOperation: RUNS_PER_OPERATION,
			...figures,
			...found,
			seconds: (Date.now() - started) / 1000,
		});
		expect(figures.cases).toBe(figures.operations * RUNS_PER_OPERATION);
		expect(found).toMatchObject({ unhandledRejections: 0, contractViolations: 0, secretLeaks: 0 });
	},
	TIMEOUT_MS,
);
