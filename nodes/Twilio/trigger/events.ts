import type { AnswerKind } from '../fields/twiml/verbs';
import type { AnswerVerb } from './twiml';

type TriggerEventName = 'incomingMessage' | 'incomingCall' | 'messageStatus' | 'callStatus';

/**
 * A setting of an Incoming Phone Number, by its Twilio parameter name (`SmsUrl`, `VoiceMethod`…).
 */
export type NumberSetting =
	'SmsUrl' | 'SmsMethod' | 'VoiceUrl' | 'VoiceMethod' | 'StatusCallback' | 'StatusCallbackMethod';

/** The two settings of a number that send one kind of webhook to a URL. */
export interface NumberWebhookSettings {
	url: NumberSetting;
	method: NumberSetting;
	/** What the Twilio Console calls it, for messages. */
	label: string;
	/** Fields of the number that, when set, make Twilio ignore the URL (a TwiML App, a SIP trunk). */
	overriddenBy: string[];
	/**
	 * A Messaging Service holding the number takes these requests, unless it defers to the number's
	 * webhook.
	 */
	takenByMessagingService?: true;
}

/**
 * The account's record whose settings hold the webhooks of phone numbers, and the catalog's
 * operations the trigger reads and changes it through (Incoming Phone Number → Get, Get Many,
 * Update).
 */
export const NUMBER_RECORD = {
	resource: 'incomingPhoneNumber',
	get: 'get',
	getMany: 'getMany',
	update: 'update',
} as const;

/** Where Twilio is told the event's webhook URL. */
type EventWebhook =
	| {
			/**
			 * A setting of one of the account's phone numbers (NUMBER_RECORD), which the trigger can set
			 * itself on activation; `setup` is what the editor starts with.
			 */
			on: 'phoneNumber';
			settings: NumberWebhookSettings;
			setup: 'phoneNumber' | 'manual';
			/** Where the user pastes the URL when setting it themselves. */
			pasteInto: string;
	  }
	| {
			/** A parameter of each request that starts what Twilio reports on (Message → Send). */
			on: 'request';
			pasteInto: string;
	  };

/**
 * The answer Twilio acts on: a TwiML verb, with the editor's field that holds its text, then the
 * steps of a fuller answer (a Gather after the greeting), from the verbs of calls or messages.
 */
interface EventAnswer {
	verb: AnswerVerb;
	field: { name: string; displayName: string; description: string };
	steps: { name: string; kind: AnswerKind };
}

/** One kind of request the trigger starts a workflow for. */
interface TriggerEvent {
	value: TriggerEventName;
	name: string;
	description: string;
	webhook: EventWebhook;
	/** Set for requests Twilio acts on the answer of (reply to a message, speak on a call). */
	answer?: EventAnswer;
	/** The request may carry media files (MediaUrl0, MediaUrl1…) the trigger can download. */
	media?: true;
}

const CONSOLE =
	'the Twilio Console where Twilio should send the request (a Messaging Service, a WhatsApp sender, a TwiML App), with method HTTP POST';

export const triggerEvents: TriggerEvent[] = [
	{
		value: 'incomingMessage',
		name: 'Incoming Message',
		description: 'An SMS, MMS or WhatsApp message arrives at a phone number',
		webhook: {
			on: 'phoneNumber',
			settings: {
				url: 'SmsUrl',
				method: 'SmsMethod',
				label: 'A message comes in',
				overriddenBy: ['sms_application_sid'],
				takenByMessagingService: true,
			},
			setup: 'phoneNumber',
			pasteInto: CONSOLE,
		},
		answer: {
			verb: 'Message',
			field: {
				name: 'replyText',
				displayName: 'Reply Text',
				description: 'Text Twilio sends back to the sender. Leave empty to send no reply.',
			},
			steps: { name: 'replySteps', kind: 'message' },
		},
		media: true,
	},
	{
		value: 'incomingCall',
		name: 'Incoming Call',
		description: 'A call arrives at a phone number',
		webhook: {
			on: 'phoneNumber',
			settings: {
				url: 'VoiceUrl',
				method: 'VoiceMethod',
				label: 'A call comes in',
				overriddenBy: ['voice_application_sid', 'trunk_sid'],
			},
			setup: 'phoneNumber',
			pasteInto: CONSOLE,
		},
		answer: {
			verb: 'Say',
			field: {
				name: 'sayText',
				displayName: 'Text to Say',
				description:
					'Text Twilio speaks to the caller first. Without steps after it, Twilio then hangs up.',
			},
			steps: { name: 'callSteps', kind: 'voice' },
		},
	},
	{
		value: 'messageStatus',
		name: 'Message Status',
		description: "A sent message's status changes (queued, sent, delivered, failed…)",
		webhook: {
			on: 'request',
			pasteInto: 'Status Callback URL of Message → Send (Additional Fields)',
		},
	},
	{
		value: 'callStatus',
		name: 'Call Status',
		description:
			"A call completes, or reaches each event that Call → Make's Status Callback Events names (initiated, ringing, answered)",
		webhook: {
			on: 'phoneNumber',
			settings: {
				url: 'StatusCallback',
				method: 'StatusCallbackMethod',
				label: 'Call status changes',
				overriddenBy: ['voice_application_sid', 'trunk_sid'],
			},
			setup: 'manual',
			pasteInto:
				'Status Callback URL of Call → Make (Additional Fields), with the Status Callback Events you want',
		},
	},
];

/** The events whose request is a setting of a phone number. */
export const eventsOnNumbers = (setup?: 'phoneNumber' | 'manual') =>
	triggerEvents
		.filter(({ webhook }) => webhook.on === 'phoneNumber' && (!setup || webhook.setup === setup))
		.map(({ value }) => value);

export function findEvent(value: string): TriggerEvent | undefined {
	return triggerEvents.find((event) => event.value === value);
}

/** The field of a number's JSON that holds a setting: `SmsUrl` → `sms_url`. */
export function recordField(setting: NumberSetting): string {
	return setting.replace(/(?<=[a-z])([A-Z])/g, '_$1').toLowerCase();
}
