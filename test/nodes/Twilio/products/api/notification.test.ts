import type { INodeProperties } from 'n8n-workflow';

import { seedRecord, type TwilioRecord } from '../../../../../emulator';
import { seedNotification } from '../../../../../emulator/products/api/behaviours/notifications';
import { TwilioConnector } from '../../../../../nodes/TwilioConnector/TwilioConnector.node';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

/**
 * A notification as Twilio lists it: without the request and response it logged, which only a
 * fetched one carries (`api.v2010.account.notification` against `…notification-instance`).
 */
function notificationAsListed({
	request_variables,
	response_body,
	response_headers,
	...record
}: TwilioRecord): TwilioRecord {
	void [request_variables, response_body, response_headers];
	return record;
}

const sent = () =>
	twilio.emulator.requests.map((request) => [request.method, request.path, request.query]);
const CALL = 'CA0123456789abcdef0123456789abcdef';
const at = (iso: string) => new Date(iso);

describe('Notification → Get', () => {
	test('fetches the notification by SID', async () => {
		const notification = seedNotification(twilio.emulator, { errorCode: '11205' });
		const { output, error } = await twilio.run({
			parameters: { resource: 'notification', operation: 'get', notificationSid: notification.sid },
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			['GET', twilio.accountPath(`/Notifications/${notification.sid}.json`), {}],
		]);
		expect(output.map((item) => item.json)).toEqual([notification]);
	});
});

describe('Notification → Get Many', () => {
	test('sends the log level as Log and the message date filters as days', async () => {
		const warning = seedNotification(twilio.emulator, {
			log: 1,
			messageDate: at('2026-06-10T12:00:00Z'),
		});
		seedNotification(twilio.emulator, { log: 0, messageDate: at('2026-06-10T12:00:00Z') });
		seedNotification(twilio.emulator, { log: 1, messageDate: at('2026-06-20T12:00:00Z') });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'notification',
				operation: 'getMany',
				returnAll: true,
				filters: {
					logLevel: '1',
					messageDateOnOrAfter: '2026-06-01',
					messageDateOnOrBefore: '2026-06-15',
				},
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'GET',
				twilio.accountPath('/Notifications.json'),
				{
					Log: ['1'],
					'MessageDate<': ['2026-06-16'],
					'MessageDate>': ['2026-06-01'],
					PageSize: ['1000'],
				},
			],
		]);
		expect(output.map((item) => item.json)).toEqual([notificationAsListed(warning)]);
	});

	test('Message Date on a day asks for that day; the newest come first, up to the limit', async () => {
		const onDay = [1, 2, 3].map((hour) =>
			seedNotification(twilio.emulator, { messageDate: at(`2026-06-10T0${hour}:00:00Z`) }),
		);
		seedNotification(twilio.emulator, { messageDate: at('2026-06-11T01:00:00Z') });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'notification',
				operation: 'getMany',
				limit: 2,
				filters: { messageDate: '2026-06-10' },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query).toEqual({
			MessageDate: ['2026-06-10'],
			PageSize: ['2'],
		});
		expect(output.map((item) => item.json.sid)).toEqual([onDay[2].sid, onDay[1].sid]);
	});
});

describe('Notification → Get Many by Call', () => {
	test("lists the call's notifications with the log level filter", async () => {
		seedRecord(twilio.emulator, '/Accounts/{AccountSid}/Calls/{Sid}.json', { Sid: CALL });
		const error0 = seedNotification(twilio.emulator, { callSid: CALL, log: 0 });
		seedNotification(twilio.emulator, { callSid: CALL, log: 1 });
		seedNotification(twilio.emulator, { log: 0 });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'notification',
				operation: 'getManyByCall',
				callSid: CALL,
				limit: 10,
				filters: { logLevel: '0', messageDateOnOrAfter: '2020-01-01' },
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'GET',
				twilio.accountPath(`/Calls/${CALL}/Notifications.json`),
				{ Log: ['0'], 'MessageDate>': ['2020-01-01'], PageSize: ['10'] },
			],
		]);
		expect(output.map((item) => item.json)).toEqual([notificationAsListed(error0)]);
	});
});

describe('Notification → Delete (retired)', () => {
	test("sends the documented DELETE and explains Twilio's 405", async () => {
		const notification = seedNotification(twilio.emulator);
		const { error } = await twilio.run({
			parameters: {
				resource: 'notification',
				operation: 'delete',
				notificationSid: notification.sid,
			},
		});
		expect(sent()).toEqual([
			['DELETE', twilio.accountPath(`/Notifications/${notification.sid}.json`), {}],
		]);
		expect(twilio.emulator.requests[0].status).toBe(405);
		expect(error?.message).toBe(
			'Twilio retired "Delete a notification": notifications can no longer be deleted; the notification log is read-only.',
		);
		expect(error?.description).toBe(
			'Instead: nothing deletes log entries now. Monitor Alerts (monitor.twilio.com/v1/Alerts), which replace notifications, are read-only too. ' +
				'Twilio answered HTTP 405: Twilio error 20004: Method not allowed. More information: https://www.twilio.com/docs/errors/20004',
		);
		expect(twilio.emulator.records(twilio.accountPath('/Notifications'))).toEqual([notification]);
	});

	test("with Continue On Fail, the error item keeps Twilio's status and code", async () => {
		const { output } = await twilio.run({
			parameters: {
				resource: 'notification',
				operation: 'delete',
				notificationSid: 'NO0123456789abcdef0123456789abcdef',
			},
			continueOnFail: true,
		});
		expect(twilio.emulator.requests.map((request) => request.status)).toEqual([405]);
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			error: expect.stringContaining('Twilio retired "Delete a notification"'),
			httpStatus: 405,
			code: 20004,
			moreInfo: 'https://www.twilio.com/docs/errors/20004',
		});
	});

	test('an answer other than 404/405 (wrong credentials) is passed on as it is', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'notification',
				operation: 'delete',
				notificationSid: 'NO0123456789abcdef0123456789abcdef',
			},
			credentials: { ...twilio.credentials, authToken: 'not-the-token' },
		});
		expect(twilio.emulator.requests.map((request) => request.status)).toEqual([401]);
		expect(error?.message).toBe('Twilio error 20003: Authenticate');
	});
});

describe('Notification in the editor', () => {
	const properties = new TwilioConnector().description.properties;
	const shownFor = (operation: string) =>
		properties.filter(
			(property: INodeProperties) =>
				property.displayOptions?.show?.resource?.[0] === 'notification' &&
				property.displayOptions?.show?.operation?.[0] === operation,
		);

	test('Delete is named retired and shows why; the reads say Twilio deprecated them', () => {
		const operations = properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.[0] === 'notification',
		);
		expect(operations?.options).toContainEqual(
			expect.objectContaining({
				name: 'Delete (Retired)',
				value: 'delete',
				action: 'Delete a notification no longer available',
			}),
		);
		expect(shownFor('delete').find((property) => property.type === 'notice')?.displayName).toMatch(
			/^Retired by Twilio: notifications can no longer be deleted.* Instead: .*Monitor Alerts/,
		);
		for (const operation of ['get', 'getMany', 'getManyByCall']) {
			expect(
				shownFor(operation).find((property) => property.type === 'notice')?.displayName,
			).toContain('Twilio has deprecated Notifications: Monitor Alerts');
		}
	});
});
