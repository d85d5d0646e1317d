/**
 * The TwiML verbs a phone menu or a message reply needs, as data: their elements, what goes inside
 * them, their children, and their documented attributes with the values each takes (Twilio docs,
 * "TwiML™ Voice" and "TwiML™ for Programmable Messaging", verb by verb; the attribute names and
 * value lists as twilio-node's TwiML builder types them, lib/twiml/VoiceResponse.d.ts and
 * MessagingResponse.d.ts). The editor's fields and the rendering both read this list.
 */

/** What an attribute takes: text, a URL, a whole number, true/false, GET/POST, or listed values. */
export type AttributeKind =
	| 'text'
	| 'url'
	| 'number'
	| 'boolean'
	| 'method'
	| { choices: readonly string[] }
	| { several: readonly string[] };

export interface TwimlAttribute {
	/** The attribute's name in TwiML, e.g. `numDigits`. */
	name: string;
	displayName: string;
	kind: AttributeKind;
	description: string;
	placeholder?: string;
}

/** A child element from one field of the step: Gather's prompt, Dial's number, Message's media. */
interface TwimlChild {
	/** The field of the step that holds the child's text. */
	field: string;
	displayName: string;
	description: string;
	/** The child element, or the field of the step that names it (Dial's kind of destination). */
	element: string | { field: string };
	url?: true;
	placeholder?: string;
}

export interface TwimlVerb {
	/** The editor's value, e.g. `say`. */
	value: string;
	/** The TwiML element, e.g. `Say`. */
	element: string;
	name: string;
	description: string;
	/** The text inside the element, from one field of the step; required where the verb needs it. */
	content?: {
		field: string;
		displayName: string;
		description: string;
		url?: true;
		required: boolean;
		placeholder?: string;
		/** With children beside it, the text goes in this element (Message's Body). */
		besideChildren?: string;
	};
	children?: TwimlChild[];
	attributes: TwimlAttribute[];
}

const method = (name: string, url: string): TwimlAttribute => ({
	name,
	displayName: `${url} Method`,
	kind: 'method',
	description: `The HTTP method of the request to the ${url} (POST by default)`,
});

const ACTION: TwimlAttribute = {
	name: 'action',
	displayName: 'Action URL',
	kind: 'url',
	description:
		'Where Twilio sends the result and asks for the next TwiML. A relative URL such as ?step=menu comes back to the same trigger, with step in its output; none: the same URL.',
	placeholder: '?step=menu',
};

const LOOP: TwimlAttribute = {
	name: 'loop',
	displayName: 'Loop',
	kind: 'number',
	description: 'How many times to repeat it (0: until the call ends)',
};

/** Record's trim and Dial's trim: "trim-silence" or "do-not-trim". */
const TRIM: TwimlAttribute = {
	name: 'trim',
	displayName: 'Trim',
	kind: { choices: ['trim-silence', 'do-not-trim'] },
	description: 'Whether Twilio removes the silence at the start and end of the recording',
};

export const VOICE_VERBS: readonly TwimlVerb[] = [
	{
		value: 'say',
		element: 'Say',
		name: 'Say',
		description: 'Speak a text to the caller',
		content: {
			field: 'text',
			displayName: 'Text',
			description: 'What Twilio says',
			required: true,
		},
		attributes: [
			{
				name: 'voice',
				displayName: 'Voice',
				kind: 'text',
				description: 'Man, woman, alice, or an Amazon Polly or Google voice such as Polly.Joanna',
				placeholder: 'Polly.Joanna',
			},
			{
				name: 'language',
				displayName: 'Language',
				kind: 'text',
				description: 'The language and locale, such as en-US or fr-FR',
				placeholder: 'en-US',
			},
			LOOP,
		],
	},
	{
		value: 'play',
		element: 'Play',
		name: 'Play',
		description: 'Play an audio file, or send keypad tones',
		content: {
			field: 'url',
			displayName: 'Audio URL',
			description: 'The audio file (MP3 or WAV); empty to send Digits only',
			url: true,
			required: false,
			placeholder: 'https://example.com/welcome.mp3',
		},
		attributes: [
			LOOP,
			{
				name: 'digits',
				displayName: 'Digits',
				kind: 'text',
				description: 'Keypad tones to send (0-9, *, #, w for half a second of pause)',
				placeholder: 'ww1234#',
			},
		],
	},
	{
		value: 'gather',
		element: 'Gather',
		name: 'Gather',
		description: 'Collect keypad digits or speech, with a prompt, and send them to the action URL',
		children: [
			{
				field: 'prompt',
				displayName: 'Prompt',
				description: 'What Twilio says while it listens (a Say inside the Gather)',
				element: 'Say',
			},
			{
				field: 'promptUrl',
				displayName: 'Prompt Audio URL',
				description: 'An audio file Twilio plays while it listens (a Play inside the Gather)',
				element: 'Play',
				url: true,
			},
		],
		attributes: [
			ACTION,
			method('method', 'Action URL'),
			{
				name: 'input',
				displayName: 'Input',
				kind: { several: ['dtmf', 'speech'] },
				description: 'Keypad digits (dtmf), speech, or both (dtmf by default)',
			},
			{
				name: 'numDigits',
				displayName: 'Number of Digits',
				kind: 'number',
				description: 'How many digits to collect before sending them',
			},
			{
				name: 'timeout',
				displayName: 'Timeout',
				kind: 'number',
				description: 'Seconds of silence after which Twilio sends what it has (5 by default)',
			},
			{
				name: 'finishOnKey',
				displayName: 'Finish on Key',
				kind: 'text',
				description: 'The key that ends the input (# by default; empty for none)',
			},
			{
				name: 'speechTimeout',
				displayName: 'Speech Timeout',
				kind: 'text',
				description: 'Seconds of silence that end speech, or auto',
				placeholder: 'auto',
			},
			{
				name: 'language',
				displayName: 'Speech Language',
				kind: 'text',
				description: 'The language of the speech to recognise, such as en-US',
				placeholder: 'en-US',
			},
			{
				name: 'hints',
				displayName: 'Hints',
				kind: 'text',
				description: 'Words or phrases to expect, separated by commas',
			},
			{
				name: 'actionOnEmptyResult',
				displayName: 'Action on Empty Result',
				kind: 'boolean',
				description: 'Whether to call the action URL even when nothing was entered',
			},
			{
				name: 'profanityFilter',
				displayName: 'Profanity Filter',
				kind: 'boolean',
				description: 'Whether to hide profanity in the speech result (on by default)',
			},
		],
	},
	{
		value: 'dial',
		element: 'Dial',
		name: 'Dial',
		description:
			'Connect the caller to a number, an app client, a SIP address, a conference or a queue',
		children: [
			{
				field: 'to',
				displayName: 'To',
				description: 'The number (E.164), client identity, SIP URI, conference name or queue name',
				element: { field: 'toKind' },
				placeholder: '+14155552671',
			},
		],
		attributes: [
			ACTION,
			method('method', 'Action URL'),
			{
				name: 'callerId',
				displayName: 'Caller ID',
				kind: 'text',
				description: 'The number the called party sees (one of your Twilio numbers)',
			},
			{
				name: 'timeout',
				displayName: 'Timeout',
				kind: 'number',
				description: 'Seconds to wait for an answer (30 by default)',
			},
			{
				name: 'timeLimit',
				displayName: 'Time Limit',
				kind: 'number',
				description: 'The longest the call may last, in seconds',
			},
			{
				name: 'record',
				displayName: 'Record',
				kind: {
					choices: [
						'do-not-record',
						'record-from-answer',
						'record-from-ringing',
						'record-from-answer-dual',
						'record-from-ringing-dual',
					],
				},
				description: 'Whether and from when to record the call',
			},
			{
				name: 'answerOnBridge',
				displayName: 'Answer on Bridge',
				kind: 'boolean',
				description: 'Whether the caller hears ringing until the called party answers',
			},
			{
				name: 'hangupOnStar',
				displayName: 'Hang Up on Star',
				kind: 'boolean',
				description: 'Whether the caller can end the dialled call by pressing *',
			},
			TRIM,
		],
	},
	{
		value: 'record',
		element: 'Record',
		name: 'Record',
		description: "Record the caller's message and send it to the action URL",
		attributes: [
			ACTION,
			method('method', 'Action URL'),
			{
				name: 'maxLength',
				displayName: 'Max Length',
				kind: 'number',
				description: 'The longest recording, in seconds (3600 by default)',
			},
			{
				name: 'timeout',
				displayName: 'Timeout',
				kind: 'number',
				description: 'Seconds of silence that end the recording (5 by default)',
			},
			{
				name: 'finishOnKey',
				displayName: 'Finish on Key',
				kind: 'text',
				description: 'The keys that end the recording (1234567890*# by default)',
			},
			{
				name: 'playBeep',
				displayName: 'Play Beep',
				kind: 'boolean',
				description: 'Whether to play a beep before recording (on by default)',
			},
			{
				name: 'transcribe',
				displayName: 'Transcribe',
				kind: 'boolean',
				description: 'Whether Twilio transcribes the recording (billed)',
			},
			{
				name: 'transcribeCallback',
				displayName: 'Transcribe Callback',
				kind: 'url',
				description: 'Where Twilio sends the transcription',
			},
			{
				name: 'recordingStatusCallback',
				displayName: 'Recording Status Callback',
				kind: 'url',
				description: 'Where Twilio tells when the recording is ready',
			},
			TRIM,
		],
	},
	{
		value: 'enqueue',
		element: 'Enqueue',
		name: 'Enqueue',
		description: 'Put the caller in a queue, to wait for an agent',
		content: {
			field: 'queue',
			displayName: 'Queue Name',
			description: 'The queue, created on first use',
			required: true,
			placeholder: 'support',
		},
		attributes: [
			ACTION,
			method('method', 'Action URL'),
			{
				name: 'waitUrl',
				displayName: 'Wait URL',
				kind: 'url',
				description: 'The TwiML (or audio) played while the caller waits',
			},
			method('waitUrlMethod', 'Wait URL'),
			{
				name: 'maxQueueSize',
				displayName: 'Max Queue Size',
				kind: 'number',
				description: 'How many callers the queue may hold',
			},
		],
	},
	{
		value: 'redirect',
		element: 'Redirect',
		name: 'Redirect',
		description: 'Continue with the TwiML at another URL (a relative ?step=… comes back here)',
		content: {
			field: 'url',
			displayName: 'URL',
			description: 'Where the next TwiML is; a relative URL such as ?step=menu',
			url: true,
			required: true,
			placeholder: '?step=menu',
		},
		attributes: [method('method', 'URL')],
	},
	{
		value: 'pause',
		element: 'Pause',
		name: 'Pause',
		description: 'Wait in silence',
		attributes: [
			{
				name: 'length',
				displayName: 'Length',
				kind: 'number',
				description: 'Seconds to wait (1 by default)',
			},
		],
	},
	{
		value: 'hangup',
		element: 'Hangup',
		name: 'Hang Up',
		description: 'End the call',
		attributes: [],
	},
	{
		value: 'reject',
		element: 'Reject',
		name: 'Reject',
		description: 'Decline the call without answering it (not billed)',
		attributes: [
			{
				name: 'reason',
				displayName: 'Reason',
				kind: { choices: ['rejected', 'busy'] },
				description: 'What the caller hears: a rejected call, or a busy tone',
			},
		],
	},
];

export const MESSAGE_VERBS: readonly TwimlVerb[] = [
	{
		value: 'message',
		element: 'Message',
		name: 'Message',
		description: 'Send a message: the reply to the sender, or to another number',
		content: {
			field: 'body',
			displayName: 'Body',
			description: 'The text of the message',
			required: false,
			besideChildren: 'Body',
		},
		children: [
			{
				field: 'mediaUrl',
				displayName: 'Media URL',
				description: 'An image or file to send with it (MMS, WhatsApp)',
				element: 'Media',
				url: true,
			},
		],
		attributes: [
			{
				name: 'to',
				displayName: 'To',
				kind: 'text',
				description: 'Another recipient than the sender',
			},
			{
				name: 'from',
				displayName: 'From',
				kind: 'text',
				description: 'Another of your numbers to send from',
			},
			ACTION,
			method('method', 'Action URL'),
		],
	},
	{
		value: 'redirect',
		element: 'Redirect',
		name: 'Redirect',
		description: 'Continue with the TwiML at another URL',
		content: {
			field: 'url',
			displayName: 'URL',
			description: 'Where the next TwiML is',
			url: true,
			required: true,
		},
		attributes: [method('method', 'URL')],
	},
];

/** Dial's kinds of destination, each a child element of Dial. */
/** The verbs of each kind of answer: to a call, or to a message. */
export const TWIML_VERBS = { voice: VOICE_VERBS, message: MESSAGE_VERBS } as const;

/** A kind of answer: `voice` or `message`. */
export type AnswerKind = keyof typeof TWIML_VERBS;

export const DIAL_TARGETS = [
	{ name: 'Number', value: 'Number' },
	{ name: 'Client (App User)', value: 'Client' },
	{ name: 'SIP Address', value: 'Sip' },
	{ name: 'Conference', value: 'Conference' },
	{ name: 'Queue', value: 'Queue' },
] as const;
