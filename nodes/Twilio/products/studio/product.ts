import { productIdentity } from '../identity';

/** Twilio Studio v2 (studio.twilio.com): flows and their executions. */
export const studio = productIdentity('studio', 'v2', 'Studio', 'Twilio Studio');
