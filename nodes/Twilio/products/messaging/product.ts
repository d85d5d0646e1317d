import type { ProductIdentity } from '../identity';

/** Twilio Messaging v1 (messaging.twilio.com): Messaging Services and their sender pools. */
export const messaging = {
	name: 'messaging',
	title: 'Messaging',
	openApi: 'twilio_messaging_v1.json',
	digest: 'MESSAGING_V1',
	scope: 'messaging_v1',
	node: { name: 'twilioMessaging', folder: 'TwilioMessaging', displayName: 'Twilio Messaging' },
} satisfies ProductIdentity;
