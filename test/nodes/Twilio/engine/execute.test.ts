import { seedMessages } from '../../../../emulator';
import { useTwilio } from '../../../helpers/twilio';

const twilio = useTwilio();

const send = (to: string) => ({
	resource: 'message',
	operation: 'send',
	from: '+15005550006',
	to,
	body: 'Hi',
});

describe('Twilio errors', () => {
	test("a 4xx reaches the user with Twilio's code, message, link and HTTP status", async () => {
		const { error } = await twilio.run({ parameters: send('+1555') });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			"Twilio error 21211: The 'To' number +1555 is not a valid phone number.",
		);
		expect(error?.description).toBe(
			'HTTP 400. More information: https://www.twilio.com/docs/errors/21211',
		);
		expect((error as unknown as { httpCode: string }).httpCode).toBe('400');
		expect(error?.context).toMatchObject({ itemIndex: 0, code: 21211, httpStatus: 400 });
		expect(twilio.emulator.requests).toHaveLength(1);
	});

	test('a missing record is Twilio error 20404', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'call',
				operation: 'get',
				callSid: 'CAffffffffffffffffffffffffffffffff',
			},
		});
		expect(error?.message).toMatch(
			/^Twilio error 20404: The requested resource .*CAffffffffffffffffffffffffffffffff\.json was not found$/,
		);
	});

	test('wrong credentials get Twilio error 20003 and show no secret', async () => {
		const credentials = { ...twilio.credentials, authToken: 'wrong-token-visible-nowhere-12345' };
		const { error, run } = await twilio.run({ parameters: send('+14155551234'), credentials });
		expect(error?.message).toBe('Twilio error 20003: Authenticate');
		expect((error as unknown as { httpCode: string }).httpCode).toBe('401');
		expect(JSON.stringify(run)).not.toContain('wrong-token-visible-nowhere-12345');
	});
});

describe('Continue On Fail', () => {
	test('each failed item becomes an error item paired with its input; the others go through', async () => {
		const { output, error } = await twilio.run({
			continueOnFail: true,
			items: [{ to: '+14155550001' }, { to: '+1555' }, { to: '' }, { to: '+14155550004' }],
			parameters: send('={{ $json.to }}'),
		});
		expect(error).toBeUndefined();
		expect(output.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3].map((item) => ({ item })));
		expect(output[0].json.to).toBe('+14155550001');
		expect(output[1].json).toEqual({
			error: "Twilio error 21211: The 'To' number +1555 is not a valid phone number.",
			description: 'HTTP 400. More information: https://www.twilio.com/docs/errors/21211',
			code: 21211,
			moreInfo: 'https://www.twilio.com/docs/errors/21211',
			httpStatus: 400,
		});
		expect(output[2].json.error).toBe('To is required [item 2]');
		expect(output[3].json.to).toBe('+14155550004');
		expect(twilio.emulator.requests.map((request) => request.form.To[0])).toEqual([
			'+14155550001',
			'+1555',
			'+14155550004',
		]);
	});

	test('without it, the first failing item stops the node with its error', async () => {
		const { error } = await twilio.run({
			items: [{ to: '+14155550001' }, { to: '+1555' }, { to: '+14155550003' }],
			parameters: send('={{ $json.to }}'),
		});
		expect(error?.message).toMatch(/^Twilio error 21211/);
		expect(error?.context.itemIndex).toBe(1);
		expect(twilio.emulator.requests).toHaveLength(2);
	});
});

describe('the Auth Token never shows', () => {
	test('in outputs, errors or the recorded run, for successes and failures alike', async () => {
		const token = twilio.credentials.authToken as string;
		const basic = Buffer.from(`${twilio.credentials.accountSid}:${token}`).toString('base64');
		const runs = [
			await twilio.run({ parameters: send('+14155551234') }),
			await twilio.run({ parameters: send('+1555') }),
			await twilio.run({ continueOnFail: true, parameters: send('+1555') }),
			await twilio.run({
				parameters: {
					resource: 'call',
					operation: 'get',
					callSid: 'CAffffffffffffffffffffffffffffffff',
				},
			}),
		];
		for (const { run, error } of runs) {
			const seen =
				JSON.stringify(run) +
				JSON.stringify(error) +
				String(error?.stack) +
				String(error?.description);
			expect(seen).not.toContain(token);
			expect(seen).not.toContain(basic);
		}
	});
});

describe('lists', () => {
	const getMany = (extra: Record<string, unknown>) =>
		twilio.run({ parameters: { resource: 'message', operation: 'getMany', ...extra } });

	test('Return All follows next_page_uri over three pages of 1,000', async () => {
		const seeded = seedMessages(twilio.emulator, 2500);
		const { output } = await getMany({ returnAll: true, filters: { to: '+14155551234' } });
		const requests = twilio.emulator.requests;
		expect(requests).toHaveLength(3);
		expect(requests.map((request) => request.query.PageSize)).toEqual([
			['1000'],
			['1000'],
			['1000'],
		]);
		expect(requests[1].query.PageToken).toBeDefined();
		expect(requests.every((request) => request.query.To?.[0] === '+14155551234')).toBe(true);
		expect(output).toHaveLength(2500);
		// Newest first, as Twilio lists messages, and each record exactly once.
		expect(output.map((item) => item.json.sid)).toEqual(
			seeded.map((record) => record.sid).reverse(),
		);
		expect(output.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('a Limit asks for just that page size when it fits in one page', async () => {
		seedMessages(twilio.emulator, 30);
		const { output } = await getMany({ returnAll: false, limit: 7 });
		expect(twilio.emulator.requests.map((request) => request.query.PageSize)).toEqual([['7']]);
		expect(output).toHaveLength(7);
	});

	test('a Limit that ends in the middle of the third page stops there', async () => {
		const seeded = seedMessages(twilio.emulator, 3500);
		const { output } = await getMany({ returnAll: false, limit: 2200 });
		expect(twilio.emulator.requests).toHaveLength(3);
		expect(output).toHaveLength(2200);
		expect(output.map((item) => item.json.sid)).toEqual(
			seeded
				.map((record) => record.sid)
				.reverse()
				.slice(0, 2200),
		);
	});

	test('a Limit reached at the end of a page asks for no further page', async () => {
		seedMessages(twilio.emulator, 2500);
		const { output } = await getMany({ returnAll: false, limit: 1000 });
		expect(twilio.emulator.requests).toHaveLength(1);
		expect(output).toHaveLength(1000);
	});

	test('lists of several items, read concurrently, come out item by item', async () => {
		const seeded = seedMessages(twilio.emulator, 10).reverse();
		const { output } = await twilio.run({
			items: [{ limit: 3 }, { limit: 2 }],
			parameters: {
				resource: 'message',
				operation: 'getMany',
				returnAll: false,
				limit: '={{ $json.limit }}',
				options: { maxConcurrentRequests: 2 },
			},
		});
		expect(output.map((item) => [item.json.sid, item.pairedItem])).toEqual([
			...seeded.slice(0, 3).map((record) => [record.sid, { item: 0 }]),
			...seeded.slice(0, 2).map((record) => [record.sid, { item: 1 }]),
		]);
	});

	test('an empty list gives no items', async () => {
		const { output, error } = await getMany({ returnAll: true });
		expect(error).toBeUndefined();
		expect(output).toEqual([]);
	});
});
