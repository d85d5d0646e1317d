import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { MESSAGING_V1 } from '../digest';

/**
 * Toll-free verification: a US or Canadian toll-free number sends SMS only once the business
 * behind it is verified. A verification is reviewed by Twilio; one rejected is edited and so sent
 * to review again, which a repeat would find under review (Twilio's Toll-Free Verification API
 * reference).
 */
export const tollfreeVerificationResource = (): ResourceDeclaration => ({
	value: 'tollfreeVerification',
	name: 'Toll-Free Verification',
	description:
		'Verifications of the business behind a toll-free number, which it needs before it sends SMS in the US and Canada',
	parameters: {
		Sid: {
			displayName: 'Toll-Free Verification SID',
			description: 'The verification, HH followed by 32 hexadecimal characters',
		},
		TollfreePhoneNumberSid: {
			displayName: 'Toll-Free Phone Number SID',
			description: "The account's toll-free number (PN…) to verify",
		},
		UseCaseCategories: {
			description: 'What the messages are for, one or more categories',
		},
		OptInType: { description: 'How people agree to receive the messages' },
		BusinessType: { description: 'The kind of business or organization' },
		BusinessRegistrationAuthority: {
			description:
				'Who issued the business registration number: EIN in the US, CBN in Canada, VAT in the EU…',
		},
		VettingProvider: {
			description: 'Who vetted the business, where a vetting is given instead of the review',
		},
		MessageVolume: {
			description:
				"The expected messages a month, as one of Twilio's tiers such as 1,000 or 10,000",
			placeholder: '1,000',
		},
		Status: {
			description: 'Only verifications in this state',
			filter: 'Only verifications in this state',
		},
		AgeGatedContent: { description: 'Whether the messages are for adults only (age gated)' },
		ExternalReferenceId: {
			description: 'A reference of your own, returned with the verification',
			filter: 'Only the verification with this reference of your own',
		},
		IncludeSubAccounts: {
			description: "Whether the list includes the verifications of the account's subaccounts",
		},
	},
	operations: standardOperations(
		// Twilio's API spells it Tollfree; n8n's sentence case of an action keeps no hyphen.
		{ one: 'a tollfree verification', many: 'tollfree verifications' },
		collectionOf(MESSAGING_V1, MESSAGING_V1.ListTollfreeVerification),
		{
			create: {
				description:
					'Submit the business behind a toll-free number for verification; the output holds its SID (HH…) and status PENDING_REVIEW',
			},
			get: {
				description:
					"Get a verification with its status (PENDING_REVIEW, IN_REVIEW, TWILIO_APPROVED, TWILIO_REJECTED) and the rejection's reason",
			},
			update: {
				name: 'Edit and Resubmit',
				action: 'Edit and resubmit a tollfree verification',
				description:
					'Correct a rejected verification; it goes to review again (only a rejected one can be edited)',
				// Resubmitted for review: a repeat would find it under review and be refused.
				retry: 'creates',
			},
			delete: {
				description:
					'Delete a verification; the number can no longer send SMS until it is verified again',
			},
		},
	),
});
