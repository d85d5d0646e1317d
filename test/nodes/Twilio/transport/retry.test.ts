import { freePort } from '../../../../scripts/freePort';

import { sleep, type IExecuteFunctions, type INodeType } from 'n8n-workflow';

import { TwilioConnector } from '../../../../nodes/TwilioConnector/TwilioConnector.node';
import { TwilioClient } from '../../../../nodes/Twilio/transport/client';
import type { TwilioRequest } from '../../../../nodes/Twilio/transport/wire';
import { retryAfterMs, retryDelayMs } from '../../../../nodes/Twilio/transport/retry';
import { DEFAULT_REQUEST_SETTINGS } from '../../../../nodes/Twilio/transport/requestSettings';
import { nodeTypeInstances, PACKAGE_NAME } from '../../../helpers/n8n';
import { seedRecord } from '../../../../emulator';
import { seedConference } from '../../../../emulator/products/api/behaviours/conferences';
import { seedParticipant } from '../../../../emulator/products/api/behaviours/participants';
import { useTwilio } from '../../../helpers/twilio';

const twilio = useTwilio();

/** Small waits keep the tests fast. */
const FAST = { retryDelay: 10 };
/**
 * Lets a slow answer (1.5 s) time out; only where a test needs it, since a busy machine can be slow
 * too.
 */
const SHORT_TIMEOUT = { ...FAST, requestTimeout: 1 };
const MESSAGE_SID = 'SM0123456789abcdef0123456789abcdef';
const send = {
	resource: 'message',
	operation: 'send',
	from: '+15005550006',
	to: '+14155551234',
	body: 'Hi',
};
const messages = () => twilio.emulator.records(twilio.accountPath('/Messages'));
const calls = () => twilio.emulator.records(twilio.accountPath('/Calls'));
const faultsSeen = () => twilio.emulator.requests.map((request) => request.fault ?? 'none');

describe('retryDelayMs', () => {
	test('doubles from the base delay, keeps between half and all of it, and stops at 30 s', () => {
		for (let retry = 0; retry < 8; retry++) {
			const full = Math.min(30_000, 1000 * 2 ** retry);
			expect(retryDelayMs(retry, 1000, 0)).toBe(full / 2);
			expect(retryDelayMs(retry, 1000, 0.999_999)).toBe(full);
		}
	});

	test("never waits less than Twilio's Retry-After", () => {
		expect(retryDelayMs(0, 1000, 0.5, 7000)).toBe(7000);
		expect(retryDelayMs(3, 1000, 0.5, 100)).toBe(6000);
	});
});

describe('retryAfterMs', () => {
	const now = Date.parse('2026-05-01T12:00:00Z');
	test.each([
		['2', 2000],
		['0', 0],
		['1.5', 1500],
		['Fri, 01 May 2026 12:00:09 GMT', 9000],
		['Fri, 01 May 2026 11:00:00 GMT', 0],
		['soon', undefined],
		[undefined, undefined],
	])('Retry-After %p → %p ms', (header, expected) => {
		expect(retryAfterMs(header === undefined ? {} : { 'retry-after': header }, now)).toBe(expected);
	});
});

describe('HTTP 429 (Twilio did not process the request)', () => {
	test("is retried even for a create, after Twilio's Retry-After", async () => {
		twilio.emulator.faults.enqueue({ kind: 'rate-limit', retryAfter: 1 });
		const { output, error } = await twilio.run({ parameters: { ...send, options: FAST } });
		expect(error).toBeUndefined();
		const [refused, accepted] = twilio.emulator.requests;
		expect(faultsSeen()).toEqual(['rate-limit', 'none']);
		expect(accepted.receivedAt - refused.receivedAt).toBeGreaterThanOrEqual(1000);
		expect(messages()).toHaveLength(1);
		expect(output[0].json.sid).toBe(messages()[0].sid);
	});

	test("stops after Max Retries, with Twilio's error and the number of tries", async () => {
		twilio.emulator.faults.enqueue(
			...Array.from({ length: 3 }, () => ({ kind: 'rate-limit' as const, retryAfter: 0 })),
		);
		const { output } = await twilio.run({
			parameters: { ...send, options: { ...FAST, maxRetries: 2 } },
			continueOnFail: true,
		});
		expect(twilio.emulator.requests).toHaveLength(3);
		expect(messages()).toHaveLength(0);
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({ code: 20429, httpStatus: 429 });
		expect(output[0].json.error).toContain('Twilio error 20429');
		expect(output[0].json.description).toContain('Tried 3 times (Options → Max Retries is 2)');
		expect(output[0].json.mayHaveBeenProcessed).toBeUndefined();
	});

	test('pauses every request of the execution, not only the one that got it', async () => {
		// Two requests through one client, the second started while the first waits out its 429:
		// as the node does when it sends several items' requests at once.
		const harness: INodeType = {
			description: {
				...new TwilioConnector().description,
				name: 'twilioClientHarness',
				properties: [],
			},
			async execute(this: IExecuteFunctions) {
				const client = await TwilioClient.connect(this, DEFAULT_REQUEST_SETTINGS);
				const list = (): TwilioRequest => ({
					method: 'GET',
					path: `/2010-04-01/Accounts/${client.accountSid}/Messages.json`,
					retry: 'idempotent',
					itemIndex: 0,
				});
				const first = client.send(list());
				await sleep(300);
				await Promise.all([first, client.send(list())]);
				return [[{ json: {} }]];
			},
		};
		nodeTypeInstances[`${PACKAGE_NAME}.twilioClientHarness`] = harness;
		twilio.emulator.faults.enqueue({ kind: 'rate-limit', retryAfter: 1 });
		const { error } = await twilio.run({
			parameters: {},
			nodeType: `${PACKAGE_NAME}.twilioClientHarness`,
		});
		expect(error).toBeUndefined();
		const [refused, ...later] = twilio.emulator.requests;
		expect(refused.fault).toBe('rate-limit');
		expect(later).toHaveLength(2);
		for (const request of later)
			expect(request.receivedAt - refused.receivedAt).toBeGreaterThanOrEqual(990);
	});
});

describe('reads, deletes and updates of an existing SID', () => {
	test('a read is retried after a 503, a broken connection and a timeout', async () => {
		const sent = await twilio.run({ parameters: send });
		const messageSid = sent.output[0].json.sid as string;
		twilio.emulator.requests.length = 0;
		twilio.emulator.faults.enqueue(
			{ kind: 'unavailable', method: 'GET' },
			{ kind: 'drop-after', method: 'GET' },
			{ kind: 'slow', method: 'GET', slowMs: 1500 },
		);
		const { output, error } = await twilio.run({
			parameters: { resource: 'message', operation: 'get', messageSid, options: SHORT_TIMEOUT },
		});
		expect(error).toBeUndefined();
		expect(faultsSeen()).toEqual(['unavailable', 'drop-after', 'slow', 'none']);
		expect(output.map((item) => item.json.sid)).toEqual([messageSid]);
	});

	test('waits about twice as long before each further retry', async () => {
		twilio.emulator.faults.enqueue(
			...Array.from({ length: 3 }, () => ({ kind: 'server-error' as const })),
		);
		await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'getMany',
				options: { ...FAST, retryDelay: 200 },
			},
		});
		const times = twilio.emulator.requests.map((request) => request.receivedAt);
		expect(faultsSeen()).toEqual(['server-error', 'server-error', 'server-error', 'none']);
		[100, 200, 400].forEach((atLeast, retry) =>
			expect(times[retry + 1] - times[retry]).toBeGreaterThanOrEqual(atLeast),
		);
	});

	test('an update of a call is retried after a 503 and applied once', async () => {
		const made = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'make',
				from: '+15005550006',
				to: '+14155551234',
				url: 'https://example.com/twiml',
			},
		});
		const callSid = made.output[0].json.sid as string;
		twilio.emulator.requests.length = 0;
		twilio.emulator.faults.enqueue({ kind: 'unavailable' });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'update',
				callSid,
				updateFields: { status: 'canceled' },
				options: FAST,
			},
		});
		expect(error).toBeUndefined();
		expect(faultsSeen()).toEqual(['unavailable', 'none']);
		expect(output[0].json).toMatchObject({ sid: callSid, status: 'canceled' });
	});

	test('an update that only sets a status stays retryable; one with new instructions is sent once', async () => {
		const made = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'make',
				from: '+15005550006',
				to: '+14155551234',
				url: 'https://example.com/twiml',
			},
		});
		const callSid = made.output[0].json.sid as string;
		for (const [updateFields, repeated] of [
			[{ url: 'https://example.com/again' }, false],
			[{ twiml: '<Response><Dial>+14155550000</Dial></Response>' }, false],
			[{ status: 'completed' }, true],
		] as const) {
			twilio.emulator.requests.length = 0;
			twilio.emulator.faults.enqueue({ kind: 'unavailable', method: 'POST' });
			const { output } = await twilio.run({
				parameters: { resource: 'call', operation: 'update', callSid, updateFields, options: FAST },
				continueOnFail: true,
			});
			expect(faultsSeen()).toEqual(repeated ? ['unavailable', 'none'] : ['unavailable']);
			if (repeated) continue;
			expect(output[0].json).toMatchObject({ mayHaveBeenProcessed: true, httpStatus: 503 });
			expect(output[0].json.error).toMatch(
				/Twilio may have processed the request, so it was not repeated$/,
			);
			expect(output[0].json.description).toMatch(
				/^Call → Update with (URL|TwiML) acts again each time it is sent\. Before running the item again, look at the record with Call → Get\./,
			);
		}
	});

	test('a participant update with an Announce URL is sent once; without it, it is retried', async () => {
		const conference = seedConference(twilio.emulator, { status: 'in-progress' });
		const participant = seedParticipant(twilio.emulator, conference);
		const update = {
			resource: 'participant',
			operation: 'update',
			conferenceSid: conference.sid,
			callSid: participant.call_sid,
			muted: true,
		};
		twilio.emulator.faults.enqueue({ kind: 'unavailable', method: 'POST' });
		const announced = await twilio.run({
			parameters: {
				...update,
				updateFields: { announceUrl: 'https://example.com/announce' },
				options: FAST,
			},
			continueOnFail: true,
		});
		expect(faultsSeen()).toEqual(['unavailable']);
		expect(announced.output[0].json).toMatchObject({ mayHaveBeenProcessed: true });
		twilio.emulator.requests.length = 0;
		twilio.emulator.faults.enqueue({ kind: 'unavailable', method: 'POST' });
		const muted = await twilio.run({ parameters: { ...update, options: FAST } });
		expect(muted.error).toBeUndefined();
		expect(faultsSeen()).toEqual(['unavailable', 'none']);
	});

	test('gives up after Max Retries and says how often it tried', async () => {
		twilio.emulator.faults.enqueue(
			...Array.from({ length: 2 }, () => ({ kind: 'drop-after' as const })),
		);
		const { output } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'get',
				messageSid: MESSAGE_SID,
				options: { ...FAST, maxRetries: 1 },
			},
			continueOnFail: true,
		});
		expect(twilio.emulator.requests).toHaveLength(2);
		expect(output[0].json.error).toMatch(
			/^The connection to Twilio broke before its answer \(ECONNRESET\)$/,
		);
		expect(output[0].json.description).toContain('Tried 2 times');
	});
});

describe('creates (message, call…) that may have reached Twilio', () => {
	test('are not repeated after a 503: the item says it may have been processed and how to check', async () => {
		twilio.emulator.faults.enqueue({ kind: 'unavailable' });
		const { output } = await twilio.run({
			parameters: { ...send, options: FAST },
			continueOnFail: true,
		});
		expect(twilio.emulator.requests).toHaveLength(1);
		expect(messages()).toHaveLength(0);
		const json = output[0].json;
		expect(json).toMatchObject({ code: 20503, httpStatus: 503, mayHaveBeenProcessed: true });
		expect(json.error).toBe(
			'Twilio error 20503: Service Unavailable. Twilio may have processed the request, so it was not repeated',
		);
		// Not by Date Sent: a queued or scheduled message has none yet, and would not be found.
		expect(json.description).toBe(
			'Message → Send creates something at Twilio, and running it again could create it twice. Before running the item again, look for it with Message → Get Many (From = +15005550006, To = +14155551234). Leave Date Sent empty: a record queued or scheduled has none yet. (HTTP 503. More information: https://www.twilio.com/docs/errors/20503)',
		);
	});

	test('where the list filters by creation date, the check starts a few minutes before the request (Call Recording → Start)', async () => {
		const call = seedRecord(
			twilio.emulator,
			'/Accounts/{AccountSid}/Calls/{Sid}.json',
			{},
			{ status: 'in-progress' },
		);
		twilio.emulator.faults.enqueue({ kind: 'unavailable' });
		const before = Date.now();
		const { output } = await twilio.run({
			parameters: {
				resource: 'callRecording',
				operation: 'start',
				callSid: call.sid,
				options: FAST,
			},
			continueOnFail: true,
		});
		const description = String(output[0].json.description);
		expect(description).toMatch(
			/look for it with Call Recording → Get Many \(Date Created On or After = \S+Z\)\./,
		);
		// A few minutes before the request, for clocks that differ.
		const since = Date.parse(/On or After = (\S+)\)/.exec(description)![1]);
		expect(Date.now() - since).toBeGreaterThanOrEqual(5 * 60_000);
		expect(before - since).toBeLessThan(6 * 60_000);
	});

	test('are not repeated after a broken connection, and the check finds what was sent', async () => {
		twilio.emulator.faults.enqueue({ kind: 'drop-after' });
		const { output } = await twilio.run({
			parameters: { ...send, options: FAST },
			continueOnFail: true,
		});
		expect(twilio.emulator.requests).toHaveLength(1);
		expect(messages()).toHaveLength(1);
		const { error, description, mayHaveBeenProcessed } = output[0].json;
		expect(error).toBe(
			'The connection to Twilio broke before its answer (ECONNRESET). Twilio may have processed the request, so it was not repeated',
		);
		expect(mayHaveBeenProcessed).toBe(true);

		// Follow the advice: Message → Get Many with the filters it names. The message is queued, with
		// no date sent yet.
		const filter = (label: string) =>
			new RegExp(`${label} = (\\S+?)[,)]`).exec(String(description))![1];
		expect(messages()[0]).toMatchObject({ status: 'queued', date_sent: null });
		const check = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'getMany',
				returnAll: true,
				filters: { to: filter('To'), from: filter('From') },
			},
		});
		expect(check.output.map((item) => item.json.sid)).toEqual([messages()[0].sid]);
	});

	test('are not repeated after a timeout (Call → Make names its own check)', async () => {
		twilio.emulator.faults.enqueue({ kind: 'slow', slowMs: 1500 });
		const { output } = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'make',
				from: '+15005550006',
				to: '+14155551234',
				url: 'https://example.com/twiml',
				options: SHORT_TIMEOUT,
			},
			continueOnFail: true,
		});
		expect(twilio.emulator.requests).toHaveLength(1);
		expect(calls()).toHaveLength(1);
		expect(output[0].json.error).toBe(
			'Twilio did not answer within 1 s. Twilio may have processed the request, so it was not repeated',
		);
		expect(output[0].json.description).toMatch(
			/^Call → Make creates something at Twilio.* look for it with Call → Get Many \(From = \+15005550006, To = \+14155551234\)\. Leave Start Time and End Time empty/,
		);
	});

	test('name the subaccount to look in when the item acted on one', async () => {
		twilio.emulator.faults.enqueue({ kind: 'drop-before' });
		const { output } = await twilio.run({
			parameters: { ...send, options: { ...FAST, accountSid: twilio.emulator.account.sid } },
			continueOnFail: true,
		});
		expect(output[0].json.description).toContain(
			`Options → Account SID = ${twilio.emulator.account.sid})`,
		);
	});

	test('are retried when the connection could not even be made: nothing was sent', async () => {
		const closedPort = await freePort();
		const { output } = await twilio.run({
			parameters: { ...send, options: { ...FAST, maxRetries: 2 } },
			credentials: { ...twilio.credentials, baseUrl: `http://127.0.0.1:${closedPort}` },
			continueOnFail: true,
		});
		expect(output[0].json.error).toBe('Could not connect to Twilio (ECONNREFUSED)');
		expect(output[0].json.description).toBe(
			`POST ${twilio.accountPath('/Messages.json')} was not sent. Tried 3 times (Options → Max Retries is 2).`,
		);
		expect(output[0].json.mayHaveBeenProcessed).toBeUndefined();
	});
});

describe('Options', () => {
	test('every operation offers Max Retries, Retry Delay and Request Timeout', () => {
		const optionCollections = new TwilioConnector().description.properties.filter(
			(property) => property.name === 'options',
		);
		expect(optionCollections.length).toBeGreaterThan(0);
		for (const collection of optionCollections) {
			const names = (collection.options ?? []).map((option) =>
				'name' in option ? option.name : '',
			);
			expect(names).toEqual(expect.arrayContaining(['maxRetries', 'retryDelay', 'requestTimeout']));
		}
	});

	test('a bad value fails its item with the option named, before anything is sent', async () => {
		const { error } = await twilio.run({ parameters: { ...send, options: { maxRetries: 11 } } });
		expect(error?.message).toBe('Max Retries must be between 0 and 10 [item 0]');
		const typed = await twilio.run({
			parameters: { ...send, options: { requestTimeout: '={{ { seconds: 5 } }}' } },
		});
		expect(typed.error?.message).toBe(
			'Request Timeout (Seconds) expected a whole number, got an object [item 0]',
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});

	test('options are read per item: a bad one in the first item leaves the others running under Continue On Fail', async () => {
		const { output } = await twilio.run({
			items: [{ retries: 11 }, { retries: 2 }],
			parameters: { ...send, options: { maxRetries: '={{ $json.retries }}' } },
			continueOnFail: true,
		});
		expect(output.map((item) => item.json.error ?? item.json.status)).toEqual([
			'Max Retries must be between 0 and 10 [item 0]',
			'queued',
		]);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(twilio.emulator.requests).toHaveLength(1);
	});

	test('Max Concurrent Requests applies to the whole node: a bad value stops it, naming the option', async () => {
		const { error } = await twilio.run({
			items: [{}, {}],
			parameters: { ...send, options: { maxConcurrentRequests: 21 } },
			continueOnFail: true,
		});
		expect(error?.message).toBe('Options → Max Concurrent Requests must be between 1 and 20');
		expect(error?.description).toBe(
			'It applies to the whole node and is read from the first item. Nothing was sent to Twilio.',
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});

	test('Request Timeout applies to each request', async () => {
		twilio.emulator.faults.enqueue(
			{ kind: 'slow', slowMs: 1500, method: 'GET' },
			{ kind: 'slow', slowMs: 1500, method: 'GET' },
		);
		const { output } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'get',
				messageSid: MESSAGE_SID,
				options: { requestTimeout: 1, maxRetries: 0 },
			},
			continueOnFail: true,
		});
		expect(output[0].json.error).toBe('Twilio did not answer within 1 s');
		const unbounded = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'get',
				messageSid: MESSAGE_SID,
				options: { maxRetries: 0 },
			},
			continueOnFail: true,
		});
		expect(unbounded.output[0].json).toMatchObject({ code: 20404, httpStatus: 404 });
	});
});
