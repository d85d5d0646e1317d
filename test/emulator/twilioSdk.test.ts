import { RestException } from 'twilio';

import { seedMessages } from '../../emulator/seed';
import { useEmulator } from '../helpers/emulator';
import { libraryClient, missingFields } from '../helpers/twilioLibrary';

/**
 * Twilio's own Node.js library, the `twilio` package, as a second client of the emulator. It builds
 * the paths, the Basic authentication and the form bodies itself, reads every answer into its typed
 * records, follows `next_page_uri` and turns error answers into its `RestException`. Where the
 * emulator answers otherwise than Twilio, this file fails: the fix then belongs in the emulator,
 * never in the node.
 */

const suite = useEmulator();
const client = libraryClient(() => suite.emulator);

/** The library parses Twilio's RFC 2822 dates into Date objects; anything else stays a string. */
const isDate = (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime());

/** The error the library throws for the request. */
async function restError(request: Promise<unknown>): Promise<RestException> {
	const error = await request.then(
		() => undefined,
		(thrown: unknown) => thrown,
	);
	expect(error).toBeInstanceOf(RestException);
	return error as RestException;
}

const apiRequests = () =>
	suite.emulator.requests.map((request) => `${request.method} ${request.path}`);

describe("Twilio's Node.js library against the emulator", () => {
	test('accounts: fetch, with Basic authentication by the Auth Token or an API key', async () => {
		const { sid, friendlyName } = suite.emulator.account;
		const account = await client().api.v2010.accounts(sid).fetch();

		expect(missingFields(account)).toEqual([]);
		expect(account).toMatchObject({
			sid,
			friendlyName,
			status: 'active',
			type: 'Full',
			ownerAccountSid: sid,
		});
		expect(isDate(account.dateCreated)).toBe(true);
		expect(account.subresourceUris).toMatchObject({
			messages: `/2010-04-01/Accounts/${sid}/Messages.json`,
		});

		// Only a Main key may read the Accounts resource (a Standard key gets 20003).
		const key = suite.emulator.account.apiKeys.find((candidate) => candidate.kind === 'main')!;
		await client(key.sid, key.secret).api.v2010.accounts(sid).fetch();
		expect(apiRequests()).toEqual([
			`GET /2010-04-01/Accounts/${sid}.json`,
			`GET /2010-04-01/Accounts/${sid}.json`,
		]);
		expect(suite.emulator.requests.map((request) => request.authUser)).toEqual([sid, key.sid]);
	});

	test('messages: create, then fetch, with every field of the typed record', async () => {
		const created = await client().messages.create({
			from: '+15005550006',
			to: '+14155551234',
			body: 'Your table is ready',
		});

		expect(missingFields(created)).toEqual([]);
		expect(created).toMatchObject({
			from: '+15005550006',
			to: '+14155551234',
			body: 'Your table is ready',
			status: 'queued',
			direction: 'outbound-api',
			numSegments: '1',
			numMedia: '0',
			errorCode: null,
			accountSid: suite.emulator.account.sid,
		});
		expect(created.sid).toMatch(/^SM[0-9a-f]{32}$/);
		expect([created.dateCreated, created.dateUpdated].every(isDate)).toBe(true);
		// Queued, not sent yet: date_sent is "when Twilio sent the message" (the Message resource).
		expect(created.dateSent).toBeNull();

		const fetched = await client().messages(created.sid).fetch();
		expect(fetched.toJSON()).toEqual(created.toJSON());
		const [post] = suite.emulator.requests;
		expect(post.form).toEqual({
			To: ['+14155551234'],
			From: ['+15005550006'],
			Body: ['Your table is ready'],
		});
		expect(apiRequests()).toEqual([
			`POST /2010-04-01/Accounts/${suite.emulator.account.sid}/Messages.json`,
			`GET /2010-04-01/Accounts/${suite.emulator.account.sid}/Messages/${created.sid}.json`,
		]);
	});

	describe('messages: lists the library pages through by next_page_uri', () => {
		const seeded = () => seedMessages(suite.emulator, 7).map((message) => message.sid);
		const listed = () => suite.emulator.requests.filter((request) => request.method === 'GET');

		test('list with a page size reads every page, newest first, each record once', async () => {
			const sids = seeded();
			const messages = await client().messages.list({ pageSize: 3 });

			expect(messages.map((message) => message.sid)).toEqual([...sids].reverse());
			expect(messages.flatMap(missingFields)).toEqual([]);
			expect(listed().map((request) => request.query.PageSize)).toEqual([['3'], ['3'], ['3']]);
			expect(listed().map((request) => request.query.Page ?? ['0'])).toEqual([['0'], ['1'], ['2']]);
		});

		test('list with a limit stops on the page that reaches it', async () => {
			const sids = seeded();
			const messages = await client().messages.list({ limit: 5, pageSize: 2 });

			expect(messages.map((message) => message.sid)).toEqual([...sids].reverse().slice(0, 5));
			expect(listed()).toHaveLength(3);
		});

		test('each visits the records in order and ends at the limit', async () => {
			const sids = seeded();
			const visited: string[] = [];
			await new Promise<void>((resolve, reject) => {
				client().messages.each({
					pageSize: 3,
					limit: 4,
					callback: (message) => void visited.push(message.sid),
					done: (error?: Error) => (error ? reject(error) : resolve()),
				});
			});

			expect(visited).toEqual([...sids].reverse().slice(0, 4));
		});

		test('a page knows its neighbours, and a filter is kept on every page', async () => {
			seeded();
			const sent = await client().messages.create({
				from: '+15005550006',
				to: '+14155559876',
				body: 'One',
			});
			await client().messages.create({ from: '+15005550006', to: '+14155559876', body: 'Two' });

			const first = await client().messages.page({ pageSize: 1, to: '+14155559876' });
			expect(first.instances.map((message) => message.body)).toEqual(['Two']);
			expect(first.previousPageUrl).toBeUndefined();
			const second = await first.nextPage();
			expect(second?.instances.map((message) => message.sid)).toEqual([sent.sid]);
			expect(second?.nextPageUrl).toBeUndefined();
			expect(listed().map((request) => request.query.To)).toEqual([
				['+14155559876'],
				['+14155559876'],
			]);
		});
	});

	test('calls: create with repeated status callback events, then redirect and end the call', async () => {
		const call = await client().calls.create({
			from: '+15005550006',
			to: '+14155551234',
			url: 'https://example.com/twiml/hello.xml',
			statusCallback: 'https://example.com/status',
			statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
		});

		expect(missingFields(call)).toEqual([]);
		expect(call).toMatchObject({
			status: 'queued',
			direction: 'outbound-api',
			to: '+14155551234',
			from: '+15005550006',
		});
		expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
		expect(suite.emulator.requests[0].form.StatusCallbackEvent).toEqual([
			'initiated',
			'ringing',
			'answered',
			'completed',
		]);

		const redirected = await client()
			.calls(call.sid)
			.update({ twiml: '<Response><Say>Hello again</Say></Response>' });
		expect(redirected.status).toBe('queued');
		const ended = await client().calls(call.sid).update({ status: 'completed' });
		expect(missingFields(ended)).toEqual([]);
		expect(ended.status).toBe('completed');
		expect(isDate(ended.endTime)).toBe(true);
	});

	test('incoming phone numbers: bought numbers are listed, and found by a part of the number', async () => {
		const bought = await client().incomingPhoneNumbers.create({
			phoneNumber: '+14155550100',
			smsUrl: 'https://example.com/sms',
		});
		await client().incomingPhoneNumbers.create({ phoneNumber: '+12125550100' });

		const numbers = await client().incomingPhoneNumbers.list();
		expect(numbers.map((number) => number.phoneNumber)).toEqual(['+14155550100', '+12125550100']);
		expect(numbers.flatMap(missingFields)).toEqual([]);
		expect(numbers[0]).toMatchObject({
			sid: bought.sid,
			smsUrl: 'https://example.com/sms',
			capabilities: { sms: true },
		});

		const found = await client().incomingPhoneNumbers.list({ phoneNumber: '415' });
		expect(found.map((number) => number.sid)).toEqual([bought.sid]);
	});

	describe("errors reach the library's RestException with Twilio's code, message, link and status", () => {
		test('a refused parameter', async () => {
			const error = await restError(
				client().messages.create({ from: '+15005550006', to: '+1555', body: 'Hi' }),
			);
			expect(error).toMatchObject({
				status: 400,
				code: 21211,
				message: "The 'To' number +1555 is not a valid phone number.",
				moreInfo: 'https://www.twilio.com/docs/errors/21211',
			});
		});

		test('a record that does not exist', async () => {
			const error = await restError(
				client().messages('SM0123456789abcdef0123456789abcdef').fetch(),
			);
			expect(error).toMatchObject({
				status: 404,
				code: 20404,
				moreInfo: 'https://www.twilio.com/docs/errors/20404',
			});
			expect(error.message).toContain('SM0123456789abcdef0123456789abcdef');
		});

		test('wrong credentials', async () => {
			const error = await restError(
				client(suite.emulator.account.sid, 'not-the-token').messages.list(),
			);
			expect(error).toMatchObject({
				status: 401,
				code: 20003,
				moreInfo: 'https://www.twilio.com/docs/errors/20003',
			});
		});

		test('a call that has already ended', async () => {
			const call = await client().calls.create({
				from: '+15005550006',
				to: '+14155551234',
				url: 'https://example.com/t.xml',
			});
			await client().calls(call.sid).update({ status: 'completed' });
			const error = await restError(client().calls(call.sid).update({ status: 'canceled' }));
			expect(error).toMatchObject({ status: 400, code: 21220 });
		});
	});
});
