import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { MESSAGING_V1 } from '../digest';

/**
 * US A2P 10DLC: a brand (the business, from its customer profile and A2P profile bundles) is
 * registered with The Campaign Registry, may be vetted by a third party for higher limits, and
 * registers campaigns (what a Messaging Service sends and to whom). Every registration, vetting
 * and resubmission is billed and reviewed by carriers: never sent twice (Twilio's "A2P 10DLC" API
 * guides and the BrandRegistration and UsAppToPerson references).
 */

const BRAND_SID = {
	displayName: 'Brand Registration SID',
	description: 'The brand registration, BN followed by 32 hexadecimal characters',
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const brandRegistrationResource = (): ResourceDeclaration => ({
	value: 'brandRegistration',
	name: 'Brand Registration',
	description:
		'US A2P 10DLC brands: the business registered with The Campaign Registry before it sends SMS from US long codes',
	parameters: {
		Sid: BRAND_SID,
		BrandRegistrationSid: BRAND_SID,
		CustomerProfileBundleSid: {
			description: 'The approved Secondary Customer Profile (BU…) of the business, from Trust Hub',
		},
		A2PProfileBundleSid: {
			displayName: 'A2P Profile Bundle SID',
			description: 'The approved A2P Messaging Profile (BU…) of the business, from Trust Hub',
		},
		BrandType: {
			description:
				'Standard for most businesses; Sole Proprietor for one without a tax number, with low limits',
			values: 'listed',
			choiceNames: { STANDARD: 'Standard', SOLE_PROPRIETOR: 'Sole Proprietor' },
		},
		Mock: {
			description:
				'Whether the brand is a mock, for tests: it is not sent to The Campaign Registry and cannot send messages',
		},
		SkipAutomaticSecVet: {
			displayName: 'Skip Automatic Secondary Vetting',
			description: 'Whether to skip the secondary vetting Twilio would start on its own',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a brand registration', many: 'brand registrations' },
			collectionOf(MESSAGING_V1, MESSAGING_V1.ListBrandRegistrations),
			{
				create: {
					description:
						'Register a brand (billed, reviewed by The Campaign Registry); the output holds its SID (BN…) and status PENDING',
				},
				get: {
					description:
						"Get a brand registration with its status (PENDING, APPROVED, FAILED…), the registry's feedback and its trust score",
				},
				update: {
					name: 'Resubmit',
					action: 'Resubmit a brand registration',
					description:
						'Send a FAILED brand to review again once its bundles are corrected (billed again)',
					// A resubmission is reviewed and billed each time: never repeated.
					retry: 'creates',
				},
			},
		),
		{
			value: 'sendOtp',
			name: 'Send Verification Code',
			action: 'Send the verification code of a sole proprietor brand',
			description:
				"Send the sole proprietor's mobile number its verification code (an SMS) again; the brand stays pending until it is answered",
			spec: MESSAGING_V1.CreateBrandRegistrationOtp,
		},
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const brandVettingResource = (): ResourceDeclaration => ({
	value: 'brandVetting',
	name: 'Brand Vetting',
	description:
		'Third-party vettings of a brand, whose score raises its message limits (billed per vetting)',
	parameters: {
		BrandSid: BRAND_SID,
		BrandVettingSid: {
			description: 'The vetting, VT followed by 32 hexadecimal characters',
		},
		VettingProvider: {
			description: 'Who vets the brand: Campaign Verify (political campaigns) or Aegis',
			filter: 'Only vettings by this provider',
		},
		VettingId: {
			description: "For Campaign Verify: the token of the campaign's verification",
		},
	},
	operations: standardOperations(
		{ one: 'a brand vetting', many: 'brand vettings' },
		collectionOf(MESSAGING_V1, MESSAGING_V1.ListBrandVetting),
		{
			create: {
				description: 'Ask for a vetting of a brand (billed); the output holds its SID (VT…)',
			},
		},
	),
});

const CAMPAIGN_SERVICE = {
	displayName: 'Messaging Service SID',
	description: 'The Messaging Service (MG…) whose messages the campaign covers',
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const campaignResource = (): ResourceDeclaration => ({
	value: 'a2pCampaign',
	name: 'Campaign',
	description:
		'US A2P 10DLC campaigns: what a Messaging Service sends, to whom and how they opted in, registered for a brand',
	parameters: {
		MessagingServiceSid: CAMPAIGN_SERVICE,
		Sid: {
			displayName: 'Campaign SID',
			description: 'The campaign, QE followed by 32 hexadecimal characters',
		},
		BrandRegistrationSid: {
			description: 'The approved brand (BN…) the campaign is registered for',
		},
		Description: {
			description: 'What the campaign sends and why, 40 to 4,096 characters',
			rows: 3,
		},
		MessageFlow: {
			description:
				'How people opt in to the messages (a web form, a keyword, at a point of sale…), with where that is, 40 to 2,048 characters',
			rows: 3,
		},
		MessageSamples: {
			description: 'Two to five examples of the messages, 20 to 1,024 characters each',
		},
		UsAppToPersonUsecase: {
			displayName: 'Use Case',
			description:
				'What the campaign is for, one of the use cases Get Use Cases lists for the brand: 2FA, MARKETING, MIXED…',
			placeholder: 'MIXED',
		},
		HasEmbeddedLinks: { description: 'Whether the messages contain links' },
		HasEmbeddedPhone: { description: 'Whether the messages contain phone numbers' },
		SubscriberOptIn: { description: 'Whether recipients opt in to the messages' },
		AgeGated: { description: 'Whether the messages are for adults only (age gated)' },
		DirectLending: { description: 'Whether the messages are about direct lending or loans' },
		CnpMigration: {
			displayName: 'CNP Migration',
			description:
				'Whether the campaign is moving to Twilio from another connectivity partner (CNP migration)',
		},
		CampaignId: {
			description: 'The ID The Campaign Registry gave the campaign, registered elsewhere',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a campaign', many: 'campaigns' },
			collectionOf(MESSAGING_V1, MESSAGING_V1.ListUsAppToPerson),
			{
				create: {
					description:
						'Register a campaign for a Messaging Service (billed, reviewed by carriers); the output holds its SID (QE…) and campaign_status PENDING',
				},
				get: {
					description:
						"Get a Messaging Service's campaign with its status (PENDING, VERIFIED, FAILED…) and the carriers' errors",
				},
				getMany: {
					description: "List a Messaging Service's campaigns: all of them, or up to a limit",
				},
				update: {
					description: "Change a campaign's description, message flow, samples or links",
				},
				delete: {
					description:
						'Delete a campaign: it is deregistered and its Messaging Service can no longer send A2P messages',
				},
			},
		),
		{
			value: 'getUseCases',
			name: 'Get Use Cases',
			action: 'Get the use cases of a campaign',
			description: 'List the use cases a campaign of the brand may have, with their descriptions',
			spec: MESSAGING_V1.FetchUsAppToPersonUsecase,
		},
		{
			value: 'addExternal',
			name: 'Add External Campaign',
			action: 'Add an external campaign to a messaging service',
			description:
				'Attach a campaign registered with The Campaign Registry elsewhere (by its campaign ID) to a Messaging Service',
			spec: MESSAGING_V1.CreateExternalCampaign,
		},
	],
});
