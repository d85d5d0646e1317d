import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { jsonObjects } from '../../../fields/basic';
import { EVENTS_V1 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const subscriptionResource = (): ResourceDeclaration => ({
	value: 'subscription',
	name: 'Subscription',
	description: 'Which event types go to a sink',
	parameters: {
		Sid: {
			displayName: 'Subscription SID',
			description: 'The subscription, DF followed by 32 hexadecimal characters',
		},
		Description: {
			description: 'A name for the subscription (Twilio asks for no personal data here)',
		},
		SinkSid: {
			description: 'The sink the events go to; it must be active (validated)',
			filter: 'Only the subscriptions of this sink',
		},
	},
	operations: standardOperations(
		{ one: 'a subscription', many: 'subscriptions' },
		collectionOf(EVENTS_V1, EVENTS_V1.ListSubscription),
		{
			create: {
				description: 'Send events of the given types to a sink, from now on',
				fields: [
					jsonObjects({
						name: 'types',
						displayName: 'Types',
						twilioName: 'Types',
						required: true,
						placeholder:
							'[{"type": "com.twilio.messaging.message.delivered", "schema_version": 1}]',
						description:
							'The event types, as a JSON array: each {"type": "…"}, with "schema_version" to fix the version of its data',
					}),
				],
			},
		},
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const subscribedEventResource = (): ResourceDeclaration => ({
	value: 'subscribedEvent',
	name: 'Subscribed Event',
	description: 'The event types of one subscription, each with the schema version it delivers',
	parameters: {
		SubscriptionSid: {
			description: 'The subscription, DF followed by 32 hexadecimal characters',
		},
		Type: {
			description: 'The event type, such as com.twilio.messaging.message.delivered',
			placeholder: 'com.twilio.messaging.message.delivered',
		},
		SchemaVersion: {
			description: "The version of the type's schema the events follow (the latest when empty)",
		},
	},
	operations: standardOperations(
		{ one: 'a subscribed event', many: 'subscribed events' },
		collectionOf(EVENTS_V1, EVENTS_V1.ListSubscribedEvent),
	),
});
