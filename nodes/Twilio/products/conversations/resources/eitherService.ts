import type { OperationDeclaration } from '../../../declarations/complete';
import type { OpenApiOperation } from '../../../engine/openApi';
import { sidLocator } from '../../../fields/locator';
import { CONVERSATIONS_V1 } from '../digest';
import { conversationServices } from '../lists';

/**
 * Conversations offers most operations twice: on the account's default Conversation Service
 * (`/v1/Conversations/…`) and on a named one (`/v1/Services/{ChatServiceSid}/Conversations/…`),
 * which Twilio names with Service after the verb (CreateConversation, CreateServiceConversation).
 * Each is one operation of the node, with an optional Conversation Service SID that sends the
 * second.
 */
export function eitherService(declaration: OperationDeclaration): OperationDeclaration {
	const plain = declaration.spec as OpenApiOperation;
	const scopedId = plain.id.replace(/^(Create|Fetch|List|Update|Delete)/, '$1Service');
	const scoped = (CONVERSATIONS_V1 as Record<string, OpenApiOperation | undefined>)[scopedId];
	if (!scoped) throw new Error(`Conversations has no ${scopedId} beside ${plain.id}`);
	return {
		...declaration,
		spec: [plain, scoped],
		path: (values) => (values.chatServiceSid ? scoped.path : plain.path),
		fields: [
			...(declaration.fields ?? []),
			sidLocator({
				name: 'chatServiceSid',
				displayName: 'Conversation Service SID',
				twilioName: 'ChatServiceSid',
				lookup: conversationServices,
				location: 'path',
				required: false,
				description:
					"The Conversation Service (IS…) it belongs to; empty for the account's default service",
			}),
		],
	};
}

/** Each declaration on either service. */
export const onEitherService = (declarations: OperationDeclaration[]): OperationDeclaration[] =>
	declarations.map(eitherService);
