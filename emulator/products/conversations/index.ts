import { TwilioError } from '../../errors';
import type { Behaviour, GenericContext, ProductBehaviours } from '../../engine/types';
import { mediaOf } from '../../mediaContent';
import type { TwilioRecord } from '../../types';

/**
 * Conversations v1 (conversations.twilio.com), on the default service and on a named one alike,
 * as Twilio's Conversations references describe it:
 * - a participant is a chat user (Identity) or an SMS or WhatsApp address with the Twilio address
 *   that relays it (MessagingBinding.Address and ProxyAddress); it needs one of the two, and an
 *   address already in the conversation is refused with 409 and error 50416 ("A binding for this
 *   participant and proxy address already exists in Conversation");
 * - a message gets the next index of its conversation (0, 1, 2…) and its author is `system` when
 *   none is given; its files are those of the Media Content Service its MediaSid names.
 */

/** Where a conversation's records are kept: the collection above the participant or message. */
const siblings = (context: { collection: { list(): TwilioRecord[] } }) => context.collection.list();

const participant: Behaviour = {
	check(context) {
		const identity = context.params.get('Identity');
		const address = context.params.get('MessagingBinding.Address');
		if (!identity && !address)
			throw new TwilioError(
				400,
				20001,
				'A participant needs an Identity or a MessagingBinding.Address',
			);
		const taken = siblings(context).some(
			(other) =>
				(address !== undefined &&
					(other.messaging_binding as { address?: string } | null)?.address === address) ||
				(identity !== undefined && other.identity === identity),
		);
		if (taken)
			throw new TwilioError(
				409,
				50416,
				'A binding for this participant and proxy address already exists in Conversation',
			);
	},
	apply(record, context) {
		const address = context.params.get('MessagingBinding.Address');
		record.identity = context.params.get('Identity') ?? null;
		record.messaging_binding = address
			? {
					type: address.startsWith('whatsapp:') ? 'whatsapp' : 'sms',
					address,
					proxy_address: context.params.get('MessagingBinding.ProxyAddress') ?? null,
				}
			: null;
	},
};

/**
 * The files a new message names by MediaSid, on its conversation's service at the Media Content
 * Service; one it does not have is refused (Twilio's code for it is not documented).
 */
function attachedMedia(context: GenericContext): TwilioRecord[] {
	const sids = context.params.getAll('MediaSid');
	if (!sids.length) return [];
	const { ChatServiceSid, ConversationSid } = context.path;
	const serviceSid =
		ChatServiceSid ??
		String(context.store.get('/conversations/v1/Conversations', ConversationSid)?.chat_service_sid);
	return sids.map((sid) => {
		const media = mediaOf(context.store, serviceSid, sid);
		if (!media)
			throw new TwilioError(400, 20001, `Media ${sid} is not on this conversation's service`);
		return media;
	});
}

const message: Behaviour = {
	check(context) {
		attachedMedia(context);
	},
	apply(record, context) {
		record.index = siblings(context).length;
		record.author = context.params.get('Author') ?? 'system';
		// A message's media: "content_type …, filename …, sid … and size …" of each (Conversation
		// Message resource, `media`); null without.
		const media = attachedMedia(context);
		for (const file of media)
			Object.assign(file, { channel_sid: record.conversation_sid, message_sid: record.sid });
		record.media = media.length
			? media.map(({ sid, content_type, filename, size }) => ({
					sid,
					content_type,
					filename,
					size,
				}))
			: null;
	},
};

export const conversations: ProductBehaviours = {
	behaviours: {
		CreateConversationParticipant: participant,
		CreateServiceConversationParticipant: participant,
		CreateConversationMessage: message,
		CreateServiceConversationMessage: message,
	},
	collections: {
		'/v1/Conversations/{ConversationSid}/Messages': { order: 'oldest-first' },
		'/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages': {
			order: 'oldest-first',
		},
	},
};
