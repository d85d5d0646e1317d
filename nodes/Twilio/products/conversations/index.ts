import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { conversations } from './product';
import {
	conversationMessageResource,
	conversationParticipantResource,
	conversationReceiptResource,
	conversationResource,
	conversationWebhookResource,
	participantConversationResource,
} from './resources/conversation';
import {
	accountConfigurationResource,
	conversationAddressResource,
	conversationServiceResource,
	pushBindingResource,
	pushCredentialResource,
	serviceConfigurationResource,
} from './resources/service';
import {
	conversationRoleResource,
	conversationUserResource,
	userConversationResource,
} from './resources/users';

export const conversationsProduct: ProductFolder = {
	...conversations,
	lists: Object.values(lists),
	resources: [
		conversationResource,
		conversationParticipantResource,
		conversationMessageResource,
		conversationReceiptResource,
		conversationWebhookResource,
		participantConversationResource,
		conversationUserResource,
		userConversationResource,
		conversationRoleResource,
		conversationServiceResource,
		serviceConfigurationResource,
		pushBindingResource,
		conversationAddressResource,
		pushCredentialResource,
		accountConfigurationResource,
	],
};
