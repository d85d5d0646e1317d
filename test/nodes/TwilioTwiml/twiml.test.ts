import { readFileSync } from 'node:fs';

import twilio from 'twilio';

import { MESSAGE_VERBS, VOICE_VERBS } from '../../../nodes/Twilio/fields/twiml/verbs';
import { PACKAGE_NAME, runNode } from '../../helpers/n8n';

/**
 * The TwiML node through n8n-core: the document it builds is the one twilio-node's own builder
 * (VoiceResponse, MessagingResponse) writes for the same verbs, attributes and texts; a step
 * without what its verb needs fails its item, naming the step; the verbs' attributes are those
 * twilio-node's builder knows.
 */
const build = (parameters: Record<string, unknown>, items = [{ json: { CallSid: 'CA1' } }]) =>
	runNode({
		nodeType: `${PACKAGE_NAME}.twilioTwiml`,
		parameters: parameters as never,
		items: items.map(({ json }) => json),
		credentials: {},
	});

const voice = (...step: Array<Record<string, unknown>>) => ({
	answer: 'voice',
	voiceSteps: { step },
});

test('a two-level phone menu is the document twilio-node writes for it', async () => {
	const { output, error } = await build(
		voice(
			{
				verb: 'say',
				text: 'Thanks for calling Tom & Jerry\'s <3 "shop"',
				sayOptions: { voice: 'Polly.Joanna', language: 'en-US' },
			},
			{
				verb: 'gather',
				prompt: 'Press 1 for sales, 2 for support',
				gatherOptions: {
					action: '?step=menu&lang=en',
					input: ['dtmf', 'speech'],
					numDigits: 1,
					timeout: 7,
				},
			},
			{ verb: 'redirect', url: '?step=welcome', redirectOptions: { method: 'POST' } },
		),
	);
	expect(error).toBeUndefined();
	const expected = new twilio.twiml.VoiceResponse();
	expected.say(
		{ voice: 'Polly.Joanna' as never, language: 'en-US' as never },
		'Thanks for calling Tom & Jerry\'s <3 "shop"',
	);
	expected
		.gather({
			action: '?step=menu&lang=en',
			method: undefined,
			input: ['dtmf', 'speech'],
			numDigits: 1,
			timeout: 7,
		})
		.say('Press 1 for sales, 2 for support');
	expected.redirect({ method: 'POST' }, '?step=welcome');
	expect(output[0].json.twiml).toBe(expected.toString());
	// The input item's fields stay beside it.
	expect(output[0].json.CallSid).toBe('CA1');
});

test('Dial to each kind of destination, Record, Enqueue, Play with digits, Pause, Hangup and Reject', async () => {
	const { output, error } = await build(
		voice(
			{
				verb: 'dial',
				toKind: 'Number',
				to: '+14155552671',
				dialOptions: {
					callerId: '+15005550006',
					timeout: 20,
					record: 'record-from-answer',
					answerOnBridge: true,
				},
			},
			{ verb: 'dial', toKind: 'Client', to: 'agent-7' },
			{ verb: 'dial', toKind: 'Sip', to: 'sip:desk@example.com' },
			{ verb: 'dial', toKind: 'Conference', to: 'Daily' },
			{ verb: 'dial', toKind: 'Queue', to: 'support' },
			{
				verb: 'record',
				recordOptions: {
					maxLength: 30,
					playBeep: false,
					transcribe: true,
					action: '?step=recorded',
				},
			},
			{
				verb: 'enqueue',
				queue: 'support',
				enqueueOptions: { waitUrl: 'https://example.com/hold.xml' },
			},
			{ verb: 'play', url: '', playOptions: { digits: 'ww1234#' } },
			{ verb: 'pause', pauseOptions: { length: 2 } },
			{ verb: 'hangup' },
			{ verb: 'reject', rejectOptions: { reason: 'busy' } },
		),
	);
	expect(error).toBeUndefined();
	const expected = new twilio.twiml.VoiceResponse();
	expected
		.dial({
			callerId: '+15005550006',
			timeout: 20,
			record: 'record-from-answer',
			answerOnBridge: true,
		})
		.number('+14155552671');
	expected.dial().client('agent-7');
	expected.dial().sip('sip:desk@example.com');
	expected.dial().conference('Daily');
	expected.dial().queue('support');
	expected.record({ action: '?step=recorded', maxLength: 30, playBeep: false, transcribe: true });
	expected.enqueue({ waitUrl: 'https://example.com/hold.xml' }, 'support');
	expected.play({ digits: 'ww1234#' });
	expected.pause({ length: 2 });
	expected.hangup();
	expected.reject({ reason: 'busy' });
	expect(output[0].json.twiml).toBe(expected.toString());
});

test('a message reply, with media, is the document MessagingResponse writes', async () => {
	const { output } = await build({
		answer: 'message',
		messageSteps: {
			step: [
				{ verb: 'message', body: 'Your order has shipped' },
				{
					verb: 'message',
					body: 'Here it is',
					mediaUrl: 'https://example.com/parcel.png',
					messageOptions: { to: '+14155552671' },
				},
			],
		},
	});
	const expected = new twilio.twiml.MessagingResponse();
	expected.message('Your order has shipped');
	const second = expected.message({ to: '+14155552671' } as never);
	second.body('Here it is');
	second.media('https://example.com/parcel.png');
	expect(output[0].json.twiml).toBe(expected.toString());
});

test('no steps: the empty answer Twilio reads as "do nothing more"', async () => {
	const { output } = await build({ answer: 'voice', voiceSteps: {} });
	expect(output[0].json.twiml).toBe(new twilio.twiml.VoiceResponse().toString());
});

test.each([
	[{ verb: 'say', text: ' ' }, /^Step 2 \(Say\): Text is empty \[item 0\]$/],
	[{ verb: 'dial', toKind: 'Number', to: '' }, /^Step 2 \(Dial\): To is empty/],
	[{ verb: 'redirect', url: '' }, /^Step 2 \(Redirect\): URL is empty/],
])(
	'a step without what its verb needs fails the item, naming the step: %j',
	async (step, message) => {
		const { error } = await build(voice({ verb: 'pause' }, step), [
			{ json: { CallSid: 'CA1' } },
			{ json: { CallSid: 'CA2' } },
		]);
		expect(error?.message).toMatch(message);
	},
);

describe("the verbs' attributes are those twilio-node's builder knows", () => {
	const typings =
		readFileSync(require.resolve('twilio/lib/twiml/VoiceResponse.d.ts'), 'utf8') +
		readFileSync(require.resolve('twilio/lib/twiml/MessagingResponse.d.ts'), 'utf8');
	/** The attribute names of `interface <Element>Attributes` in twilio-node's typings. */
	const known = (element: string) => {
		const body =
			new RegExp(`interface ${element}Attributes \\{([^}]*)\\}`).exec(typings)?.[1] ?? '';
		return new Set([...body.matchAll(/^\s*(\w+)\?:/gm)].map(([, name]) => name));
	};
	test.each([...VOICE_VERBS, ...MESSAGE_VERBS].map((verb) => [verb.element, verb]))(
		'%s',
		(element, verb) => {
			const names = verb.attributes.map(({ name }) => name);
			expect(names.filter((name) => !known(element).has(name))).toEqual([]);
		},
	);
});
