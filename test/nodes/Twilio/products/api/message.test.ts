import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const messages = () => twilio.emulator.records(twilio.accountPath('/Messages'));

describe('Message → Send', () => {
	test('posts From, To and Body as a form and outputs the created message', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '+15005550006',
				to: '+14155551234',
				body: 'Your order has shipped',
				additionalFields: { statusCallback: 'https://example.com/status' },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect(request.method).toBe('POST');
		expect(request.path).toBe(twilio.accountPath('/Messages.json'));
		expect(request.contentType).toBe('application/x-www-form-urlencoded');
		expect(request.form).toEqual({
			From: ['+15005550006'],
			To: ['+14155551234'],
			Body: ['Your order has shipped'],
			StatusCallback: ['https://example.com/status'],
		});
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			to: '+14155551234',
			body: 'Your order has shipped',
			status: 'queued',
		});
		expect(output[0].json.sid).toBe(messages()[0].sid);
		expect(output[0].pairedItem).toEqual({ item: 0 });
	});

	test('sends several media URLs as a repeated MediaUrl key, through a Messaging Service', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '',
				to: 'whatsapp:+14155551234',
				body: '',
				additionalFields: {
					messagingServiceSid: 'MG0123456789abcdef0123456789abcdef',
					mediaUrls: ['https://example.com/a.png', 'https://example.com/b.png'],
					applicationSid: 'AP0123456789abcdef0123456789abcdef',
				},
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect(request.rawBody).toContain(
			'MediaUrl=https%3A%2F%2Fexample.com%2Fa.png&MediaUrl=https%3A%2F%2Fexample.com%2Fb.png',
		);
		expect(request.form).toEqual({
			To: ['whatsapp:+14155551234'],
			MediaUrl: ['https://example.com/a.png', 'https://example.com/b.png'],
			ApplicationSid: ['AP0123456789abcdef0123456789abcdef'],
			MessagingServiceSid: ['MG0123456789abcdef0123456789abcdef'],
		});
		expect(messages()[0]).toMatchObject({
			num_media: '2',
			messaging_service_sid: 'MG0123456789abcdef0123456789abcdef',
		});
	});

	test('one request per input item, each output paired with its item', async () => {
		const items = ['+14155550001', '+14155550002', '+14155550003'].map((to) => ({ to }));
		const { output } = await twilio.run({
			items,
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '+15005550006',
				to: '={{ $json.to }}',
				body: 'Hi',
			},
		});
		expect(twilio.emulator.requests.map((request) => request.form.To[0])).toEqual(
			items.map((item) => item.to),
		);
		expect(output.map((item) => [item.json.to, item.pairedItem])).toEqual(
			items.map((item, index) => [item.to, { item: index }]),
		);
	});
});

describe('Message → Get', () => {
	test('fetches the message by SID', async () => {
		const sent = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'send',
				from: '+15005550006',
				to: '+14155551234',
				body: 'Hi',
			},
		});
		const sid = sent.output[0].json.sid as string;
		twilio.emulator.requests.length = 0;
		const { output } = await twilio.run({
			parameters: { resource: 'message', operation: 'get', messageSid: sid },
		});
		expect(twilio.emulator.requests.map((request) => [request.method, request.path])).toEqual([
			['GET', twilio.accountPath(`/Messages/${sid}.json`)],
		]);
		expect(output.map((item) => item.json)).toEqual([sent.output[0].json]);
	});
});

describe('Message → Get Many', () => {
	test('sends To, From and the date filters as DateSent, DateSent< and DateSent>', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'getMany',
				returnAll: false,
				limit: 20,
				filters: {
					to: '+14155551234',
					from: '+15005550006',
					dateSent: '2026-11-02T00:00:00',
					dateSentOnOrBefore: '2026-11-30T12:30:00',
					dateSentOnOrAfter: '2026-11-01',
				},
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect(request.method).toBe('GET');
		expect(request.path).toBe(twilio.accountPath('/Messages.json'));
		expect(request.query).toEqual({
			To: ['+14155551234'],
			From: ['+15005550006'],
			DateSent: ['2026-11-02'],
			// 12:30 in the workflow's time zone (Berlin, UTC+1 in November); a day alone is Twilio's UTC
			// day.
			'DateSent<': ['2026-11-30T11:30:00Z'],
			'DateSent>': ['2026-11-01'],
			PageSize: ['20'],
		});
		expect(request.rawQuery).toContain('DateSent%3C=2026-11-30T11%3A30%3A00Z');
		expect(request.rawQuery).toContain('DateSent%3E=2026-11-01&');
	});
});
