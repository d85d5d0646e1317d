import { productIdentity } from '../identity';

/**
 * Twilio Messaging v1 (messaging.twilio.com): Messaging Services and their senders, US A2P 10DLC
 * brand and campaign registration, toll-free verification and link shortening.
 */
export const messaging = productIdentity('messaging', 'v1', 'Messaging', 'Twilio Messaging');
