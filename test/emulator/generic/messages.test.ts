import { seedRecord } from '../../../emulator';
import { mediaRecord } from '../../../emulator/products/api/behaviours/messageMedia';
import { api } from '../../helpers/api';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();
const SERVICE = 'MG0123456789abcdef0123456789abcdef';
const inMinutes = (minutes: number) =>
	new Date(Date.now() + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const send = (form: Record<string, string>) =>
	api(suite.emulator, 'POST', '/Messages.json', { To: '+14155551234', Body: 'Hi', ...form });

describe('scheduling and canceling a message', () => {
	test('a message scheduled through a Messaging Service is scheduled, and canceling it cancels it', async () => {
		const scheduled = await send({
			MessagingServiceSid: SERVICE,
			ScheduleType: 'fixed',
			SendAt: inMinutes(60),
		});
		expect(scheduled.status).toBe(201);
		expect(scheduled.body).toMatchObject({ status: 'scheduled', date_sent: null });
		const canceled = await api(
			suite.emulator,
			'POST',
			`/Messages/${String(scheduled.body.sid)}.json`,
			{ Status: 'canceled' },
		);
		expect(canceled.status).toBe(200);
		expect(canceled.body.status).toBe('canceled');
		expect(
			(await api(suite.emulator, 'GET', `/Messages/${String(scheduled.body.sid)}.json`)).body
				.status,
		).toBe('canceled');
	});

	test('only a scheduled message can be canceled: 30409', async () => {
		const queued = await send({ From: '+15005550006' });
		const refused = await api(suite.emulator, 'POST', `/Messages/${String(queued.body.sid)}.json`, {
			Status: 'canceled',
		});
		expect(refused).toMatchObject({ status: 400, body: { code: 30409 } });
		expect(
			(await api(suite.emulator, 'GET', `/Messages/${String(queued.body.sid)}.json`)).body.status,
		).toBe('queued');
	});

	test.each([
		['without SendAt', 35111, { MessagingServiceSid: SERVICE, ScheduleType: 'fixed' }],
		[
			'without a Messaging Service',
			35118,
			{ From: '+15005550006', ScheduleType: 'fixed', SendAt: inMinutes(60) },
		],
		[
			'less than 5 minutes ahead',
			35115,
			{ MessagingServiceSid: SERVICE, ScheduleType: 'fixed', SendAt: inMinutes(2) },
		],
		[
			'more than 35 days ahead',
			35115,
			{ MessagingServiceSid: SERVICE, ScheduleType: 'fixed', SendAt: inMinutes(36 * 24 * 60) },
		],
	] as const)('a schedule %s is refused with %d', async (_, code, form) => {
		const refused = await send({ ...form });
		expect(refused).toMatchObject({ status: 400, body: { code } });
	});
});

describe('redacting a message', () => {
	test('an empty Body redacts the text and keeps the record', async () => {
		const message = seedRecord(
			suite.emulator,
			'/Accounts/{AccountSid}/Messages/{Sid}.json',
			{},
			{ status: 'delivered', body: 'Your code is 1234' },
		);
		const redacted = await api(suite.emulator, 'POST', `/Messages/${message.sid}.json`, {
			Body: '',
		});
		expect(redacted.body).toMatchObject({ sid: message.sid, body: '', status: 'delivered' });
		expect((await api(suite.emulator, 'GET', `/Messages/${message.sid}.json`)).body.body).toBe('');
	});

	test.each([
		['a Body that is not empty', { Body: 'changed' }],
		['both Body and Status', { Body: '', Status: 'canceled' }],
		['neither', {}],
	])('%s is refused with 30400', async (_, form) => {
		const message = seedRecord(
			suite.emulator,
			'/Accounts/{AccountSid}/Messages/{Sid}.json',
			{},
			{ status: 'delivered', body: 'secret' },
		);
		const refused = await api(suite.emulator, 'POST', `/Messages/${message.sid}.json`, form);
		expect(refused).toMatchObject({ status: 400, body: { code: 30400 } });
		expect((await api(suite.emulator, 'GET', `/Messages/${message.sid}.json`)).body.body).toBe(
			'secret',
		);
	});
});

describe('deleting a message', () => {
	test('a delivered message goes, with its media', async () => {
		const { emulator } = suite;
		const message = seedRecord(
			emulator,
			'/Accounts/{AccountSid}/Messages/{Sid}.json',
			{},
			{ status: 'delivered' },
		);
		const mediaUri = `/2010-04-01/Accounts/${emulator.account.sid}/Messages/${message.sid}/Media`;
		emulator.store.add(
			mediaUri,
			mediaRecord(
				emulator.account.sid,
				message.sid,
				'ME0123456789abcdef0123456789abcdef',
				'image/png',
				Buffer.from('png'),
			),
		);
		expect((await api(emulator, 'DELETE', `/Messages/${message.sid}.json`)).status).toBe(204);
		expect((await api(emulator, 'GET', `/Messages/${message.sid}.json`)).status).toBe(404);
		expect(emulator.records(mediaUri)).toEqual([]);
	});

	test('a message still queued cannot be deleted yet: 20009', async () => {
		const queued = await send({ From: '+15005550006' });
		const refused = await api(
			suite.emulator,
			'DELETE',
			`/Messages/${String(queued.body.sid)}.json`,
		);
		expect(refused).toMatchObject({ status: 400, body: { code: 20009 } });
		expect(
			(await api(suite.emulator, 'GET', `/Messages/${String(queued.body.sid)}.json`)).status,
		).toBe(200);
	});
});

test('feedback on a message names it, and a message that does not exist has none', async () => {
	const message = seedRecord(
		suite.emulator,
		'/Accounts/{AccountSid}/Messages/{Sid}.json',
		{},
		{ status: 'delivered' },
	);
	const feedback = await api(suite.emulator, 'POST', `/Messages/${message.sid}/Feedback.json`, {
		Outcome: 'unconfirmed',
	});
	expect(feedback).toMatchObject({
		status: 200,
		body: { message_sid: message.sid, outcome: 'unconfirmed' },
	});
	const missing = await api(
		suite.emulator,
		'POST',
		'/Messages/SM00000000000000000000000000000000/Feedback.json',
		{ Outcome: 'confirmed' },
	);
	expect(missing.status).toBe(404);
});
