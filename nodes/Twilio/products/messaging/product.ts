import { productIdentity } from '../identity';

/** Twilio Messaging v1 (messaging.twilio.com): Messaging Services and their sender pools. */
export const messaging = productIdentity(
	'messaging',
	'v1',
	'Messaging',
	'Twilio Messaging',
	'partial',
);
