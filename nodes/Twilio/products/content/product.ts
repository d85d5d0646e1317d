import type { ProductIdentity } from '../identity';

/** Twilio Content v1 (content.twilio.com): message templates and their WhatsApp approval. */
export const content = {
	name: 'content',
	title: 'Content',
	openApi: 'twilio_content_v1.json',
	digest: 'CONTENT_V1',
	node: { name: 'twilioContent', folder: 'TwilioContent', displayName: 'Twilio Content' },
} satisfies ProductIdentity;
