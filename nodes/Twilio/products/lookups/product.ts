import { productIdentity } from '../identity';

/** Twilio Lookup v2 (lookups.twilio.com): facts about a phone number. */
export const lookups = productIdentity('lookups', 'v2', 'Lookup', 'Twilio Lookup');
