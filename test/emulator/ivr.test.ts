import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import twilio from 'twilio';

import { seedRecord, TwilioEmulator } from '../../emulator';

/**
 * The emulator's caller through a phone menu (emulator/ivr.ts), against a menu served by a plain
 * HTTP server with twilio-node's TwiML builder and signature check: Gather's relative action comes
 * back with Digits, a Redirect is followed, every request is signed, and the call ends at Dial.
 */
let emulator: TwilioEmulator;
let server: Server;
let menuUrl: string;
const received: Array<{ url: string; valid: boolean; params: Record<string, string> }> = [];

beforeAll(async () => {
	emulator = await TwilioEmulator.start();
	server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk: Buffer) => (body += chunk));
		request.on('end', () => {
			const url = `${menuUrl.replace(/\/menu$/, '')}${request.url}`;
			const params = Object.fromEntries(new URLSearchParams(body));
			const valid = twilio.validateRequest(
				emulator.account.authToken,
				String(request.headers['x-twilio-signature']),
				url,
				params,
			);
			received.push({ url, valid, params });
			const step = new URL(url).searchParams.get('step');
			const twiml = new twilio.twiml.VoiceResponse();
			if (!step) {
				twiml.say('Welcome');
				twiml.gather({ action: '?step=menu', numDigits: 1 }).say('Press 1 for sales');
				twiml.say('We did not get your choice');
				twiml.redirect('?step=again');
			} else if (step === 'again') twiml.redirect('/menu');
			else if (step === 'menu' && params.Digits === '9')
				twiml.record({ action: '?step=saved', maxLength: 30, transcribe: true });
			else if (step === 'saved') {
				twiml.say(`Thanks, ${params.RecordingSid}`);
				twiml.hangup();
			} else {
				twiml.say(params.Digits === '1' ? 'Sales' : 'Support');
				twiml.dial().number('+14155550177');
			}
			response.writeHead(200, { 'Content-Type': 'text/xml' });
			response.end(twiml.toString());
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	menuUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/menu`;
});
afterAll(async () => {
	await emulator.close();
	await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
	emulator.reset();
	received.length = 0;
	seedRecord(
		emulator,
		'/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}',
		{},
		{
			phone_number: '+14155550100',
			voice_url: menuUrl,
			voice_method: 'POST',
		},
	);
});

const call = (digits: string[]) =>
	fetch(`${emulator.url}/__emulator/incoming-call`, {
		method: 'POST',
		body: JSON.stringify({ from: '+14155552671', to: '+14155550100', digits }),
	}).then(
		(response) => response.json() as Promise<{ heard: string[]; turns: Array<{ url: string }> }>,
	);

test("the caller's digit goes to Gather's relative action, signed, and the call ends at Dial", async () => {
	const outcome = await call(['1']);
	expect(outcome.heard).toEqual([
		'Say: Welcome',
		'Say: Press 1 for sales',
		'Say: Sales',
		'Dial: Number +14155550177',
	]);
	expect(received.map(({ url }) => url)).toEqual([menuUrl, `${menuUrl}?step=menu`]);
	expect(received.every(({ valid }) => valid)).toBe(true);
	expect(received[1].params).toMatchObject({
		Digits: '1',
		From: '+14155552671',
		To: '+14155550100',
	});
});

test('without input Twilio goes on after Gather and follows the Redirect; a menu that loops ends after twenty documents', async () => {
	const silent = await call([]);
	expect(silent.heard.slice(0, 3)).toEqual([
		'Say: Welcome',
		'Say: Press 1 for sales',
		'Say: We did not get your choice',
	]);
	expect(silent.turns.slice(0, 3).map(({ url }) => new URL(url).search)).toEqual([
		'',
		'?step=again',
		'',
	]);
	expect(silent.turns).toHaveLength(20);
});

test('Record makes a completed recording of the call (transcribed when asked) and sends it to the action; the call ends completed', async () => {
	const outcome = (await call(['9'])) as unknown as { callSid: string; heard: string[] };
	const recordings = emulator.records(`/2010-04-01/Accounts/${emulator.account.sid}/Recordings`);
	expect(recordings).toHaveLength(1);
	expect(recordings[0]).toMatchObject({ call_sid: outcome.callSid, status: 'completed' });
	expect(outcome.heard).toEqual([
		'Say: Welcome',
		'Say: Press 1 for sales',
		'Record',
		`Say: Thanks, ${String(recordings[0].sid)}`,
		'Hangup',
	]);
	expect(received.at(-1)!.params).toMatchObject({ RecordingSid: recordings[0].sid });
	expect(emulator.records(`/2010-04-01/Accounts/${emulator.account.sid}/Transcriptions`)).toEqual([
		expect.objectContaining({ recording_sid: recordings[0].sid, status: 'completed' }),
	]);
	const calls = emulator.records(`/2010-04-01/Accounts/${emulator.account.sid}/Calls`);
	expect(calls.find(({ sid }) => sid === outcome.callSid)).toMatchObject({
		direction: 'inbound',
		status: 'completed',
		end_time: expect.any(String),
	});
});
