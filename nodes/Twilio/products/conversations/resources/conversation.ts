import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import type { ListedFiles } from '../../../engine/types';
import { downloadSetting } from '../../../fields/download';
import { MEDIA_CONTENT_PRODUCT } from '../../../transport/hosts';
import { CONVERSATIONS_V1 } from '../digest';
import { conversations } from '../product';
import { onEitherService } from './eitherService';
import { CONVERSATIONS_TEXTS } from './texts';

/**
 * Conversations, and what happens in one: its participants (a chat user, or a phone or WhatsApp
 * address with the Twilio number that relays it), its messages, their delivery receipts, and its
 * own webhooks. A message sent, a participant added, a conversation created are never repeated
 * once Twilio may have received them (each would happen twice).
 */

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conversationResource = (): ResourceDeclaration => ({
	value: 'conversation',
	name: 'Conversation',
	description: 'Threads of messages across SMS, WhatsApp and chat, with their participants',
	parameters: {
		...CONVERSATIONS_TEXTS,
		Sid: CONVERSATIONS_TEXTS.ConversationSid,
		FriendlyName: { description: 'A name for the conversation people may see' },
		UniqueName: {
			description: 'A name of your own, unique in the service, usable instead of the SID',
		},
		MessagingServiceSid: {
			description:
				'The Messaging Service (MG…) SMS and WhatsApp messages go through; the default one when empty',
		},
		'Timers.Inactive': {
			description:
				'After how long without messages it becomes inactive, as an ISO 8601 duration such as PT1H',
			placeholder: 'PT1H',
		},
		'Timers.Closed': {
			description: 'After how long without messages it closes, as an ISO 8601 duration such as P1D',
			placeholder: 'P1D',
		},
		StartDate: { description: 'Only conversations started on or after this day' },
		EndDate: { description: 'Only conversations started on or before this day' },
		Participant: {
			description:
				'The participants, one JSON object each, such as {"messaging_binding": {"address": "+14155552671", "proxy_address": "+15005550006"}} or {"identity": "ana"}',
		},
	},
	operations: [
		...onEitherService(
			standardOperations(
				{ one: 'a conversation', many: 'conversations' },
				collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListConversation),
				{
					create: {
						description:
							'Start a conversation; the output holds its SID (CH…), which Conversation Participant → Add and Conversation Message → Send take',
					},
					delete: { description: 'Delete a conversation with its participants and messages' },
				},
			),
		),
		...onEitherService([
			{
				value: 'createWithParticipants',
				name: 'Create With Participants',
				action: 'Create a conversation with its participants',
				description: 'Start a conversation and add its participants in one request',
				spec: CONVERSATIONS_V1.CreateConversationWithParticipants,
			},
		]),
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conversationParticipantResource = (): ResourceDeclaration => ({
	value: 'conversationParticipant',
	name: 'Conversation Participant',
	description: 'The people in a conversation: chat users, and phone or WhatsApp addresses',
	parameters: {
		...CONVERSATIONS_TEXTS,
		Sid: {
			displayName: 'Participant SID',
			description: 'The participant, MB followed by 32 hexadecimal characters',
		},
		'MessagingBinding.Address': {
			displayName: 'Address',
			description:
				"For SMS or WhatsApp: the person's number, such as +14155552671 or whatsapp:+14155552671",
			placeholder: '+14155552671',
		},
		'MessagingBinding.ProxyAddress': {
			displayName: 'Proxy Address',
			description: 'For SMS or WhatsApp: the Twilio number (or whatsapp:…) the person talks to',
			placeholder: '+15005550006',
		},
		'MessagingBinding.ProjectedAddress': {
			displayName: 'Projected Address',
			description: 'For a chat participant in a group MMS: the Twilio number others see them as',
		},
	},
	operations: onEitherService(
		standardOperations(
			{ one: 'a conversation participant', many: 'conversation participants' },
			collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListConversationParticipant),
			{
				create: {
					name: 'Add',
					action: 'Add a participant to a conversation',
					description:
						'Add a chat user (Identity) or a phone or WhatsApp address (Address and Proxy Address) to a conversation',
					check: (values) =>
						values.identity === undefined && values.messagingBindingAddress === undefined
							? 'Give Identity (a chat user) or Address (an SMS or WhatsApp number)'
							: undefined,
				},
				delete: {
					name: 'Remove',
					action: 'Remove a participant from a conversation',
					description: 'Take a participant out of a conversation; their messages stay in it',
				},
			},
		),
	),
});

/**
 * A message's files are on the Media Content Service, described at
 * `/v1/Services/{ChatServiceSid}/Media/{Sid}` by a JSON whose `links.content_direct_temporary` is a
 * short-lived pre-signed address of the content (Twilio's "Conversations Media Resource" page). A
 * message of the default service does not name its service: its conversation does.
 */
const MESSAGE_MEDIA: ListedFiles = {
	listField: 'media',
	sidKind: 'media',
	product: MEDIA_CONTENT_PRODUCT,
	path: '/v1/Services/{ChatServiceSid}/Media/{Sid}',
	placeholders: {
		ChatServiceSid: { field: 'chat_service_sid', kind: 'conversationService' },
		ConversationSid: { field: 'conversation_sid', kind: 'conversation' },
	},
	lackingFrom: { product: conversations.name, path: '/v1/Conversations/{ConversationSid}' },
	addressField: 'links.content_direct_temporary',
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conversationMessageResource = (): ResourceDeclaration => ({
	value: 'conversationMessage',
	name: 'Conversation Message',
	description: "A conversation's messages, delivered to every participant on their channel",
	parameters: {
		...CONVERSATIONS_TEXTS,
		Sid: {
			displayName: 'Message SID',
			description: 'The message, IM followed by 32 hexadecimal characters',
		},
		Author: {
			description: "Who wrote it: a participant's identity or address (system by default)",
		},
		Body: { description: 'The text of the message', rows: 3 },
		MediaSid: {
			description: 'A file uploaded to the Media Content Service (ME…), sent with the message',
		},
		ContentSid: {
			description:
				'A Content template (HX…) sent instead of Body, as WhatsApp needs outside its 24-hour window',
		},
		ContentVariables: {
			description: 'The template\'s variables, as a JSON object text such as {"1": "Ana"}',
		},
		Subject: { description: 'The subject, for email participants' },
		Order: { description: 'Oldest first (asc, the default) or newest first (desc)' },
	},
	operations: onEitherService(
		standardOperations(
			{ one: 'a conversation message', many: 'conversation messages' },
			collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListConversationMessage),
			{
				create: {
					name: 'Send',
					action: 'Send a message in a conversation',
					description:
						'Post a message to a conversation: every participant gets it on their channel. Never repeated once Twilio may have received it.',
				},
				get: {
					description:
						"Get a message with its delivery summary, and optionally its files (from Twilio's storage, without the credential)",
					optionalFields: {
						collection: 'additionalFields',
						fields: [
							downloadSetting(
								"Whether to download the message's files as well (images, documents), each under its own name",
								'each file of the message in a binary property of its own: media_0, media_1…',
							),
						],
					},
					file: (values) => (values.download === 'file' ? MESSAGE_MEDIA : undefined),
				},
				update: { description: "Change a message's body, author or attributes" },
			},
		),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conversationReceiptResource = (): ResourceDeclaration => ({
	value: 'conversationMessageReceipt',
	name: 'Conversation Message Receipt',
	description:
		"A message's delivery to each SMS or WhatsApp participant: sent, delivered, read, failed…",
	parameters: {
		...CONVERSATIONS_TEXTS,
		MessageSid: { displayName: 'Message SID', description: 'The message (IM…)' },
		Sid: {
			displayName: 'Receipt SID',
			description: 'The receipt, DY followed by 32 hexadecimal characters',
		},
	},
	operations: onEitherService(
		standardOperations(
			{ one: 'a message receipt', many: 'message receipts' },
			collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListConversationMessageReceipt),
		),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conversationWebhookResource = (): ResourceDeclaration => ({
	value: 'conversationWebhook',
	name: 'Conversation Webhook',
	description: "A conversation's own webhooks: a URL, a Studio flow, or a trigger word",
	parameters: {
		...CONVERSATIONS_TEXTS,
		Sid: {
			displayName: 'Webhook SID',
			description: 'The webhook, WH followed by 32 hexadecimal characters',
		},
		Target: {
			description:
				'Where events go: a URL (webhook), a Studio flow (studio), or a URL on trigger words (trigger)',
		},
		'Configuration.Method': {
			description: 'How Twilio calls the URL',
		},
		'Configuration.ReplayAfter': {
			description:
				'For a Studio flow: the index of the message from which earlier messages are replayed to it (none by default)',
		},
	},
	operations: onEitherService(
		standardOperations(
			{ one: 'a conversation webhook', many: 'conversation webhooks' },
			collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListConversationScopedWebhook),
		),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const participantConversationResource = (): ResourceDeclaration => ({
	value: 'participantConversation',
	name: 'Participant Conversation',
	description: 'The conversations a chat user or a phone or WhatsApp address takes part in',
	parameters: {
		...CONVERSATIONS_TEXTS,
		Identity: {
			description: 'Only the conversations of this chat user',
			placeholder: 'ana@example.com',
		},
		Address: {
			description: 'Only the conversations of this phone number or WhatsApp address',
			placeholder: '+14155552671',
		},
	},
	operations: onEitherService([
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get the conversations of a participant',
			description:
				'List the conversations of a chat user (Identity) or an address (Address), with their state: all of them, or up to a limit',
			spec: CONVERSATIONS_V1.ListParticipantConversation,
		},
	]),
});
