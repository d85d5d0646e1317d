import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { validateRequest } from 'twilio';

import { TwilioEmulator } from '../../emulator';
import { expectContractClean } from '../helpers/contract';

describe("the emulator's webhooks", () => {
	describe('an incoming SMS', () => {
		let emulator: TwilioEmulator;
		let receiver: Server;
		const received: Array<{ url: string; headers: IncomingMessage['headers']; body: string }> = [];

		beforeAll(async () => {
			emulator = await TwilioEmulator.start();
			receiver = createServer((request, response) => {
				let body = '';
				request.on('data', (chunk: Buffer) => (body += chunk.toString()));
				request.on('end', () => {
					received.push({ url: request.url!, headers: request.headers, body });
					response.writeHead(200, { 'Content-Type': 'text/xml' });
					response.end('<Response><Message>Thanks</Message></Response>');
				});
			});
			await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		});

		afterAll(async () => {
			expectContractClean(emulator);
			await emulator.close();
			await new Promise((resolve) => receiver.close(resolve));
		});

		const control = (path: string, body: unknown) =>
			fetch(`${emulator.url}/__emulator/${path}`, { method: 'POST', body: JSON.stringify(body) });

		test("is posted, signed with the account's Auth Token, to the number's SMS URL, and the TwiML comes back", async () => {
			const smsUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/sms?tenant=1`;
			const { sid, authToken } = emulator.account;
			const created = await fetch(
				`${emulator.url}/2010-04-01/Accounts/${sid}/IncomingPhoneNumbers.json`,
				{
					method: 'POST',
					headers: {
						Authorization: `Basic ${Buffer.from(`${sid}:${authToken}`).toString('base64')}`,
					},
					body: new URLSearchParams({ PhoneNumber: '+14155550100', SmsUrl: smsUrl }),
				},
			);
			expect(created.status).toBe(201);

			const answer = await control('incoming-message', {
				from: '+14155550123',
				to: '+14155550100',
				body: 'Hi & bye',
			});

			expect(await answer.json()).toEqual({
				url: smsUrl,
				status: 200,
				contentType: 'text/xml',
				body: '<Response><Message>Thanks</Message></Response>',
			});
			expect(received).toHaveLength(1);
			const parameters = [...new URLSearchParams(received[0].body)];
			expect(Object.fromEntries(parameters)).toMatchObject({
				From: '+14155550123',
				To: '+14155550100',
				Body: 'Hi & bye',
				AccountSid: sid,
			});
			// Checked as a Twilio customer's server checks it: with Twilio's own library.
			const signature = String(received[0].headers['x-twilio-signature']);
			expect(validateRequest(authToken, signature, smsUrl, Object.fromEntries(parameters))).toBe(
				true,
			);
			expect(
				validateRequest(`${authToken}x`, signature, smsUrl, Object.fromEntries(parameters)),
			).toBe(false);
			const inbound = emulator.records(`/2010-04-01/Accounts/${sid}/Messages`);
			expect(inbound).toEqual([
				expect.objectContaining({
					direction: 'inbound',
					body: 'Hi & bye',
					sid: Object.fromEntries(parameters).MessageSid,
				}),
			]);
		});

		test('with SmsMethod GET, the parameters go in the query and the signature covers the URL alone', async () => {
			const smsUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/sms-get?tenant=2`;
			const { sid, authToken } = emulator.account;
			const created = await fetch(
				`${emulator.url}/2010-04-01/Accounts/${sid}/IncomingPhoneNumbers.json`,
				{
					method: 'POST',
					headers: {
						Authorization: `Basic ${Buffer.from(`${sid}:${authToken}`).toString('base64')}`,
					},
					body: new URLSearchParams({
						PhoneNumber: '+14155550101',
						SmsUrl: smsUrl,
						SmsMethod: 'GET',
					}),
				},
			);
			expect(created.status).toBe(201);

			const answer = (await (
				await control('incoming-message', { from: '+14155550123', to: '+14155550101', body: 'Hi' })
			).json()) as {
				url: string;
			};

			const request = received.at(-1)!;
			expect(request.body).toBe('');
			expect(new URL(answer.url).searchParams.get('Body')).toBe('Hi');
			const signature = String(request.headers['x-twilio-signature']);
			expect(validateRequest(authToken, signature, answer.url, {})).toBe(true);
			expect(validateRequest(authToken, signature, smsUrl, {})).toBe(false);
		});

		test("of a number in a Messaging Service goes to the service's Inbound Request URL, or to the number's when the service defers to it", async () => {
			const port = (receiver.address() as AddressInfo).port;
			const { sid, authToken } = emulator.account;
			const auth = {
				Authorization: `Basic ${Buffer.from(`${sid}:${authToken}`).toString('base64')}`,
			};
			const post = async (url: string, form: Record<string, string>) =>
				(await (
					await fetch(url, { method: 'POST', headers: auth, body: new URLSearchParams(form) })
				).json()) as { sid: string };
			const number = await post(
				`${emulator.url}/2010-04-01/Accounts/${sid}/IncomingPhoneNumbers.json`,
				{ PhoneNumber: '+14155550102', SmsUrl: `http://127.0.0.1:${port}/number` },
			);
			const service = await post(`${emulator.url}/messaging/v1/Services`, {
				FriendlyName: 'Notifications',
			});
			await post(`${emulator.url}/messaging/v1/Services/${service.sid}/PhoneNumbers`, {
				PhoneNumberSid: number.sid,
			});

			const unhandled = await control('incoming-message', {
				from: '+14155550123',
				to: '+14155550102',
				body: 'Hi',
			});
			expect(await unhandled.json()).toEqual({
				error: `+14155550102 is in Messaging Service ${service.sid}, which has no Inbound Request URL: the message is not handled`,
			});

			await post(`${emulator.url}/messaging/v1/Services/${service.sid}`, {
				InboundRequestUrl: `http://127.0.0.1:${port}/service`,
			});
			const byService = (await (
				await control('incoming-message', { from: '+14155550123', to: '+14155550102', body: 'Hi' })
			).json()) as { url: string };
			expect(byService.url).toBe(`http://127.0.0.1:${port}/service`);
			expect(new URLSearchParams(received.at(-1)!.body).get('MessagingServiceSid')).toBe(
				service.sid,
			);

			await post(`${emulator.url}/messaging/v1/Services/${service.sid}`, {
				UseInboundWebhookOnNumber: 'true',
			});
			const byNumber = (await (
				await control('incoming-message', { from: '+14155550123', to: '+14155550102', body: 'Hi' })
			).json()) as { url: string };
			expect(byNumber.url).toBe(`http://127.0.0.1:${port}/number`);
		});

		test('is refused when no number of the account has that phone number', async () => {
			const answer = await control('incoming-message', {
				from: '+14155550123',
				to: '+14155550999',
				body: 'Hi',
			});

			expect(answer.status).toBe(409);
			expect(await answer.json()).toEqual({
				error: 'No incoming phone number +14155550999 in any account',
			});
		});
	});
});
