import type { TwimlVerb } from './twiml';

export type TriggerEventName = 'incomingMessage' | 'incomingCall' | 'messageStatus' | 'callStatus';

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

/** One kind of request the trigger starts a workflow for. */
export interface TriggerEvent {
	value: TriggerEventName;
	name: string;
	description: string;
	/**
	 * Settings of a number the trigger can point at n8n itself; none for per-request status
	 * callbacks.
	 */
	numberSettings?: NumberWebhookSettings;
	/** The verb of the answer Twilio acts on (reply to a message, speak on a call). */
	replyVerb?: TwimlVerb;
}

export const triggerEvents: TriggerEvent[] = [
	{
		value: 'incomingMessage',
		name: 'Incoming Message',
		description: 'An SMS, MMS or WhatsApp message arrives at a phone number',
		numberSettings: {
			url: 'SmsUrl',
			method: 'SmsMethod',
			label: 'A message comes in',
			overriddenBy: ['sms_application_sid'],
			takenByMessagingService: true,
		},
		replyVerb: 'Message',
	},
	{
		value: 'incomingCall',
		name: 'Incoming Call',
		description: 'A call arrives at a phone number',
		numberSettings: {
			url: 'VoiceUrl',
			method: 'VoiceMethod',
			label: 'A call comes in',
			overriddenBy: ['voice_application_sid', 'trunk_sid'],
		},
		replyVerb: 'Say',
	},
	{
		value: 'messageStatus',
		name: 'Message Status',
		description: "A sent message's status changes (queued, sent, delivered, failed…)",
	},
	{
		value: 'callStatus',
		name: 'Call Status',
		description:
			"A call completes, or reaches each event that Call → Make's Status Callback Events names (initiated, ringing, answered)",
		numberSettings: {
			url: 'StatusCallback',
			method: 'StatusCallbackMethod',
			label: 'Call status changes',
			overriddenBy: ['voice_application_sid', 'trunk_sid'],
		},
	},
];

export function findEvent(value: string): TriggerEvent | undefined {
	return triggerEvents.find((event) => event.value === value);
}

/** The field of a number's JSON that holds a setting: `SmsUrl` → `sms_url`. */
export function recordField(setting: NumberSetting): string {
	return setting.replace(/(?<=[a-z])([A-Z])/g, '_$1').toLowerCase();
}
