import { ExecutionLifecycleHooks, PollContext } from 'n8n-core';
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { seedProductRecord, seedRecord, type TwilioRecord } from '../../../../emulator';
import { rfc2822 } from '../../../../emulator/random';
import {
	nodeTypeInstances,
	oneNodeWorkflow,
	PACKAGE_NAME,
	testAdditionalData,
} from '../../../helpers/n8n';
import { useTwilio } from '../../../helpers/twilio';

/**
 * The polling trigger through n8n-core's PollContext against the emulator: what exists at
 * activation is not emitted; every later record once, in time order, with records of the same
 * second and bursts longer than a page; a record not ready yet is waited for; an idle poll costs
 * one request; Fetch Test Event shows the latest record.
 */
const twilio = useTwilio();
const TYPE = `${PACKAGE_NAME}.twilioPollingTrigger`;

/** A workflow with the trigger, whose static data lives from poll to poll as n8n keeps it. */
function pollingWorkflow(parameters: INodeParameters) {
	const { node, data, workflow } = oneNodeWorkflow(TYPE, parameters, 'Twilio Polling Trigger');
	/** n8n makes one context per activation and polls with it at each poll time. */
	const contextOf = (mode: 'trigger' | 'manual', activation: 'activate' | 'init' | 'manual') =>
		new PollContext(
			workflow,
			node,
			testAdditionalData(twilio.credentials, new ExecutionLifecycleHooks(mode, 'poll', data)),
			mode,
			activation,
		);
	let activation = contextOf('trigger', 'activate');
	return {
		workflow,
		/** The workflow activated again by the user, or n8n started again with it active. */
		reactivate(by: 'activate' | 'init') {
			activation = contextOf('trigger', by);
		},
		async poll(mode: 'trigger' | 'manual' = 'trigger'): Promise<INodeExecutionData[] | null> {
			const context = mode === 'manual' ? contextOf('manual', 'manual') : activation;
			const result = await nodeTypeInstances[TYPE].poll!.call(context);
			return result ? result[0] : null;
		},
		state: () => JSON.parse(JSON.stringify(workflow.staticData)) as Record<string, unknown>,
	};
}

/** Times of today (UTC) that stay today however close to midnight the test runs. */
const base = Math.max(Date.now() - 3600_000, Date.UTC(...today()) + 1000);
const at = (seconds: number) => new Date(base + seconds * 1000);
function today(): [number, number, number] {
	const now = new Date();
	return [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
}

function recording(seconds: number, status = 'completed'): TwilioRecord {
	return seedRecord(
		twilio.emulator,
		'/Accounts/{AccountSid}/Recordings/{Sid}',
		{},
		{ date_created: rfc2822(at(seconds)), status },
	);
}

/** The record as the emulator keeps it (a seed answers a copy), for a test to change it. */
const stored = (record: TwilioRecord, collection: string) =>
	twilio.emulator.records(twilio.accountPath(collection)).find(({ sid }) => sid === record.sid)!;

const sids = (items: INodeExecutionData[] | null) => (items ?? []).map(({ json }) => json.sid);
const listRequests = () => twilio.emulator.requests.filter(({ method }) => method === 'GET');

describe('New Recording', () => {
	test('nothing that existed at activation; each later recording once, oldest first', async () => {
		recording(0);
		recording(1);
		const trigger = pollingWorkflow({ event: 'newRecording' });
		expect(await trigger.poll()).toBeNull();
		const second = recording(3);
		const first = recording(2);
		expect(sids(await trigger.poll())).toEqual([first.sid, second.sid]);
		expect(await trigger.poll()).toBeNull();
	});

	test('a recording of the same second as the last one seen is emitted, the one seen is not again', async () => {
		const trigger = pollingWorkflow({ event: 'newRecording' });
		await trigger.poll();
		const seen = recording(5);
		expect(sids(await trigger.poll())).toEqual([seen.sid]);
		const sameSecond = recording(5);
		expect(sids(await trigger.poll())).toEqual([sameSecond.sid]);
		expect(await trigger.poll()).toBeNull();
	});

	test('a burst longer than a page is emitted whole, in time order, reading every page', async () => {
		const trigger = pollingWorkflow({ event: 'newRecording' });
		await trigger.poll();
		const made = Array.from({ length: 1201 }, (_, index) => recording(10 + (index % 60)));
		twilio.emulator.requests.length = 0;
		const emitted = await trigger.poll();
		expect(emitted).toHaveLength(1201);
		expect(new Set(sids(emitted))).toEqual(new Set(made.map(({ sid }) => sid)));
		const times = emitted!.map(({ json }) => Date.parse(String(json.date_created)));
		expect(times).toEqual([...times].sort((a, b) => a - b));
		expect(listRequests()).toHaveLength(2);
	});

	test('an idle poll costs one request, filtered to the day, and the state stays small', async () => {
		for (let index = 0; index < 300; index++) recording(index % 30);
		const trigger = pollingWorkflow({ event: 'newRecording' });
		await trigger.poll();
		twilio.emulator.requests.length = 0;
		expect(await trigger.poll()).toBeNull();
		expect(listRequests()).toHaveLength(1);
		expect(listRequests()[0].query).toMatchObject({
			'DateCreated>': [at(0).toISOString().slice(0, 10)],
			PageSize: ['1000'],
		});
		// What was seen at the last second only, not every SID.
		const state = trigger.state() as Record<string, { poll: { seen: object } }>;
		const seen = state['node:Twilio Polling Trigger'].poll.seen;
		expect(Object.keys(seen).length).toBeLessThanOrEqual(10);
	});

	test('a recording still in progress is waited for: emitted once completed, even after later ones', async () => {
		const trigger = pollingWorkflow({ event: 'newRecording' });
		await trigger.poll();
		const long = recording(20, 'in-progress');
		const short = recording(21);
		expect(sids(await trigger.poll())).toEqual([short.sid]);
		stored(long, '/Recordings').status = 'completed';
		const later = recording(22);
		expect(sids(await trigger.poll())).toEqual([long.sid, later.sid]);
		expect(await trigger.poll()).toBeNull();
	});

	test('Fetch Test Event shows the latest recording; with none, says so', async () => {
		const empty = pollingWorkflow({ event: 'newRecording' });
		await expect(empty.poll('manual')).rejects.toThrow(/The account has no recording yet/);
		recording(1);
		const latest = recording(2);
		expect(sids(await pollingWorkflow({ event: 'newRecording' }).poll('manual'))).toEqual([
			latest.sid,
		]);
	});
});

test('activated again by the user it starts afresh; after n8n starts again it misses nothing', async () => {
	const trigger = pollingWorkflow({ event: 'newRecording' });
	await trigger.poll();
	const whileStopped = recording(30);
	trigger.reactivate('init');
	expect(sids(await trigger.poll())).toEqual([whileStopped.sid]);
	recording(31);
	trigger.reactivate('activate');
	expect(await trigger.poll()).toBeNull();
	const after = recording(32);
	expect(sids(await trigger.poll())).toEqual([after.sid]);
});

describe('New Call (Finished)', () => {
	function call(endSeconds: number | null, to = '+14155550100'): TwilioRecord {
		return seedRecord(
			twilio.emulator,
			'/Accounts/{AccountSid}/Calls/{Sid}',
			{},
			{
				start_time: rfc2822(at(0)),
				end_time: endSeconds === null ? null : rfc2822(at(endSeconds)),
				status: endSeconds === null ? 'in-progress' : 'completed',
				to,
			},
		);
	}

	test('a call is emitted when it ends, by its end time; To filters the list', async () => {
		const trigger = pollingWorkflow({ event: 'newCall', options: { to: '+14155550100' } });
		await trigger.poll();
		const ongoing = call(null);
		call(30, '+14155550199');
		expect(await trigger.poll()).toBeNull();
		Object.assign(stored(ongoing, '/Calls'), { end_time: rfc2822(at(40)), status: 'completed' });
		expect(sids(await trigger.poll())).toEqual([ongoing.sid]);
		expect(listRequests().at(-1)!.query).toMatchObject({
			To: ['+14155550100'],
			'EndTime>': [at(0).toISOString().slice(0, 10)],
		});
	});
});

describe('New Message', () => {
	test('a message once sent or received, by its send time, from the number chosen', async () => {
		const message = (sentSeconds: number | null, from = '+15005550006') =>
			seedRecord(
				twilio.emulator,
				'/Accounts/{AccountSid}/Messages/{Sid}',
				{},
				{ date_sent: sentSeconds === null ? null : rfc2822(at(sentSeconds)), from },
			);
		const trigger = pollingWorkflow({ event: 'newMessage', options: { from: '+15005550006' } });
		await trigger.poll();
		const queued = message(null);
		const received = message(4);
		expect(sids(await trigger.poll())).toEqual([received.sid]);
		stored(queued, '/Messages').date_sent = rfc2822(at(6));
		expect(sids(await trigger.poll())).toEqual([queued.sid]);
		expect(listRequests().at(-1)!.query).toMatchObject({
			From: ['+15005550006'],
			'DateSent>': [at(0).toISOString().slice(0, 10)],
		});
	});
});

describe('New Alert', () => {
	test('alerts after the last one seen, asked from that instant, of the chosen level', async () => {
		const alert = (seconds: number, level = 'error') =>
			seedProductRecord(
				twilio.emulator,
				'monitor',
				'/v1/Alerts/{Sid}',
				{},
				{
					date_generated: at(seconds)
						.toISOString()
						.replace(/\.\d{3}Z$/, 'Z'),
					log_level: level,
				},
			);
		alert(1);
		const trigger = pollingWorkflow({ event: 'newAlert', options: { logLevel: 'error' } });
		await trigger.poll();
		alert(2, 'warning');
		const error = alert(3);
		expect(sids(await trigger.poll())).toEqual([error.sid]);
		expect(listRequests().at(-1)!.query).toMatchObject({
			LogLevel: ['error'],
			StartDate: [
				at(1)
					.toISOString()
					.replace(/\.\d{3}Z$/, 'Z'),
			],
		});
	});
});

describe('New Phone Number and New Transcription', () => {
	test('a number added to the account', async () => {
		const number = (seconds: number) =>
			seedRecord(
				twilio.emulator,
				'/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}',
				{},
				{
					date_created: rfc2822(at(seconds)),
				},
			);
		number(0);
		const trigger = pollingWorkflow({ event: 'newPhoneNumber' });
		await trigger.poll();
		const added = number(9);
		expect(sids(await trigger.poll())).toEqual([added.sid]);
	});

	test('a transcription once done, completed or failed', async () => {
		const transcription = (seconds: number, status: string) =>
			seedRecord(
				twilio.emulator,
				'/Accounts/{AccountSid}/Transcriptions/{Sid}',
				{},
				{
					date_created: rfc2822(at(seconds)),
					status,
				},
			);
		const trigger = pollingWorkflow({ event: 'newTranscription' });
		await trigger.poll();
		const pending = transcription(1, 'in-progress');
		const failed = transcription(2, 'failed');
		expect(sids(await trigger.poll())).toEqual([failed.sid]);
		stored(pending, '/Transcriptions').status = 'completed';
		expect(sids(await trigger.poll())).toEqual([pending.sid]);
	});
});
