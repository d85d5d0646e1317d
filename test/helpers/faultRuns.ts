import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import type { FaultKind } from '../../emulator';
import type { NodeRun } from './n8n';
import type { TwilioFixture } from './twilio';

/** The mix of faults the issue names for a batch of sends. */
export const SEND_FAULT_RATES: Partial<Record<FaultKind, number>> = {
	'rate-limit': 0.1,
	unavailable: 0.05,
	'drop-after': 0.02,
	slow: 0.02,
};

/**
 * Waits kept small so that a batch runs in seconds; a 1 s timeout makes every slow answer time out.
 */
export const FAST_OPTIONS = { retryDelay: 10, requestTimeout: 1 };
const SLOW_MS = 1500;

/** How each item of a faulty batch ended, as the emulator and the node's output tell it. */
export interface SendBatchFigures {
	items: number;
	requests: number;
	faultsInjected: Partial<Record<FaultKind, number>>;
	retries: number;
	sent: number;
	errorItems: Record<string, number>;
	/** Error items whose message Twilio did hold: the ones their error tells the user to check. */
	processedButUncertain: number;
	duplicates: number;
	/** Requests repeated after one that may have reached Twilio (anything but a 429 before it). */
	repeatedAfterPossibleProcessing: number;
	/** Items with no output, or reported sent with no message at Twilio. */
	silentlyLost: number;
	seconds: number;
}

/**
 * What an error item must say for the fault of the request it ended with. A request with no fault
 * can still end in a timeout when the machine is very busy; that is an honest outcome too.
 */
const EXPECTED_ENDINGS: Record<string, { cause: RegExp; mayHaveBeenProcessed: boolean }> = {
	none: {
		cause: /^Twilio did not answer within 1 s\. .* may have processed/,
		mayHaveBeenProcessed: true,
	},
	'rate-limit': { cause: /^Twilio error 20429: /, mayHaveBeenProcessed: false },
	unavailable: { cause: /^Twilio error 20503: .* may have processed/, mayHaveBeenProcessed: true },
	'server-error': {
		cause: /^Twilio error 20500: .* may have processed/,
		mayHaveBeenProcessed: true,
	},
	'drop-before': {
		cause: /^The connection to Twilio broke .* may have processed/,
		mayHaveBeenProcessed: true,
	},
	'drop-after': {
		cause: /^The connection to Twilio broke .* may have processed/,
		mayHaveBeenProcessed: true,
	},
	slow: {
		cause: /^Twilio did not answer within 1 s\. .* may have processed/,
		mayHaveBeenProcessed: true,
	},
};

/**
 * Sends `items` messages through the node (Continue On Fail) while the emulator injects seeded
 * faults, then accounts for every item: one output each; a sent item has exactly one message at
 * Twilio; an error item names its cause; nothing is repeated after it may have reached Twilio.
 * Returns the figures and the problems found (none when all holds).
 */
export async function runFaultySendBatch(
	twilio: TwilioFixture,
	{
		items,
		seed,
		credentials,
	}: { items: number; seed: number; credentials: ICredentialDataDecryptedObject },
): Promise<{ figures: SendBatchFigures; problems: string[]; run: NodeRun }> {
	twilio.emulator.reset();
	twilio.emulator.faults.setPlan({
		seed,
		method: 'POST',
		path: /\/Messages\.json$/,
		rates: SEND_FAULT_RATES,
		retryAfter: 0,
		slowMs: SLOW_MS,
	});
	const bodyOf = (index: number) => `Batch item ${index}`;
	const started = Date.now();
	const run = await twilio.run({
		items: Array.from({ length: items }, (_, index) => ({
			to: `+1415555${String(index).padStart(4, '0')}`,
			body: bodyOf(index),
		})),
		parameters: {
			resource: 'message',
			operation: 'send',
			from: '+15005550006',
			to: '={{ $json.to }}',
			body: '={{ $json.body }}',
			options: FAST_OPTIONS,
		},
		credentials,
		continueOnFail: true,
	});
	const seconds = (Date.now() - started) / 1000;

	const requestsByBody = groupBy(twilio.emulator.requests, (request) => request.form.Body?.[0]);
	const stored = twilio.emulator.records(twilio.accountPath('/Messages'));
	const recordsByBody = groupBy(stored, (record) => String(record.body));
	const outputsByItem = groupBy(run.output, (item) => (item.pairedItem as { item: number }).item);

	const problems: string[] = [];
	const errorItems: Record<string, number> = {};
	let sent = 0;
	let processedButUncertain = 0;
	let duplicates = 0;
	let repeatedAfterPossibleProcessing = 0;
	let silentlyLost = 0;
	for (let index = 0; index < items; index++) {
		const requests = requestsByBody.get(bodyOf(index)) ?? [];
		const records = recordsByBody.get(bodyOf(index)) ?? [];
		const outputs = outputsByItem.get(index) ?? [];
		const last = requests[requests.length - 1];
		duplicates += Math.max(0, records.length - 1);
		const repeated = requests
			.slice(0, -1)
			.filter((request) => request.fault !== 'rate-limit').length;
		repeatedAfterPossibleProcessing += repeated;
		if (repeated)
			problems.push(
				`item ${index}: repeated after ${requests.map((request) => request.fault).join(', ')}`,
			);
		if (records.length > 1) problems.push(`item ${index}: ${records.length} messages`);
		if (outputs.length !== 1) {
			silentlyLost += outputs.length === 0 ? 1 : 0;
			problems.push(`item ${index}: ${outputs.length} output items`);
			continue;
		}
		const json = outputs[0].json as IDataObject;
		if (json.error === undefined) {
			sent++;
			if (records.length !== 1 || records[0].sid !== json.sid) {
				silentlyLost++;
				problems.push(
					`item ${index}: reported sent as ${String(json.sid)}, Twilio holds ${records.length}`,
				);
			}
			continue;
		}
		const ending = last?.fault ?? 'none';
		errorItems[ending] = (errorItems[ending] ?? 0) + 1;
		processedButUncertain += records.length;
		const expected = EXPECTED_ENDINGS[ending];
		if (!expected || !expected.cause.test(String(json.error))) {
			problems.push(`item ${index}: ended with ${ending} but says "${String(json.error)}"`);
		} else if (Boolean(json.mayHaveBeenProcessed) !== expected.mayHaveBeenProcessed) {
			problems.push(
				`item ${index}: mayHaveBeenProcessed is ${String(json.mayHaveBeenProcessed)} after ${ending}`,
			);
		} else if (
			expected.mayHaveBeenProcessed &&
			!String(json.description).includes('look for it with Message → Get Many')
		) {
			problems.push(`item ${index}: no way to check in "${String(json.description)}"`);
		}
	}
	const strays = [...recordsByBody.keys()].filter((body) => !/^Batch item \d+$/.test(body));
	if (strays.length) problems.push(`messages no item asked for: ${strays.join(', ')}`);

	const figures: SendBatchFigures = {
		items,
		requests: twilio.emulator.requests.length,
		faultsInjected: { ...twilio.emulator.faults.counts },
		retries: twilio.emulator.requests.length - items,
		sent,
		errorItems,
		processedButUncertain,
		duplicates,
		repeatedAfterPossibleProcessing,
		silentlyLost,
		seconds,
	};
	return { figures, problems, run };
}

function groupBy<T, K>(values: T[], key: (value: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const value of values) {
		const group = groups.get(key(value));
		if (group) group.push(value);
		else groups.set(key(value), [value]);
	}
	return groups;
}

/** Where the full runs write their figures, for docs/reliability.md. */
export function writeFigures(name: string, figures: unknown): void {
	const directory = path.join(__dirname, '..', '..', 'test-output', 'reliability');
	mkdirSync(directory, { recursive: true });
	writeFileSync(path.join(directory, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}
