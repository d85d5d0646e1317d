import { productIdentity } from '../identity';

/** Twilio Verify v2 (verify.twilio.com): one-time codes and their check. */
export const verify = productIdentity('verify', 'v2', 'Verify', 'Twilio Verify');
