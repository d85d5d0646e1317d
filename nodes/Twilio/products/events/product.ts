import type { ProductIdentity } from '../identity';

/**
 * Twilio Event Streams v1 (events.twilio.com): the account's event feed, its event types and
 * schemas, and where events go (sinks) and which (subscriptions).
 */
export const events = {
	name: 'events',
	title: 'Event Streams',
	openApi: 'twilio_events_v1.json',
	digest: 'EVENTS_V1',
	node: {
		name: 'twilioEventStreams',
		folder: 'TwilioEventStreams',
		displayName: 'Twilio Event Streams',
	},
} satisfies ProductIdentity;
