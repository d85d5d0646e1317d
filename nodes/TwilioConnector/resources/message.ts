import type { ResourceDefinition } from '../engine/types';
import { text, url, urlList } from '../fields/basic';
import { dateFilter } from '../fields/dateFilter';
import { senderLocator, sidLocator } from '../fields/locator';
import { sid } from '../fields/sid';

const messageSid = sid({
	name: 'messageSid',
	displayName: 'Message SID',
	twilioName: 'Sid',
	kind: 'message',
	location: 'path',
	required: true,
	description: 'The SID of the message, starting with SM (SMS) or MM (MMS)',
});

const messagingServiceSid = sid({
	name: 'messagingServiceSid',
	displayName: 'Messaging Service SID',
	twilioName: 'MessagingServiceSid',
	kind: 'messagingService',
	description:
		"Send through a Messaging Service instead of a single From number: Twilio picks a sender from the service's pool",
});

export const messageResource: ResourceDefinition = {
	value: 'message',
	name: 'Message',
	description: 'SMS, MMS and WhatsApp messages',
	operations: [
		{
			value: 'send',
			name: 'Send',
			action: 'Send a message',
			description: 'Send an SMS, MMS or WhatsApp message',
			method: 'POST',
			path: '/Accounts/{AccountSid}/Messages.json',
			retry: 'creates',
			fields: [
				senderLocator({
					name: 'from',
					displayName: 'From',
					twilioName: 'From',
					placeholder: '+14155552671 or whatsapp:+14155552671',
					description:
						'A Twilio phone number (E.164), alphanumeric sender ID or channel address (e.g. whatsapp:+14155552671) enabled for this kind of message. Leave empty when sending through a Messaging Service SID (Additional Fields).',
				}),
				text({
					name: 'to',
					displayName: 'To',
					twilioName: 'To',
					required: true,
					placeholder: '+14155552671',
					description:
						'The recipient: a phone number in E.164 format, or a channel address such as whatsapp:+14155552671',
				}),
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
					sidLocator({
						name: 'applicationSid',
						displayName: 'Application SID',
						twilioName: 'ApplicationSid',
						lookup: 'applications',
						description:
							"A TwiML Application whose Message Status Callback URL receives the status changes. Ignored when Status Callback URL is set.",
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
				],
			},
			check: (values) => {
				if (!values.from && !values.messagingServiceSid) {
					return 'Give a From number, or a Messaging Service SID in Additional Fields';
				}
				if (!values.body && !values.mediaUrls) {
					return 'Give a Body, or at least one Media URL in Additional Fields';
				}
				return undefined;
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a message',
			description: 'Get one message by its SID',
			method: 'GET',
			path: '/Accounts/{AccountSid}/Messages/{Sid}.json',
			retry: 'idempotent',
			fields: [messageSid],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many messages',
			description: 'List messages sent and received by the account, newest first',
			method: 'GET',
			path: '/Accounts/{AccountSid}/Messages.json',
			retry: 'idempotent',
			list: { key: 'messages' },
			optionalFields: {
				collection: 'filters',
				fields: [
					text({
						name: 'to',
						displayName: 'To',
						twilioName: 'To',
						placeholder: '+14155552671',
						description: 'Only messages sent to this number',
					}),
					senderLocator({
						name: 'from',
						displayName: 'From',
						twilioName: 'From',
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
	],
};
