import type { IDataObject } from 'n8n-workflow';

import { Params } from '../../emulator/params';
import { newSid, seededRandom } from '../../emulator/random';
import { newMessage } from '../../emulator/products/api/behaviours/messages';
import type { HandlerContext } from '../../emulator/types';
import { expectContractClean } from '../helpers/contract';
import { runFaultySendBatch } from '../helpers/faultRuns';
import { leaks, LogCapture, reachableStrings, useSentinelSecrets } from '../helpers/secrets';
import { startTwilio, type TwilioFixture } from '../helpers/twilio';

/**
 * The fault runs at a size that suits `npm test`. `faults.full.ts` (npm run test:reliability)
 * runs the 1,000-item batch and writes the figures of docs/reliability.md.
 */

let twilio: TwilioFixture;
let secrets: ReturnType<typeof useSentinelSecrets>;
const capture = new LogCapture();
const produced: unknown[] = [];

beforeAll(async () => {
	twilio = await startTwilio();
	secrets = useSentinelSecrets(twilio);
	capture.start();
});
afterAll(async () => {
	capture.stop();
	try {
		expectContractClean(twilio.emulator);
	} finally {
		await twilio.emulator.close();
	}
});

describe('Message → Send under seeded faults (429, 503, dropped after processing, slow)', () => {
	test('every item is sent exactly once or is an error item that names its cause', async () => {
		const { figures, problems, run } = await runFaultySendBatch(twilio, {
			items: 100,
			seed: 108,
			credentials: secrets.authToken,
		});
		produced.push(run);
		expect(problems).toEqual([]);
		expect(figures).toMatchObject({
			items: 100,
			duplicates: 0,
			repeatedAfterPossibleProcessing: 0,
			silentlyLost: 0,
		});
		// The seed gives every kind of fault at least once, so each path above was taken.
		for (const kind of ['rate-limit', 'unavailable', 'drop-after', 'slow']) {
			expect(figures.faultsInjected[kind as 'slow']).toBeGreaterThan(0);
		}
		expect(
			figures.sent + Object.values(figures.errorItems).reduce((sum, count) => sum + count, 0),
		).toBe(100);
	});
});

describe('Get Many with faults in the middle of paging', () => {
	const STORED = 2500;
	let expectedSids: string[];

	beforeEach(() => {
		twilio.emulator.reset();
		const random = seededRandom(25);
		const uri = twilio.accountPath('/Messages');
		for (let index = 0; index < STORED; index++) {
			// The emulator's own Message → Send, without a request: the record as Twilio shows it.
			const context = {
				params: new Params(`To=%2B14155550100&From=%2B15005550006&Body=Stored+${index}`),
				path: { AccountSid: twilio.emulator.account.sid },
				now: new Date(Date.UTC(2026, 0, 1, 0, 0, index)),
				newSid: (prefix: string) => newSid(prefix, random),
				collectionUri: uri,
			};
			twilio.emulator.store.add(uri, newMessage(context as unknown as HandlerContext));
		}
		// Twilio lists messages newest first.
		expectedSids = twilio.emulator
			.records(uri)
			.map((record) => String(record.sid))
			.reverse();
	});

	const getMany = async (extra: IDataObject, continueOnFail = true) => {
		const run = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'getMany',
				returnAll: true,
				...extra,
				options: { retryDelay: 10, ...(extra.options as IDataObject) },
			},
			credentials: secrets.apiKey,
			continueOnFail,
		});
		produced.push(run);
		return run;
	};

	test('a retried page completes the list: every record once, in order', async () => {
		twilio.emulator.faults.enqueue(
			{ kind: 'unavailable', method: 'GET', query: /PageToken=/ },
			{ kind: 'drop-after', method: 'GET', query: /PageToken=/ },
			{ kind: 'rate-limit', method: 'GET', query: /PageToken=/, retryAfter: 0 },
			{ kind: 'slow', method: 'GET', query: /PageToken=/, slowMs: 1500 },
		);
		const { output, error } = await getMany({ options: { requestTimeout: 1 } });
		expect(error).toBeUndefined();
		const faulty = twilio.emulator.requests.filter((request) => request.fault);
		expect(faulty.map((request) => request.fault)).toEqual([
			'unavailable',
			'drop-after',
			'rate-limit',
			'slow',
		]);
		// All on the second page, asked for again and again until it came.
		expect(new Set(faulty.map((request) => request.rawQuery)).size).toBe(1);
		expect(faulty[0].rawQuery).toMatch(/(^|&)Page=1(&|$)/);
		expect(output.map((item) => item.json.sid)).toEqual(expectedSids);
	});

	test('a page that keeps failing fails the item, and no record of the earlier pages comes out', async () => {
		const thirdPage = /(^|&)Page=2(&|$)/;
		twilio.emulator.faults.enqueue(
			...Array.from({ length: 3 }, () => ({
				kind: 'unavailable' as const,
				method: 'GET',
				query: thirdPage,
			})),
		);
		const { output } = await getMany({ options: { maxRetries: 2 } });
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			error: 'Twilio error 20503: Service Unavailable',
			code: 20503,
			httpStatus: 503,
		});
		expect(output[0].json.description).toBe(
			'HTTP 503. More information: https://www.twilio.com/docs/errors/20503 Tried 3 times (Options → Max Retries is 2). Page 3 of the list failed; the 2 pages read before it are not output either, so no partial list comes out.',
		);

		twilio.emulator.faults.enqueue(
			...Array.from({ length: 3 }, () => ({
				kind: 'drop-after' as const,
				method: 'GET',
				query: thirdPage,
			})),
		);
		const stopped = await getMany({ options: { maxRetries: 2 } }, false);
		expect(stopped.output).toEqual([]);
		expect(stopped.error?.message).toBe(
			'The connection to Twilio broke before its answer (ECONNRESET)',
		);
	});

	test('under seeded random faults every list either completes or fails clearly, never partly', async () => {
		twilio.emulator.faults.setPlan({
			seed: 77,
			method: 'GET',
			rates: {
				'rate-limit': 0.2,
				unavailable: 0.15,
				'server-error': 0.05,
				'drop-before': 0.05,
				'drop-after': 0.05,
			},
			retryAfter: 0,
		});
		const outcomes = { completed: 0, failed: 0 };
		for (let run = 0; run < 12; run++) {
			const limit = [undefined, 1500, 10][run % 3];
			const { output } = await getMany({
				returnAll: limit === undefined,
				...(limit ? { limit } : {}),
				options: { maxRetries: 3 },
			});
			const wanted = expectedSids.slice(0, limit ?? STORED);
			if (output.length === 1 && output[0].json.error) {
				outcomes.failed++;
				expect(String(output[0].json.error)).toMatch(
					/^(Twilio error 20(429|503|500): |The connection to Twilio broke|Twilio did not answer)/,
				);
				expect(output[0].json.description).toContain('Tried 4 times');
			} else {
				outcomes.completed++;
				expect(output.map((item) => item.json.sid)).toEqual(wanted);
			}
		}
		expect(outcomes.completed).toBeGreaterThan(0);
		expect(outcomes.failed).toBeGreaterThan(0);
	});
});

describe('secrets', () => {
	test('the Auth Token and API key secret appear in no output, error or log line of these runs', () => {
		expect(produced.length).toBeGreaterThan(0);
		const forms = secrets.forms();
		expect(leaks(capture.lines, forms)).toEqual([]);
		expect(leaks(reachableStrings(produced), forms)).toEqual([]);
		// The capture sees what n8n logs while running the node, through LoggerProxy and its Logger
		// service.
		expect(
			capture.lines.some((line) => line.startsWith('debug Running node "Twilio Connector"')),
		).toBe(true);
		expect(
			capture.lines.some((line) =>
				line.startsWith('error The connection to Twilio broke before its answer'),
			),
		).toBe(true);
	});
});
