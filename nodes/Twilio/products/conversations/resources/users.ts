import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { CONVERSATIONS_V1 } from '../digest';
import { onEitherService } from './eitherService';
import { CONVERSATIONS_TEXTS } from './texts';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conversationUserResource = (): ResourceDeclaration => ({
	value: 'conversationUser',
	name: 'Conversation User',
	description: 'Chat users: the people who join conversations from your app, by identity',
	parameters: {
		...CONVERSATIONS_TEXTS,
		Sid: {
			displayName: 'User SID',
			description: 'The user, US followed by 32 hexadecimal characters, or their identity',
		},
		FriendlyName: { description: 'The name shown for the user' },
	},
	operations: onEitherService(
		standardOperations(
			{ one: 'a conversation user', many: 'conversation users' },
			collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListUser),
		),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const userConversationResource = (): ResourceDeclaration => ({
	value: 'userConversation',
	name: 'User Conversation',
	description: "A chat user's conversations, with what they read and whether they are notified",
	parameters: {
		...CONVERSATIONS_TEXTS,
		UserSid: {
			description: 'The user (US…), or their identity',
		},
	},
	operations: onEitherService(
		standardOperations(
			{ one: 'a conversation of a user', many: 'conversations of a user' },
			collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListUserConversation),
			{
				update: { description: "Mute a user's conversation, or set what they last read" },
				delete: { description: 'Take the user out of the conversation' },
			},
		),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conversationRoleResource = (): ResourceDeclaration => ({
	value: 'conversationRole',
	name: 'Conversation Role',
	description: 'What users and participants may do, in a service or in one conversation',
	parameters: {
		...CONVERSATIONS_TEXTS,
		Sid: {
			displayName: 'Role SID',
			description: 'The role, RL followed by 32 hexadecimal characters',
		},
		FriendlyName: { description: 'A name for the role' },
		Type: { description: 'Whether the role applies in one conversation or across the service' },
		Permission: {
			description:
				'What the role may do, such as sendMessage, addParticipant, editOwnMessage: the whole list replaces the old one',
		},
	},
	operations: onEitherService(
		standardOperations(
			{ one: 'a conversation role', many: 'conversation roles' },
			collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListRole),
			{ update: { description: "Replace a role's permissions" } },
		),
	),
});
