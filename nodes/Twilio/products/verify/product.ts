import type { ProductIdentity } from '../identity';

/** Twilio Verify v2 (verify.twilio.com): one-time codes and their check. */
export const verify = {
	name: 'verify',
	title: 'Verify',
	openApi: 'twilio_verify_v2.json',
	digest: 'VERIFY_V2',
	scope: 'verify_v2',
	node: { name: 'twilioVerify', folder: 'TwilioVerify', displayName: 'Twilio Verify' },
} satisfies ProductIdentity;
