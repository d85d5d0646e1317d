import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { VERIFY_V2 } from '../digest';

/**
 * What Verify sent, across the account (Twilio's Verification Attempts reference): one attempt per
 * message or call, kept after the verification itself is gone, and their summary (conversion rate).
 */
const FILTERS = {
	DateCreatedAfter: { description: 'Only attempts made after this time' },
	DateCreatedBefore: { description: 'Only attempts made before this time' },
	Country: { description: 'Only attempts to this country (two-letter ISO code such as US)' },
	VerifyServiceSid: {
		description: 'Only attempts of this Verify service (VA…)',
	},
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const verificationAttemptResource = (): ResourceDeclaration => ({
	value: 'verificationAttempt',
	name: 'Verification Attempt',
	description:
		'Every code Verify sent, by message or call, with its price and whether it converted',
	parameters: {
		...FILTERS,
		Sid: {
			displayName: 'Attempt SID',
			description: 'The attempt, VL followed by 32 hexadecimal characters',
		},
		'ChannelData.To': {
			displayName: 'To',
			description: 'Only attempts to this phone number or email address',
			placeholder: '+14155552671',
		},
		VerificationSid: {
			description: 'Only attempts of this verification (VE…)',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a verification attempt', many: 'verification attempts' },
			collectionOf(VERIFY_V2, VERIFY_V2.ListVerificationAttempt),
			{
				getMany: {
					description:
						"List the account's verification attempts, newest first: all of them, or up to a limit",
				},
			},
		),
		{
			value: 'getSummary',
			name: 'Get Summary',
			action: 'Get a summary of verification attempts',
			description:
				'Count the attempts and conversions over a period (the last 30 days by default), with the conversion rate',
			spec: VERIFY_V2.FetchVerificationAttemptsSummary,
			parameters: {
				DestinationPrefix: {
					description: 'Only attempts to numbers starting with this prefix, such as +1415',
				},
			},
		},
	],
});
