import type { ProductIdentity } from '../identity';

/** Twilio Lookup v2 (lookups.twilio.com): facts about a phone number. */
export const lookups = {
	name: 'lookups',
	title: 'Lookup',
	openApi: 'twilio_lookups_v2.json',
	digest: 'LOOKUPS_V2',
	node: { name: 'twilioLookup', folder: 'TwilioLookup', displayName: 'Twilio Lookup' },
} satisfies ProductIdentity;
