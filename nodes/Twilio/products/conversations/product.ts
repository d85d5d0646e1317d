import { productIdentity } from '../identity';

/**
 * Twilio Conversations v1 (conversations.twilio.com): multichannel threads across SMS, WhatsApp
 * and chat, their participants and messages, users, roles and Conversation Services.
 */
export const conversations = productIdentity(
	'conversations',
	'v1',
	'Conversations',
	'Twilio Conversations',
);
