import { seedRecord } from '../../../emulator';
import { seedConference } from '../../../emulator/products/api/behaviours/conferences';
import { seedParticipant } from '../../../emulator/products/api/behaviours/participants';
import { api } from '../../helpers/api';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();
const liveCall = (status = 'in-progress') =>
	seedRecord(suite.emulator, '/Accounts/{AccountSid}/Calls/{Sid}.json', {}, { status });

describe('deleting a call', () => {
	test('a call in progress cannot be deleted (20009); once completed it can', async () => {
		const call = liveCall();
		expect(await api(suite.emulator, 'DELETE', `/Calls/${call.sid}.json`)).toMatchObject({
			status: 400,
			body: { code: 20009 },
		});
		await api(suite.emulator, 'POST', `/Calls/${call.sid}.json`, { Status: 'completed' });
		expect((await api(suite.emulator, 'DELETE', `/Calls/${call.sid}.json`)).status).toBe(204);
		expect((await api(suite.emulator, 'GET', `/Calls/${call.sid}.json`)).status).toBe(404);
	});
});

describe('recording a call', () => {
	test("starting a recording on a call in progress: it is the account's recording too", async () => {
		const { emulator } = suite;
		const call = liveCall();
		const started = await api(emulator, 'POST', `/Calls/${call.sid}/Recordings.json`, {
			RecordingChannels: 'dual',
			RecordingTrack: 'inbound',
		});
		expect(started.status).toBe(201);
		expect(started.body).toMatchObject({
			call_sid: call.sid,
			status: 'in-progress',
			source: 'StartCallRecordingAPI',
			channels: 2,
			track: 'inbound',
		});
		const sid = String(started.body.sid);
		expect(sid).toMatch(/^RE/);
		expect(
			(await api(emulator, 'GET', `/Calls/${call.sid}/Recordings.json`)).body.recordings,
		).toEqual([started.body]);
		const account = await api(emulator, 'GET', `/Recordings/${sid}.json`);
		expect(account.body).toMatchObject({ sid, call_sid: call.sid, status: 'in-progress' });
		expect(account.body.media_url).toBe(
			`https://api.twilio.com/2010-04-01/Accounts/${emulator.account.sid}/Recordings/${sid}`,
		);
	});

	test('the default is one channel and both tracks', async () => {
		const call = liveCall();
		const started = await api(suite.emulator, 'POST', `/Calls/${call.sid}/Recordings.json`);
		expect(started.body).toMatchObject({ channels: 1, track: 'both' });
	});

	test('a call that is not in progress cannot be recorded: 21220', async () => {
		const call = liveCall('completed');
		const refused = await api(suite.emulator, 'POST', `/Calls/${call.sid}/Recordings.json`);
		expect(refused).toMatchObject({ status: 400, body: { code: 21220 } });
		expect(
			(await api(suite.emulator, 'GET', `/Calls/${call.sid}/Recordings.json`)).body.recordings,
		).toEqual([]);
	});

	test('pause, resume and stop, naming the recording or Twilio.CURRENT; a stopped one stays stopped', async () => {
		const call = liveCall();
		const sid = String(
			(await api(suite.emulator, 'POST', `/Calls/${call.sid}/Recordings.json`)).body.sid,
		);
		const update = (target: string, status: string) =>
			api(suite.emulator, 'POST', `/Calls/${call.sid}/Recordings/${target}.json`, {
				Status: status,
			});
		expect((await update(sid, 'paused')).body).toMatchObject({ sid, status: 'paused' });
		expect((await update('Twilio.CURRENT', 'in-progress')).body).toMatchObject({
			sid,
			status: 'in-progress',
		});
		expect((await update(sid, 'stopped')).body.status).toBe('stopped');
		expect(await update(sid, 'in-progress')).toMatchObject({ status: 400, body: { code: 21220 } });
	});

	test("deleting a call's recording removes it from the account's recordings", async () => {
		const call = liveCall();
		const sid = String(
			(await api(suite.emulator, 'POST', `/Calls/${call.sid}/Recordings.json`)).body.sid,
		);
		expect(
			(await api(suite.emulator, 'DELETE', `/Calls/${call.sid}/Recordings/${sid}.json`)).status,
		).toBe(204);
		expect((await api(suite.emulator, 'GET', `/Recordings/${sid}.json`)).status).toBe(404);
	});

	test("a recording of another call is not one of this call's", async () => {
		const [one, other] = [liveCall(), liveCall()];
		const sid = String(
			(await api(suite.emulator, 'POST', `/Calls/${one.sid}/Recordings.json`)).body.sid,
		);
		expect(
			(await api(suite.emulator, 'GET', `/Calls/${other.sid}/Recordings/${sid}.json`)).status,
		).toBe(404);
	});
});

describe('streams, SIPREC and real-time transcriptions', () => {
	test('a stream starts in progress and is stopped by its name', async () => {
		const call = liveCall();
		const stream = await api(suite.emulator, 'POST', `/Calls/${call.sid}/Streams.json`, {
			Url: 'wss://example.com/audio',
			Name: 'agent-audio',
		});
		expect(stream.body).toMatchObject({
			call_sid: call.sid,
			name: 'agent-audio',
			status: 'in-progress',
		});
		const stopped = await api(
			suite.emulator,
			'POST',
			`/Calls/${call.sid}/Streams/agent-audio.json`,
			{ Status: 'stopped' },
		);
		expect(stopped.body).toMatchObject({ sid: stream.body.sid, status: 'stopped' });
	});

	test('on a call that has ended they are refused: 21220', async () => {
		const call = liveCall('completed');
		for (const path of ['Siprec', 'Transcriptions']) {
			expect(await api(suite.emulator, 'POST', `/Calls/${call.sid}/${path}.json`)).toMatchObject({
				status: 400,
				body: { code: 21220 },
			});
		}
	});
});

describe('conferences', () => {
	test('adding a participant dials a call, which the participant names', async () => {
		const { emulator } = suite;
		const conference = seedConference(emulator);
		const added = await api(emulator, 'POST', `/Conferences/${conference.sid}/Participants.json`, {
			From: '+15005550006',
			To: '+14155551234',
			Label: 'customer',
		});
		expect(added.status).toBe(201);
		expect(added.body).toMatchObject({
			conference_sid: conference.sid,
			label: 'customer',
			status: 'queued',
			coaching: false,
		});
		const call = await api(emulator, 'GET', `/Calls/${String(added.body.call_sid)}.json`);
		expect(call.body).toMatchObject({
			to: '+14155551234',
			from: '+15005550006',
			direction: 'outbound-api',
		});
		const listed = await api(emulator, 'GET', `/Conferences/${conference.sid}/Participants.json`);
		expect(
			(listed.body.participants as Array<{ call_sid: string }>).map(
				(participant) => participant.call_sid,
			),
		).toEqual([added.body.call_sid]);
		expect(
			(await api(emulator, 'GET', `/Conferences/${conference.sid}/Participants/customer.json`)).body
				.call_sid,
		).toBe(added.body.call_sid);
	});

	test('a coach needs the call it coaches', async () => {
		const conference = seedConference(suite.emulator);
		const form = { From: '+15005550006', To: '+14155551234', Coaching: 'true' };
		expect(
			(await api(suite.emulator, 'POST', `/Conferences/${conference.sid}/Participants.json`, form))
				.status,
		).toBe(400);
		const coached = seedParticipant(suite.emulator, conference);
		const coach = await api(
			suite.emulator,
			'POST',
			`/Conferences/${conference.sid}/Participants.json`,
			{ ...form, CallSidToCoach: coached.call_sid },
		);
		expect(coach.body).toMatchObject({ coaching: true, call_sid_to_coach: coached.call_sid });
	});

	test('a participant to an invalid number is refused as a call to it is (21211)', async () => {
		const conference = seedConference(suite.emulator);
		const refused = await api(
			suite.emulator,
			'POST',
			`/Conferences/${conference.sid}/Participants.json`,
			{ From: '+15005550006', To: '+1' },
		);
		expect(refused).toMatchObject({ status: 400, body: { code: 21211 } });
	});

	test('ending a conference through the API completes it and its participants leave', async () => {
		const { emulator } = suite;
		const conference = seedConference(emulator);
		seedParticipant(emulator, conference);
		const ended = await api(emulator, 'POST', `/Conferences/${conference.sid}.json`, {
			Status: 'completed',
		});
		expect(ended.body).toMatchObject({
			status: 'completed',
			reason_conference_ended: 'conference-ended-via-api',
		});
		expect(
			(await api(emulator, 'GET', `/Conferences/${conference.sid}/Participants.json`)).body
				.participants,
		).toEqual([]);
		const late = await api(emulator, 'POST', `/Conferences/${conference.sid}/Participants.json`, {
			From: '+15005550006',
			To: '+14155551234',
		});
		expect(late.status).toBe(400);
	});

	test("a conference's recordings are the account's recordings of it", async () => {
		const { emulator } = suite;
		const conference = seedConference(emulator);
		const recording = seedRecord(
			emulator,
			'/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json',
			{ ConferenceSid: conference.sid },
			{ status: 'in-progress' },
		);
		expect(
			(await api(emulator, 'GET', `/Recordings/${recording.sid}.json`)).body.conference_sid,
		).toBe(conference.sid);
		const paused = await api(
			emulator,
			'POST',
			`/Conferences/${conference.sid}/Recordings/${recording.sid}.json`,
			{ Status: 'paused' },
		);
		expect(paused.body.status).toBe('paused');
	});
});

test('a user-defined message is JSON', async () => {
	const call = liveCall();
	const path = `/Calls/${call.sid}/UserDefinedMessages.json`;
	expect((await api(suite.emulator, 'POST', path, { Content: '{"step":"verified"}' })).status).toBe(
		201,
	);
	expect(await api(suite.emulator, 'POST', path, { Content: 'not json' })).toMatchObject({
		status: 400,
		body: { code: 20001 },
	});
});

test('payments need the call in progress', async () => {
	const call = liveCall();
	const payment = await api(suite.emulator, 'POST', `/Calls/${call.sid}/Payments.json`, {
		IdempotencyKey: 'one',
		StatusCallback: 'https://example.com/pay',
	});
	expect(payment.status).toBe(201);
	expect(String(payment.body.sid)).toMatch(/^PK/);
	await api(suite.emulator, 'POST', `/Calls/${call.sid}.json`, { Status: 'completed' });
	const late = await api(
		suite.emulator,
		'POST',
		`/Calls/${call.sid}/Payments/${String(payment.body.sid)}.json`,
		{
			IdempotencyKey: 'two',
			StatusCallback: 'https://example.com/pay',
			Status: 'complete',
		},
	);
	expect(late).toMatchObject({ status: 400, body: { code: 21220 } });
});
