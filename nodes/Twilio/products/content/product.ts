import { productIdentity } from '../identity';

/** Twilio Content v1 (content.twilio.com): message templates and their WhatsApp approval. */
export const content = productIdentity('content', 'v1', 'Content', 'Twilio Content');
