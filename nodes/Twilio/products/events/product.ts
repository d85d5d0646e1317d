import { productIdentity } from '../identity';

/**
 * Twilio Event Streams v1 (events.twilio.com): the account's event feed, its event types and
 * schemas, and where events go (sinks) and which (subscriptions).
 */
export const events = productIdentity('events', 'v1', 'Event Streams', 'Twilio Event Streams');
