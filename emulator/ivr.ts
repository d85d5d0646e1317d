import { randomUUID } from 'node:crypto';

// The signature is twilio-node's own, as for the other webhooks the emulator sends.
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';

import { publishCallEnded } from './products/api/behaviours/outboundCalls';
import { seedRecord } from './products/api/seedRecord';
import { rfc2822 } from './random';
import type { RecordStore } from './store';
import type { EmulatedAccount, TwilioRecord } from './types';

/**
 * A caller going through a phone menu, as Twilio runs TwiML (Twilio docs, "TwiML™ Voice" and each
 * verb's page): Twilio requests the number's Voice URL, then runs the document's verbs in order.
 * `<Say>` is spoken and `<Play>` played; `<Pause>` waits; `<Gather>` speaks its nested `<Say>`
 * and, when the caller enters digits, requests its `action` (by default the document's own URL)
 * with `Digits`, and the new document replaces the rest of this one; with no input it goes on with
 * the next verb. `<Record>` makes a completed recording of the call (and its transcription, with
 * `transcribe="true"`) and requests its `action` with
 * RecordingUrl, RecordingSid and RecordingDuration (Record's action parameters). `<Redirect>`
 * requests its URL. `<Dial>`, `<Enqueue>`, `<Hangup>` and `<Reject>` end what this model follows of
 * the call. Relative URLs resolve against the document's URL. Every request is signed as Twilio
 * signs a form request, with the call's parameters. The call is a record of the account (inbound,
 * in progress, then completed with its end time, which Event Streams publishes).
 * Simplified against the node: a document that is not TwiML ends the call (Twilio would say "an
 * application error has occurred").
 */

interface IncomingCall {
	from: string;
	to: string;
	/** What the caller enters at each Gather, in turn. */
	digits?: string[];
}

interface Element {
	name: string;
	attributes: Record<string, string>;
	children: Element[];
	text: string;
}

interface CallTurn {
	url: string;
	status: number;
	twiml: string;
}

interface CallOutcome {
	callSid: string;
	/** Each request Twilio made and the document it got. */
	turns: CallTurn[];
	/** What the caller heard and what happened, in order: `Say: …`, `Dial: …`, `Hangup`. */
	heard: string[];
}

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&apos;': "'",
};
const decode = (text: string) =>
	text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]);

/** The elements of a TwiML document, as a tree (the subset of XML TwiML uses). */
function parse(xml: string): Element | undefined {
	const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
	const stack = [root];
	const tags = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|<\?[^>]*\?>|([^<]+)/g;
	for (const match of xml.matchAll(tags)) {
		const [, closing, name, attributes, selfClosing, text] = match;
		const parent = stack[stack.length - 1];
		if (text !== undefined) parent.text += decode(text);
		if (!name) continue;
		if (closing) {
			stack.pop();
			continue;
		}
		const element: Element = {
			name,
			attributes: Object.fromEntries(
				[...(attributes ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key, value]) => [
					key,
					decode(value),
				]),
			),
			children: [],
			text: '',
		};
		parent.children.push(element);
		if (!selfClosing) stack.push(element);
	}
	const response = root.children.find(({ name }) => name === 'Response');
	return response;
}

/** Plays a caller through the number's phone menu; an unknown number is an error. */
export async function callThroughIvr(
	store: RecordStore,
	accounts: EmulatedAccount[],
	call: IncomingCall,
): Promise<CallOutcome | { error: string }> {
	const found = accounts
		.map((account) => ({
			account,
			number: store
				.list(`/2010-04-01/Accounts/${account.sid}/IncomingPhoneNumbers`)
				.find((record) => record.phone_number === call.to),
		}))
		.find(({ number }) => number);
	if (!found?.number?.voice_url) return { error: `No number ${call.to} with a Voice URL` };
	const { account, number } = found;
	const digits = [...(call.digits ?? [])];
	const seedTarget = { store, account };
	const started = new Date();
	const record = seedRecord(
		seedTarget,
		'/Accounts/{AccountSid}/Calls/{Sid}',
		{},
		{
			to: call.to,
			from: call.from,
			direction: 'inbound',
			status: 'in-progress',
			start_time: rfc2822(started),
			end_time: null,
		},
	);
	const outcome: CallOutcome = { callSid: record.sid, turns: [], heard: [] };
	const base = {
		AccountSid: account.sid,
		ApiVersion: '2010-04-01',
		CallSid: outcome.callSid,
		Direction: 'inbound',
		From: call.from,
		To: call.to,
	};
	let next: { url: string; extra: Record<string, string> } | undefined = {
		url: String(number.voice_url),
		extra: { CallStatus: 'ringing' },
	};
	// A menu that sends the caller round in circles: how many documents in a row Twilio follows is
	// not documented; twenty is plenty for a test.
	while (next && outcome.turns.length < 20) {
		const { url, extra }: { url: string; extra: Record<string, string> } = next;
		next = undefined;
		const parameters = { ...base, CallStatus: 'in-progress', ...extra };
		const response = await fetch(url, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
				'User-Agent': 'TwilioProxy/1.1',
				'X-Twilio-Signature': getExpectedTwilioSignature(account.authToken, url, parameters),
				'I-Twilio-Idempotency-Token': randomUUID(),
			},
			body: new URLSearchParams(parameters).toString(),
		});
		const twiml = await response.text();
		outcome.turns.push({ url, status: response.status, twiml });
		const document = response.ok ? parse(twiml) : undefined;
		if (!document) break;
		for (const verb of document.children) {
			const target = (value: string | undefined): string => new URL(value || url, url).toString();
			if (verb.name === 'Say' || verb.name === 'Play')
				outcome.heard.push(`${verb.name}: ${verb.text}`);
			if (verb.name === 'Gather') {
				for (const prompt of verb.children) outcome.heard.push(`${prompt.name}: ${prompt.text}`);
				const entered = digits.shift();
				if (entered === undefined) continue;
				next = { url: target(verb.attributes.action), extra: { Digits: entered } };
				break;
			}
			if (verb.name === 'Record') {
				const recording = seedRecord(
					seedTarget,
					'/Accounts/{AccountSid}/Recordings/{Sid}',
					{},
					{
						call_sid: outcome.callSid,
						status: 'completed',
						duration: '4',
					},
				);
				// transcribe="true": Twilio transcribes the recording (Record: transcribe).
				if (verb.attributes.transcribe === 'true')
					seedRecord(
						seedTarget,
						'/Accounts/{AccountSid}/Transcriptions/{Sid}',
						{},
						{
							recording_sid: recording.sid,
							status: 'completed',
							transcription_text: 'A message left on the phone menu',
						},
					);
				outcome.heard.push('Record');
				next = {
					url: target(verb.attributes.action),
					extra: {
						RecordingSid: recording.sid,
						RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${account.sid}/Recordings/${recording.sid}`,
						RecordingDuration: '4',
					},
				};
				break;
			}
			if (verb.name === 'Redirect') {
				next = { url: target(verb.text.trim()), extra: {} };
				break;
			}
			if (['Dial', 'Enqueue', 'Hangup', 'Reject'].includes(verb.name)) {
				const detail =
					verb.children.map(({ name, text }) => `${name} ${text}`).join(', ') || verb.text.trim();
				outcome.heard.push(detail ? `${verb.name}: ${detail}` : verb.name);
				break;
			}
		}
	}
	completeCall(store, account, record);
	return outcome;
}

/** The call ends: completed with its end time, and Event Streams publishes it. */
function completeCall(store: RecordStore, account: EmulatedAccount, call: TwilioRecord): void {
	const stored = store
		.list(`/2010-04-01/Accounts/${account.sid}/Calls`)
		.find(({ sid }) => sid === call.sid);
	if (!stored) return;
	const ended = new Date();
	Object.assign(stored, { status: 'completed', end_time: rfc2822(ended) });
	publishCallEnded(store, account, stored, ended);
}
