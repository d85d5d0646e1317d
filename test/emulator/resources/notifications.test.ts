import { seedRecord } from '../../../emulator';
import { seedNotification } from '../../../emulator/products/api/behaviours/notifications';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();
const { request } = suite;

describe('notifications', () => {
	test("a call's notification is found under the call, not under another call", async () => {
		const callSid = 'CA0123456789abcdef0123456789abcdef';
		for (const Sid of [callSid, 'CAffffffffffffffffffffffffffffffff'])
			seedRecord(suite.emulator, '/Accounts/{AccountSid}/Calls/{Sid}.json', { Sid });
		const notification = seedNotification(suite.emulator, { callSid });
		const found = await request('GET', `/Calls/${callSid}/Notifications/${notification.sid}.json`);
		expect(await found.json()).toEqual(notification);
		const elsewhere = await request(
			'GET',
			`/Calls/CAffffffffffffffffffffffffffffffff/Notifications/${notification.sid}.json`,
		);
		expect(elsewhere.status).toBe(404);
	});

	test('DELETE is refused with 405 whether or not the notification exists, as Twilio does', async () => {
		const { sid } = seedNotification(suite.emulator);
		for (const target of [sid, 'NO0123456789abcdef0123456789abcdef']) {
			const response = await request('DELETE', `/Notifications/${target}.json`);
			expect(response.status).toBe(405);
			expect(await response.json()).toEqual({
				code: 20004,
				message: 'Method not allowed',
				more_info: 'https://www.twilio.com/docs/errors/20004',
				status: 405,
			});
		}
		expect(
			suite.emulator.records(`/2010-04-01/Accounts/${suite.emulator.account.sid}/Notifications`),
		).toHaveLength(1);
	});
});

describe('sandbox', () => {
	test.each(['GET', 'POST', 'DELETE'])('%s with or without .json answers 404', async (method) => {
		for (const path of ['/Sandbox.json', '/Sandbox']) {
			const response = await request(method, path);
			expect(response.status).toBe(404);
			expect(await response.json()).toMatchObject({ code: 20404 });
		}
	});
});
