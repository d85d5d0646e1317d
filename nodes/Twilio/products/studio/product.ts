import type { ProductIdentity } from '../identity';

/** Twilio Studio v2 (studio.twilio.com): flows and their executions. */
export const studio = {
	name: 'studio',
	title: 'Studio',
	openApi: 'twilio_studio_v2.json',
	digest: 'STUDIO_V2',
	node: { name: 'twilioStudio', folder: 'TwilioStudio', displayName: 'Twilio Studio' },
} satisfies ProductIdentity;
