import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { ExecutionLifecycleHooks, PollContext } from 'n8n-core';
import { request } from 'undici';

import { seedRecord, TwilioEmulator } from '../emulator';
import { rfc2822 } from '../emulator/random';
import {
	nodeTypeInstances,
	oneNodeWorkflow,
	PACKAGE_NAME,
	testAdditionalData,
} from '../test/helpers/n8n';

/**
 * Scenario (f): an idle poll of the polling trigger (New Recording), run by n8n-core's PollContext
 * as n8n runs it, against the emulator with its latency, on an account with a long history of
 * recordings and some of today. Measured: its requests and its time, against one bare request of
 * the same page in the same run (the least any poll can cost).
 */
export interface PollSettings {
	/** Recordings of earlier days, one every ten seconds. */
	history: number;
	/** Recordings of today. */
	today: number;
	runs: number;
	latencyMs: number;
}

export interface PollResults {
	idleMs: number[];
	bareMs: number[];
	requestsPerPoll: number[];
}

const TYPE = `${PACKAGE_NAME}.twilioPollingTrigger`;

export async function runPollBenchmark(
	settings: PollSettings,
	progress: (message: string) => void,
): Promise<PollResults> {
	// n8n-core keeps instance settings under N8N_USER_FOLDER: a temporary one, not ~/.n8n.
	process.env.N8N_USER_FOLDER ??= await mkdtemp(
		path.join(os.tmpdir(), 'twilio-connector-bench-poll-'),
	);
	const emulator = await TwilioEmulator.start({
		latencyMs: settings.latencyMs,
		checkAnswers: false,
	});
	try {
		progress(`(f) ${settings.history} recordings of earlier days, ${settings.today} of today`);
		const startOfDay = new Date(new Date().toISOString().slice(0, 10)).getTime();
		const seed = (time: number) =>
			seedRecord(
				emulator,
				'/Accounts/{AccountSid}/Recordings/{Sid}',
				{},
				{
					date_created: rfc2822(new Date(time)),
					status: 'completed',
				},
			);
		for (let n = 1; n <= settings.history; n++) seed(startOfDay - n * 10_000);
		const room = Math.max(1, Date.now() - startOfDay);
		for (let n = 0; n < settings.today; n++)
			seed(startOfDay + Math.floor((room * n) / settings.today));

		const credentials = {
			authType: 'authToken',
			accountSid: emulator.account.sid,
			authToken: emulator.account.authToken,
			baseUrl: emulator.url,
		};
		const { node, data, workflow } = oneNodeWorkflow(
			TYPE,
			{ event: 'newRecording' },
			'New Recording',
		);
		// One context for the activation, as n8n polls with.
		const context = new PollContext(
			workflow,
			node,
			testAdditionalData(credentials, new ExecutionLifecycleHooks('trigger', 'poll', data)),
			'trigger',
			'activate',
		);
		const poll = async () => await nodeTypeInstances[TYPE].poll!.call(context);
		await poll();
		const results: PollResults = { idleMs: [], bareMs: [], requestsPerPoll: [] };
		const authorization = `Basic ${Buffer.from(`${emulator.account.sid}:${emulator.account.authToken}`).toString('base64')}`;
		const bareUrl = `${emulator.url}/2010-04-01/Accounts/${emulator.account.sid}/Recordings.json?PageSize=1000&DateCreated%3E=${new Date(startOfDay).toISOString().slice(0, 10)}`;
		for (let run = 0; run < settings.runs; run++) {
			progress(`(f) idle poll and a bare request, run ${run + 1}/${settings.runs}`);
			const before = emulator.requests.length;
			let start = performance.now();
			const emitted = await poll();
			results.idleMs.push(performance.now() - start);
			if (emitted) throw new Error('An idle poll emitted records');
			results.requestsPerPoll.push(emulator.requests.length - before);
			start = performance.now();
			const response = await request(bareUrl, { headers: { authorization } });
			await response.body.text();
			results.bareMs.push(performance.now() - start);
		}
		return results;
	} finally {
		await emulator.close();
	}
}
