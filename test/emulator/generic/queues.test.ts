import { seedRecord } from '../../../emulator';
import { api } from '../../helpers/api';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();

async function queueWithCallers(count: number) {
	const queue = (await api(suite.emulator, 'POST', '/Queues.json', { FriendlyName: 'support' }))
		.body;
	const now = Date.now();
	const members = Array.from({ length: count }, (_, index) =>
		seedRecord(
			suite.emulator,
			'/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json',
			{ QueueSid: String(queue.sid) },
			// Enqueued 60 s, 120 s … ago, oldest first.
			{
				date_enqueued: new Date(now - (count - index) * 60_000)
					.toUTCString()
					.replace('GMT', '+0000'),
			},
		),
	);
	return { sid: String(queue.sid), members };
}

test('a queue shows how many callers wait and for how long on average', async () => {
	const { sid } = await queueWithCallers(2);
	const queue = (await api(suite.emulator, 'GET', `/Queues/${sid}.json`)).body;
	expect(queue.current_size).toBe(2);
	// 120 s and 60 s: 90 s on average (a second either way for the time the request takes).
	expect(Math.abs(Number(queue.average_wait_time) - 90)).toBeLessThanOrEqual(1);
});

test('members are listed in the order they came, with their position and wait', async () => {
	const { sid, members } = await queueWithCallers(3);
	const listed = (await api(suite.emulator, 'GET', `/Queues/${sid}/Members.json`)).body
		.queue_members as Array<Record<string, unknown>>;
	expect(listed.map((member) => [member.call_sid, member.position])).toEqual(
		members.map((member, index) => [member.call_sid, index + 1]),
	);
	expect(Number(listed[0].wait_time)).toBeGreaterThanOrEqual(179);
});

test('Front names the member at the front of the queue', async () => {
	const { sid, members } = await queueWithCallers(2);
	const front = await api(suite.emulator, 'GET', `/Queues/${sid}/Members/Front.json`);
	expect(front.body).toMatchObject({ call_sid: members[0].call_sid, position: 1 });
});

test('dequeuing a member to a URL takes it out of the queue', async () => {
	const { sid, members } = await queueWithCallers(2);
	const dequeued = await api(suite.emulator, 'POST', `/Queues/${sid}/Members/Front.json`, {
		Url: 'https://example.com/agent',
	});
	expect(dequeued.status).toBe(200);
	expect(dequeued.body.call_sid).toBe(members[0].call_sid);
	expect(
		(await api(suite.emulator, 'GET', `/Queues/${sid}/Members/${members[0].call_sid}.json`)).status,
	).toBe(404);
	expect((await api(suite.emulator, 'GET', `/Queues/${sid}.json`)).body.current_size).toBe(1);
	const next = await api(suite.emulator, 'GET', `/Queues/${sid}/Members/Front.json`);
	expect(next.body).toMatchObject({ call_sid: members[1].call_sid, position: 1 });
});

test('a queue with callers waiting cannot be deleted; once empty it can', async () => {
	const { sid, members } = await queueWithCallers(1);
	expect(await api(suite.emulator, 'DELETE', `/Queues/${sid}.json`)).toMatchObject({
		status: 400,
		body: { status: 400 },
	});
	expect((await api(suite.emulator, 'GET', `/Queues/${sid}.json`)).status).toBe(200);
	await api(suite.emulator, 'POST', `/Queues/${sid}/Members/${members[0].call_sid}.json`, {
		Url: 'https://example.com/agent',
	});
	expect((await api(suite.emulator, 'DELETE', `/Queues/${sid}.json`)).status).toBe(204);
});

test('MaxSize is 1000 unless given, and at most 5000', async () => {
	expect(
		(await api(suite.emulator, 'POST', '/Queues.json', { FriendlyName: 'default' })).body.max_size,
	).toBe(1000);
	expect(
		await api(suite.emulator, 'POST', '/Queues.json', { FriendlyName: 'huge', MaxSize: '5001' }),
	).toMatchObject({ status: 400 });
	expect(
		(await api(suite.emulator, 'POST', '/Queues.json', { FriendlyName: 'max', MaxSize: '5000' }))
			.body.max_size,
	).toBe(5000);
});
