import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { CONVERSATIONS_V1 } from '../digest';
import { CONVERSATIONS_TEXTS } from './texts';

const CHAT_SERVICE = {
	displayName: 'Conversation Service SID',
	description: 'The Conversation Service (IS…)',
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conversationServiceResource = (): ResourceDeclaration => ({
	value: 'conversationService',
	name: 'Conversation Service',
	description: 'Conversation Services: separate sets of conversations, users and roles',
	parameters: {
		Sid: CHAT_SERVICE,
		FriendlyName: { description: 'A name for the service' },
	},
	operations: standardOperations(
		{ one: 'a conversation service', many: 'conversation services' },
		collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListService),
		{ delete: { description: 'Delete a service with all its conversations, users and roles' } },
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const pushBindingResource = (): ResourceDeclaration => ({
	value: 'pushBinding',
	name: 'Push Binding',
	description: "A user's devices that get push notifications of a Conversation Service",
	parameters: {
		ChatServiceSid: CHAT_SERVICE,
		Sid: {
			displayName: 'Binding SID',
			description: 'The binding, BS followed by 32 hexadecimal characters',
		},
		BindingType: { description: 'Only bindings of these push services' },
		Identity: { description: 'Only the bindings of these users, by identity' },
	},
	operations: standardOperations(
		{ one: 'a push binding', many: 'push bindings' },
		collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListServiceBinding),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const serviceConfigurationResource = (): ResourceDeclaration => ({
	value: 'conversationServiceConfiguration',
	name: 'Conversation Service Configuration',
	description: "A Conversation Service's default roles, push notifications and webhooks",
	parameters: {
		ChatServiceSid: CHAT_SERVICE,
		// The answer's method is GET or POST (configuration_webhook_enum_method).
		Method: { description: 'How Twilio calls the webhook URLs', values: ['GET', 'POST'] },
		LogEnabled: { description: 'Whether Twilio logs the push notifications it sends' },
		Filters: { description: 'The events sent to the webhooks, such as onMessageAdded' },
	},
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the configuration of a conversation service',
			description: "Get a service's default roles and whether reachability is on",
			spec: CONVERSATIONS_V1.FetchServiceConfiguration,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update the configuration of a conversation service',
			description: "Change a service's default roles, or whether users see who is online",
			spec: CONVERSATIONS_V1.UpdateServiceConfiguration,
		},
		{
			value: 'getNotifications',
			name: 'Get Notifications',
			action: 'Get the push notifications of a conversation service',
			description: 'Get which push notifications the service sends, with their templates',
			spec: CONVERSATIONS_V1.FetchServiceNotification,
		},
		{
			value: 'updateNotifications',
			name: 'Update Notifications',
			action: 'Update the push notifications of a conversation service',
			description:
				'Choose which push notifications the service sends, with their templates and sounds',
			spec: CONVERSATIONS_V1.UpdateServiceNotification,
		},
		{
			value: 'getWebhooks',
			name: 'Get Webhooks',
			action: 'Get the webhooks of a conversation service',
			description: "Get the URLs Twilio calls before and after a service's events",
			spec: CONVERSATIONS_V1.FetchServiceWebhookConfiguration,
		},
		{
			value: 'updateWebhooks',
			name: 'Update Webhooks',
			action: 'Update the webhooks of a conversation service',
			description:
				"Set the URLs Twilio calls before and after a service's events, and which events",
			spec: CONVERSATIONS_V1.UpdateServiceWebhookConfiguration,
		},
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const accountConfigurationResource = (): ResourceDeclaration => ({
	value: 'conversationsConfiguration',
	name: 'Conversations Configuration',
	description:
		"The account's Conversations defaults: service, Messaging Service, timers and webhooks",
	parameters: {
		DefaultChatServiceSid: {
			displayName: 'Default Conversation Service SID',
			description: 'The service (IS…) conversations are in unless another is named',
		},
		DefaultMessagingServiceSid: {
			description:
				'The Messaging Service (MG…) SMS and WhatsApp go through unless another is named',
		},
		Target: { description: 'Where the webhooks go: your URL (webhook) or Flex (flex)' },
		// The answer's method is GET or POST (configuration_webhook_enum_method).
		Method: { description: 'How Twilio calls the webhook URLs', values: ['GET', 'POST'] },
		Filters: { description: 'The events sent to the webhooks, such as onMessageAdded' },
	},
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the conversations configuration',
			description: "Get the account's default service, Messaging Service and timers",
			spec: CONVERSATIONS_V1.FetchConfiguration,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update the conversations configuration',
			description: "Change the account's default service, Messaging Service or timers",
			spec: CONVERSATIONS_V1.UpdateConfiguration,
		},
		{
			value: 'getWebhooks',
			name: 'Get Webhooks',
			action: 'Get the conversations webhooks',
			description: "Get the URLs Twilio calls before and after the account's conversation events",
			spec: CONVERSATIONS_V1.FetchConfigurationWebhook,
		},
		{
			value: 'updateWebhooks',
			name: 'Update Webhooks',
			action: 'Update the conversations webhooks',
			description: "Set the URLs Twilio calls before and after the account's conversation events",
			spec: CONVERSATIONS_V1.UpdateConfigurationWebhook,
		},
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conversationAddressResource = (): ResourceDeclaration => ({
	value: 'conversationAddress',
	name: 'Conversation Address',
	description:
		'Numbers and channels that start a conversation on their own when someone writes to them',
	parameters: {
		...CONVERSATIONS_TEXTS,
		Sid: {
			displayName: 'Address SID',
			description: 'The address configuration, IG followed by 32 hexadecimal characters',
		},
		Type: { description: 'The channel of the address', filter: 'Only addresses of this channel' },
		Address: {
			description: 'The number or channel address, such as +15005550006 or whatsapp:+15005550006',
			placeholder: '+15005550006',
		},
		'AutoCreation.Enabled': {
			description: 'Whether a message to the address starts a conversation',
		},
		'AutoCreation.StudioRetryCount': {
			description: 'For a Studio flow: how many times Twilio retries calling it (0 to 3)',
			min: 0,
			max: 3,
		},
		'AutoCreation.Type': {
			description: 'What handles a new conversation: a webhook, a Studio flow, or the default',
		},
		'AutoCreation.WebhookMethod': {
			description: 'How Twilio calls the webhook URL',
		},
	},
	operations: standardOperations(
		{ one: 'a conversation address', many: 'conversation addresses' },
		collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListConfigurationAddress),
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const pushCredentialResource = (): ResourceDeclaration => ({
	value: 'pushCredential',
	name: 'Push Credential',
	description: 'The Apple and Firebase credentials Conversations sends push notifications with',
	parameters: {
		Sid: {
			displayName: 'Credential SID',
			description: 'The credential, CR followed by 32 hexadecimal characters',
		},
		Type: { description: 'The push service: APN (Apple), FCM or GCM (Firebase)' },
		FriendlyName: { description: 'A name for the credential' },
		Certificate: {
			description: 'For APN: the certificate, in PEM format',
			password: true,
			rows: 4,
		},
		PrivateKey: { description: 'For APN: the private key, in PEM format', password: true, rows: 4 },
		Sandbox: { description: "Whether it is for Apple's sandbox (APN, development builds)" },
		ApiKey: { description: 'For GCM: the server API key', password: true },
		Secret: { description: 'For FCM: the server key', password: true },
	},
	operations: standardOperations(
		{ one: 'a push credential', many: 'push credentials' },
		collectionOf(CONVERSATIONS_V1, CONVERSATIONS_V1.ListCredential),
	),
});
