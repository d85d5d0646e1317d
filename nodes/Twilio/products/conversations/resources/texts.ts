import type { ParameterTexts } from '../../../declarations/derivedFields';

/** Texts every Conversations resource shares. Facts from Twilio's Conversations references. */
export const CONVERSATIONS_TEXTS: ParameterTexts = {
	'X-Twilio-Webhook-Enabled': {
		name: 'webhookEnabled',
		displayName: 'Call Webhooks',
		description:
			"Whether the change calls the service's webhooks, as a change by a participant would (false by default for the REST API)",
	},
	ConversationSid: {
		displayName: 'Conversation SID',
		description: 'The conversation, CH followed by 32 hexadecimal characters, or its unique name',
	},
	Attributes: {
		description: 'Data of your own about it, as a JSON object text such as {"order": "A-1001"}',
	},
	DateCreated: { description: 'When it was created, if not now (for importing history)' },
	DateUpdated: { description: 'When it was last changed, if not now (for importing history)' },
	State: { description: 'Active, inactive (no messages for a while) or closed (read-only)' },
	Identity: {
		description: 'The identity of a chat user (your own identifier of the person)',
		placeholder: 'ana@example.com',
	},
	RoleSid: { displayName: 'Role SID', description: 'The role (RL…) that sets what it may do' },
	UserSid: { displayName: 'User SID', description: 'The chat user (US…)' },
	NotificationLevel: {
		description:
			'Whether the user gets push notifications of the conversation (default) or not (muted)',
	},
	LastReadMessageIndex: {
		description: 'The index of the last message the user read (unset until they read one)',
	},
	LastReadTimestamp: { description: 'When the user last read the conversation' },
};
