import { productIdentity } from '../identity';

/**
 * Twilio Voice Intelligence v2 (intelligence.twilio.com): transcripts of recordings, their
 * sentences and the results of language operators run on them.
 */
export const intelligence = productIdentity(
	'intelligence',
	'v2',
	'Voice Intelligence',
	'Twilio Voice Intelligence',
);
