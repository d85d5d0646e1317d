import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { VERIFY_V2 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messagingConfigurationResource = (): ResourceDeclaration => ({
	value: 'messagingConfiguration',
	name: 'Messaging Configuration',
	description: 'The Messaging Service a Verify service sends SMS from, country by country',
	parameters: {
		Country: {
			description:
				'The country, as its two-letter ISO code such as US, or all for every country without one of its own',
			placeholder: 'US',
		},
		MessagingServiceSid: {
			description: 'The Messaging Service (MG…) whose senders send the codes',
		},
	},
	operations: standardOperations(
		{ one: 'a messaging configuration', many: 'messaging configurations' },
		collectionOf(VERIFY_V2, VERIFY_V2.ListMessagingConfiguration),
		{
			get: { description: "Get a service's messaging configuration for one country" },
			update: { description: 'Send the codes for a country from another Messaging Service' },
			delete: { description: 'Send the codes for a country as without a configuration again' },
		},
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const verifyWebhookResource = (): ResourceDeclaration => ({
	value: 'verifyWebhook',
	name: 'Webhook',
	description:
		"URLs Twilio calls on a Verify service's events (factor created, challenge approved…)",
	parameters: {
		Sid: {
			displayName: 'Webhook SID',
			description: 'The webhook, YW followed by 32 hexadecimal characters',
		},
		FriendlyName: { description: 'A name for the webhook' },
		EventTypes: {
			description:
				'The events sent to the URL, separated by commas, such as factor.created,challenge.approved, or * for all',
			placeholder: 'factor.verified,challenge.approved',
		},
		WebhookUrl: {
			description: 'The URL Twilio posts the events to',
			placeholder: 'https://example.com/verify-events',
		},
		Status: { description: 'Whether events are sent (enabled by default)' },
		Version: { description: 'The version of the payload (v2 by default)' },
	},
	operations: standardOperations(
		{ one: 'a webhook', many: 'webhooks' },
		collectionOf(VERIFY_V2, VERIFY_V2.ListWebhook),
	),
});
