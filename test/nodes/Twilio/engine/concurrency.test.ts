import { NodeHelpers } from 'n8n-workflow';

import type { ReceivedRequest } from '../../../../emulator';
import { runConcurrently } from '../../../../nodes/Twilio/engine/concurrency';
import { MAX_CONCURRENT_REQUESTS } from '../../../../nodes/Twilio/transport/requestSettings';
import { TwilioConnector } from '../../../../nodes/TwilioConnector/TwilioConnector.node';
import { catalog } from '../../../../nodes/Twilio/products';
import { useTwilio } from '../../../helpers/twilio';

const resources = catalog();

const twilio = useTwilio();
beforeEach(() => {
	twilio.emulator.latencyMs = 0;
});

const customer = (n: number) => `+1415555${String(n).padStart(4, '0')}`;
const send = (maxConcurrentRequests?: number) => ({
	resource: 'message',
	operation: 'send',
	from: '+15005550006',
	to: '={{ $json.to }}',
	body: 'Your order has shipped',
	options: maxConcurrentRequests === undefined ? {} : { maxConcurrentRequests },
});

/** The most requests the emulator held at the same moment. */
function mostInFlight(requests: ReceivedRequest[]): number {
	const events = requests.flatMap((request) => [
		{ at: request.receivedAt, change: 1 },
		{ at: request.answeredAt!, change: -1 },
	]);
	events.sort((a, b) => a.at - b.at || a.change - b.change);
	let inFlight = 0;
	let most = 0;
	for (const { change } of events) most = Math.max(most, (inFlight += change));
	return most;
}

describe('Options → Max Concurrent Requests', () => {
	test('is in every operation’s Options, from 1 (the default) to the bound', () => {
		const { description } = new TwilioConnector();
		for (const resource of resources) {
			for (const operation of resource.operations) {
				const options = description.properties.find(
					(property) =>
						property.name === 'options' &&
						NodeHelpers.displayParameter(
							{ resource: resource.value, operation: operation.value },
							property,
							{ typeVersion: 1 },
							description,
						),
				);
				expect(options?.options).toContainEqual(
					expect.objectContaining({
						name: 'maxConcurrentRequests',
						default: 1,
						typeOptions: expect.objectContaining({
							minValue: 1,
							maxValue: MAX_CONCURRENT_REQUESTS,
						}),
					}),
				);
			}
		}
	});

	test('by default sends one item at a time', async () => {
		twilio.emulator.latencyMs = 50;
		const { error } = await twilio.run({
			items: [0, 1, 2].map((n) => ({ to: customer(n) })),
			parameters: send(),
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests).toHaveLength(3);
		expect(mostInFlight(twilio.emulator.requests)).toBe(1);
	});

	test('keeps that many requests in flight, never more', async () => {
		twilio.emulator.latencyMs = 300;
		const items = Array.from({ length: 8 }, (_, n) => ({ to: customer(n) }));
		const { error } = await twilio.run({ items, parameters: send(4) });
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests).toHaveLength(8);
		expect(mostInFlight(twilio.emulator.requests)).toBe(4);
	});

	test('outputs stay in input order and paired when answers come back out of order', async () => {
		twilio.emulator.faults.enqueue({ kind: 'slow', slowMs: 300 });
		const items = Array.from({ length: 5 }, (_, n) => ({ to: customer(n) }));
		const { output, error } = await twilio.run({ items, parameters: send(5) });
		expect(error).toBeUndefined();
		const answered = [...twilio.emulator.requests].sort((a, b) => a.answeredAt! - b.answeredAt!);
		expect(answered[answered.length - 1].fault).toBe('slow');
		expect(output.map((item) => [item.json.to, item.pairedItem])).toEqual(
			items.map((item, index) => [item.to, { item: index }]),
		);
	});

	// Item 2 fails first (it is refused before sending) while item 1 is still waiting for Twilio's
	// 400.
	const failingItems = [customer(0), '+1555', '', customer(3), customer(4), customer(5)].map(
		(to) => ({ to }),
	);

	test('without Continue On Fail, the node fails with the first failing item by order, after the requests in flight', async () => {
		twilio.emulator.latencyMs = 200;
		const { error, output } = await twilio.run({ items: failingItems, parameters: send(3) });
		expect(output).toEqual([]);
		expect(error?.message).toBe(
			"Twilio error 21211: The 'To' number +1555 is not a valid phone number.",
		);
		// Items 0 and 1 were in flight and were answered before the node reported; no later item was
		// sent.
		expect(twilio.emulator.requests.map((request) => request.form.To[0])).toEqual([
			customer(0),
			'+1555',
		]);
		expect(twilio.emulator.requests.every((request) => request.answeredAt !== undefined)).toBe(
			true,
		);
	});

	test('with Continue On Fail, every item runs and each failure is an output item in its place', async () => {
		twilio.emulator.latencyMs = 50;
		const { error, output } = await twilio.run({
			items: failingItems,
			parameters: send(3),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(output.map((item) => item.pairedItem)).toEqual(
			failingItems.map((_, index) => ({ item: index })),
		);
		expect(output.map((item) => item.json.to ?? item.json.code ?? item.json.error)).toEqual([
			customer(0),
			21211,
			'To is required [item 2]',
			customer(3),
			customer(4),
			customer(5),
		]);
		expect(twilio.emulator.requests).toHaveLength(5);
	});

	test('a 429 pauses every request of the node: those in flight finish, none starts until Retry-After', async () => {
		// The first request to arrive is refused with Retry-After: 1 at once; the next two are in
		// flight meanwhile.
		twilio.emulator.faults.enqueue(
			{ kind: 'rate-limit', retryAfter: 1 },
			{ kind: 'slow', slowMs: 300 },
			{ kind: 'slow', slowMs: 300 },
		);
		const items = Array.from({ length: 6 }, (_, n) => ({ to: customer(n) }));
		const parameters = { ...send(), options: { maxConcurrentRequests: 3, retryDelay: 0 } };
		const { output, error } = await twilio.run({ items, parameters });
		expect(error).toBeUndefined();
		expect(output.map((item) => item.json.to)).toEqual(items.map((item) => item.to));

		const { requests } = twilio.emulator;
		const refused = requests.find((request) => request.status === 429)!;
		const pauseEnds = refused.answeredAt! + 1000;
		const inFlight = requests.filter((request) => request.fault === 'slow');
		expect(
			inFlight.map((request) => [request.receivedAt < refused.answeredAt! + 50, request.status]),
		).toEqual([
			[true, 201],
			[true, 201],
		]);
		// Clock readings are whole milliseconds: allow a few either way.
		const later = requests.filter((request) => request.receivedAt > refused.answeredAt! + 50);
		expect(later.map((request) => request.receivedAt >= pauseEnds - 5)).toEqual([
			true,
			true,
			true,
			true,
		]);
		expect(requests).toHaveLength(7);
	});

	test.each([
		[0, 'Options → Max Concurrent Requests must be between 1 and 20'],
		[MAX_CONCURRENT_REQUESTS + 1, 'Options → Max Concurrent Requests must be between 1 and 20'],
		['many', 'Options → Max Concurrent Requests expected a whole number, got a string'],
	])('refuses %p before sending anything', async (value, message) => {
		const parameters = { ...send(), options: { maxConcurrentRequests: value } };
		const { error } = await twilio.run({ items: [{ to: customer(0) }], parameters });
		expect(error?.message).toBe(message);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('runConcurrently', () => {
	const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

	test('starts in index order, at most `limit` at once, and returns results by index', async () => {
		const started: number[] = [];
		let running = 0;
		let most = 0;
		const results = await runConcurrently(
			10,
			3,
			async (index) => {
				started.push(index);
				most = Math.max(most, ++running);
				await sleep(index % 2 ? 5 : 15);
				running--;
				return index * 10;
			},
			() => false,
		);
		expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(most).toBe(3);
		expect(results).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
	});

	test('after a result that stops it, starts nothing new but waits for those running', async () => {
		const finished: number[] = [];
		const results = await runConcurrently(
			10,
			3,
			async (index) => {
				await sleep(index === 1 ? 1 : 30);
				finished.push(index);
				return index;
			},
			(result) => result === 1,
		);
		// 1 stops the run while 0 and 2 are running: they finish, 3 and later never start.
		expect(finished).toEqual([1, 0, 2]);
		expect(results).toEqual([0, 1, 2, ...new Array(7).fill(undefined)]);
	});

	test('runs nothing for no items', async () => {
		const run = jest.fn(async () => 1);
		expect(await runConcurrently(0, 5, run, () => false)).toEqual([]);
		expect(run).not.toHaveBeenCalled();
	});
});
