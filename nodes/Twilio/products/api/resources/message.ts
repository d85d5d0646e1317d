import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import { choice, choicesOf, field, text, url, urlList } from '../../../fields/basic';
import { toBoolean } from '../../../engine/convert';
import { dateFilter } from '../../../fields/dateFilter';
import { enumOf } from '../../../declarations/derivedFields';
import { recipient } from '../../../fields/phoneNumber';
import { senderLocator, sidLocator } from '../../../fields/locator';
import { sid } from '../../../fields/sid';
import { approvedContents } from '../../content/lists';
import { messagingServices } from '../../messaging/lists';

const messageSid = sid({
	name: 'messageSid',
	displayName: 'Message SID',
	twilioName: 'Sid',
	kind: 'message',
	location: 'path',
	required: true,
	description: 'The SID of the message, starting with SM (SMS) or MM (MMS)',
});

/**
 * Picked from the account's Messaging Services (Messaging API) or typed; the parameter keeps its
 * name.
 */
const messagingServiceSid = sidLocator({
	name: 'messagingServiceSid',
	displayName: 'Messaging Service SID',
	twilioName: 'MessagingServiceSid',
	lookup: messagingServices,
	description:
		"Send through a Messaging Service instead of a single From number: Twilio picks a sender from the service's pool",
});

/** Picked from the templates WhatsApp approved (Content API) or typed. */
const contentSid = sidLocator({
	name: 'contentSid',
	displayName: 'Content SID',
	twilioName: 'ContentSid',
	lookup: approvedContents,
	description:
		'A content template (HX…) to send instead of a Body; the list shows the templates WhatsApp approved, which business-initiated WhatsApp messages need',
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messageResource = (): ResourceDeclaration => ({
	value: 'message',
	name: 'Message',
	description: 'SMS, MMS and WhatsApp messages',
	operations: [
		{
			value: 'send',
			name: 'Send',
			action: 'Send a message',
			description: 'Send an SMS, MMS or WhatsApp message',
			spec: API_V2010.CreateMessage,
			fields: [
				senderLocator({
					placeholder: '+14155552671 or whatsapp:+14155552671',
					description:
						'A Twilio phone number (E.164), alphanumeric sender ID or channel address (e.g. whatsapp:+14155552671) enabled for this kind of message. Leave empty when sending through a Messaging Service SID (Additional Fields).',
				}),
				recipient(
					'The recipient: a phone number in E.164 format, or a channel address such as whatsapp:+14155552671',
				),
				text({
					name: 'body',
					displayName: 'Body',
					twilioName: 'Body',
					rows: 4,
					maxLength: 1600,
					description:
						'The text of the message, up to 1,600 characters (Twilio splits long SMS into segments). May be empty when Media URLs are given.',
				}),
			],
			optionalFields: {
				collection: 'additionalFields',
				fields: [
					url({
						name: 'statusCallback',
						displayName: 'Status Callback URL',
						twilioName: 'StatusCallback',
						description:
							"URL Twilio calls with each status change of the message (queued, sent, delivered, failed…). The Twilio Connector Trigger's Message Status event gives one.",
					}),
					urlList({
						name: 'mediaUrls',
						displayName: 'Media URLs',
						twilioName: 'MediaUrl',
						maxCount: 10,
						description:
							'Public URLs of images or other media to send as MMS (at most 10). Each is sent as its own MediaUrl parameter.',
					}),
					messagingServiceSid,
					contentSid,
				],
			},
			exclude: {
				ForceDelivery: 'Twilio marks it as reserved',
				MaxPrice: 'Twilio made it obsolete: it has no effect since 3 June 2024',
			},
			parameters: {
				ApplicationSid: {
					description:
						'A TwiML Application whose Message Status Callback URL receives the status changes. Ignored when Status Callback URL is set.',
				},
				ContentVariables: {
					description:
						'The values of the content template\'s variables, as JSON: {"1": "Ana", "2": "Friday"}. Needs Content SID.',
					json: true,
				},
				ScheduleType: { description: 'Fixed schedules the message for Send At' },
				ValidityPeriod: {
					description:
						"Seconds the message may wait in Twilio's queue; it is not sent after that (36,000 by default)",
					min: 1,
					max: 36_000,
				},
				Attempt: {
					description:
						"How many times, this one included, you have tried to send this message (for your own count in Twilio's logs)",
					min: 1,
				},
				ProvideFeedback: {
					description:
						'Whether you will report with Message → Send Feedback whether the message arrived',
				},
				SmartEncoded: {
					description:
						'Whether Twilio replaces Unicode characters that have a GSM-7 look-alike, so the message costs fewer segments',
				},
				SendAsMms: {
					displayName: 'Send as MMS',
					description:
						'Whether Twilio sends the message as one MMS, even without media (long texts in the US and Canada)',
				},
				ShortenUrls: {
					displayName: 'Shorten URLs',
					description:
						'Whether Twilio shortens the links in Body; needs a Messaging Service with link shortening',
				},
				PersistentAction: {
					description:
						'Rich actions for channels other than SMS, such as a location in WhatsApp (geo:37.787,-122.400|Twilio)',
				},
				FallbackFrom: {
					description:
						'An SMS sender used when the recipient cannot be reached over RCS; needs a Messaging Service with an RCS sender',
				},
				ContentRetention: {
					description:
						'Whether Twilio keeps the text of the message (retain) or discards it once sent (discard), for accounts that may choose',
				},
				AddressRetention: {
					description:
						"Whether Twilio keeps the recipient's number (retain) or obfuscates it (obfuscate), for accounts that may choose",
				},
				RiskCheck: {
					description:
						'Whether Twilio checks the message for SMS pumping fraud (enable, the default) or not (disable)',
				},
				TrafficType: {
					description:
						'Free marks one-time passcodes and other free traffic, where the carrier allows it',
				},
				SendAt: {
					description:
						'When Twilio sends the message, between 15 minutes and 35 days from now. Needs Schedule Type Fixed and a Messaging Service SID.',
				},
			},
			// Twilio's own rules for scheduling and link shortening (Message resource: "Schedule a
			// message", ShortenUrls).
			check: (values) => {
				if ((values.sendAt !== undefined) !== (values.scheduleType !== undefined)) {
					return 'Scheduling needs both Send At and Schedule Type (Additional Fields)';
				}
				if (values.sendAt !== undefined && values.messagingServiceSid === undefined) {
					return 'A scheduled message needs a Messaging Service SID (Additional Fields)';
				}
				if (values.shortenUrls === 'true' && values.messagingServiceSid === undefined) {
					return 'Shorten URLs needs a Messaging Service SID (Additional Fields)';
				}
				if (values.contentVariables !== undefined && values.contentSid === undefined) {
					return 'Content Variables needs a Content SID (Additional Fields)';
				}
				return undefined;
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a message',
			description: 'Get one message by its SID',
			spec: API_V2010.FetchMessage,
			fields: [messageSid],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many messages',
			description: 'List messages sent and received by the account, newest first',
			spec: API_V2010.ListMessage,
			parameters: {
				To: { description: 'Only messages sent to this number', placeholder: '+14155552671' },
			},
			optionalFields: {
				collection: 'filters',
				fields: [
					senderLocator({
						placeholder: '+14155552671',
						description: 'Only messages sent from this number',
					}),
					...dateFilter({
						name: 'dateSent',
						displayName: 'Date Sent',
						twilioName: 'DateSent',
						format: 'date-time',
						subject: 'messages sent',
					}),
				],
			},
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Cancel or redact a message',
			description:
				'Cancel a scheduled message before Twilio sends it, or redact the text of a sent one',
			spec: API_V2010.UpdateMessage,
			fields: [messageSid],
			optionalFields: {
				collection: 'updateFields',
				fields: [
					choice({
						name: 'status',
						displayName: 'Status',
						twilioName: 'Status',
						choices: choicesOf(enumOf(API_V2010.UpdateMessage, 'Status')),
						description: 'Canceled cancels a scheduled message that Twilio has not sent yet',
					}),
					field(
						{
							name: 'redactBody',
							displayName: 'Redact Body',
							twilioName: 'Body',
							description:
								"Whether to erase the message's text at Twilio; the message stays, with an empty body",
						},
						{ type: 'boolean', default: false },
						// Twilio changes a body only to the empty string (Message resource: "Redact a
						// message").
						(value) => (toBoolean(value) === 'true' ? '' : undefined),
					),
				],
			},
			check: (values) =>
				values.status === undefined && values.redactBody === undefined
					? 'Choose what to change in Update Fields: Status Canceled, or Redact Body'
					: undefined,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a message',
			description: 'Delete a message and its media from Twilio',
			spec: API_V2010.DeleteMessage,
			fields: [messageSid],
		},
		{
			value: 'sendFeedback',
			name: 'Send Feedback',
			action: 'Report whether a message reached its recipient',
			description:
				'Report whether a message sent with Provide Feedback reached its recipient (for example the code it held was used)',
			spec: API_V2010.CreateMessageFeedback,
			parameters: {
				MessageSid: {
					description: 'The message, sent with Provide Feedback on',
				},
				Outcome: {
					description:
						'Confirmed when the recipient acted on the message; Unconfirmed when not (the default)',
				},
			},
		},
	],
});
