import type { ParameterTexts } from '../../../declarations/derivedFields';
import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { VERIFY_V2 } from '../digest';

/**
 * Verify's factor authentication (Verify Push, TOTP, passkeys): an entity is one of your users, a
 * factor one of their devices or authenticator apps, a challenge one login that a factor approves.
 * Facts from Twilio's Verify Push and TOTP references.
 */
const IDENTITY: ParameterTexts = {
	Identity: {
		description:
			'Your identifier of the user (the entity), such as their UUID: 8 to 64 letters and digits separated by dashes, stable and without personal data',
		placeholder: 'user-8f3c2a1b',
	},
};

/** An answer the user's factor produced: repeating it counts another attempt or fails. */
const AUTH_PAYLOAD: ParameterTexts = {
	AuthPayload: {
		description: 'The code the user read from their authenticator app (TOTP)',
		actsAgain: true,
	},
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const entityResource = (): ResourceDeclaration => ({
	value: 'entity',
	name: 'Entity',
	description:
		'The users of factor authentication (Verify Push, TOTP, passkeys), by your identifier',
	parameters: IDENTITY,
	operations: standardOperations(
		{ one: 'an entity', many: 'entities' },
		collectionOf(VERIFY_V2, VERIFY_V2.ListEntity),
		{
			create: { description: 'Register a user by your identifier; factors are added to it' },
			get: { description: 'Get a user of the service by your identifier' },
			delete: { description: 'Delete a user with all their factors and challenges' },
		},
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const factorResource = (): ResourceDeclaration => ({
	value: 'factor',
	name: 'Factor',
	description: "A user's device or authenticator app that approves logins: push, TOTP or passkey",
	parameters: {
		...IDENTITY,
		Sid: {
			displayName: 'Factor SID',
			description: 'The factor, YF followed by 32 hexadecimal characters',
		},
		FriendlyName: {
			description: 'A name for the factor the user recognises, such as "Ana\'s phone"',
		},
		FactorType: {
			description: 'Push (the Verify Push SDK in your app) or TOTP (an authenticator app)',
		},
		'Config.NotificationPlatform': {
			description: 'For push: how the device gets notifications, APN (iOS), FCM (Android) or none',
		},
		'Config.Alg': {
			displayName: 'Config: Algorithm',
			description: 'For TOTP: the hash of the codes (sha1 by default, which most apps expect)',
		},
		friendly_name: {
			description: 'A name for the passkey the user recognises, such as "Ana\'s laptop"',
		},
		identity: {
			description:
				'Your identifier of the user (the entity), such as their UUID: stable and without personal data',
		},
		config: {
			description:
				"Passkey settings instead of the service's, as a JSON object: relying_party (the domain, name and origins of your application), authenticator_attachment, discoverable_credentials and user_verification",
		},
		'Config.NotificationToken': {
			description: "For push: the device's token from APN or FCM, to which challenges are pushed",
			password: true,
		},

		// Twilio's ranges, and the values a factor has when they are not set (CreateNewFactor).
		'Config.TimeStep': {
			description:
				'For TOTP: seconds each code lasts, 20 to 60 (30 unless the service says otherwise)',
			min: 20,
			max: 60,
			default: 30,
		},
		'Config.Skew': {
			description:
				'For TOTP: how many time steps before and after the current one a code still passes',
			min: 0,
			max: 2,
			default: 1,
		},
		'Config.CodeLength': {
			description: 'For TOTP: digits of the codes, 3 to 8',
			min: 3,
			max: 8,
			default: 6,
		},
		'Binding.Secret': {
			description: 'For TOTP: the shared secret in Base32, when you make it rather than Twilio',
			password: true,
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a factor', many: 'factors' },
			collectionOf(VERIFY_V2, VERIFY_V2.ListFactor),
			{
				create: {
					description:
						"Add a push or TOTP factor to a user; it starts unverified. For TOTP the output's binding holds the secret and the URI for the user's app.",
				},
				update: {
					name: 'Verify or Update',
					action: 'Verify or update a factor',
					description:
						"Verify a new factor with the code the user's app shows (Auth Payload), or change its name or settings",
					parameters: AUTH_PAYLOAD,
				},
				delete: { description: 'Remove a factor from a user; it can no longer approve logins' },
			},
		),
		{
			value: 'createPasskey',
			name: 'Create Passkey',
			action: 'Create a passkey factor',
			description:
				"Start a passkey for a user: the output holds the options the user's browser passes to navigator.credentials.create()",
			spec: VERIFY_V2.CreateNewFactorPasskey,
		},
		{
			value: 'verifyPasskey',
			name: 'Verify Passkey',
			action: 'Verify a passkey factor',
			description:
				"Verify a new passkey with what the user's browser answered (the credential as JSON)",
			spec: VERIFY_V2.UpdatePasskeysFactor,
			parameters: {
				response: {
					description:
						'The credential\'s response from navigator.credentials.create(), as JSON: {"attestationObject": "…", "clientDataJSON": "…"}',
					actsAgain: true,
				},
			},
		},
		{
			value: 'getForm',
			name: 'Get Form',
			action: 'Get the form of a factor type',
			description: 'Get the fields a factor type needs, as Twilio describes them for SDKs',
			spec: VERIFY_V2.FetchForm,
		},
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const challengeResource = (): ResourceDeclaration => ({
	value: 'challenge',
	name: 'Challenge',
	description: "A login a factor must approve: a push to the user's device, or a TOTP code",
	parameters: {
		...IDENTITY,
		Sid: {
			displayName: 'Challenge SID',
			description: 'The challenge, YC followed by 32 hexadecimal characters',
		},
		ChallengeSid: {
			description: 'The challenge, YC followed by 32 hexadecimal characters',
		},
		FactorSid: {
			description: 'The factor (YF…) that approves the login',
		},
		identity: {
			description: 'Your identifier of the user whose passkey is asked for',
		},
		factor_sid: {
			description: 'Only this passkey of the user (YF…); any of their passkeys when empty',
			sidKind: 'verifyFactor',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a challenge', many: 'challenges' },
			collectionOf(VERIFY_V2, VERIFY_V2.ListChallenge),
			{
				create: {
					description:
						"Ask a factor to approve a login: a push notification to the user's device, or a TOTP code (Auth Payload) checked at once",
					parameters: AUTH_PAYLOAD,
				},
				getMany: { description: "List a user's challenges: all of them, or up to a limit" },
				update: {
					name: 'Verify',
					action: 'Verify a challenge',
					description:
						'Check the TOTP code the user entered for a challenge; the output holds its new status',
					parameters: AUTH_PAYLOAD,
				},
			},
		),
		{
			value: 'notify',
			name: 'Notify Again',
			action: 'Send the push notification of a challenge again',
			description:
				"Send a pending push challenge to the user's device again, for example when the first was not seen",
			spec: VERIFY_V2.CreateNotification,
		},
		{
			value: 'createPasskey',
			name: 'Create Passkey Challenge',
			action: 'Create a passkey challenge',
			description:
				"Start a passkey login: the output holds the options the user's browser passes to navigator.credentials.get()",
			spec: VERIFY_V2.CreateChallengePasskeys,
		},
		{
			value: 'approvePasskey',
			name: 'Approve Passkey Challenge',
			action: 'Approve a passkey challenge',
			description: "Approve a passkey login with what the user's browser answered",
			spec: VERIFY_V2.UpdateChallengePasskeys,
			parameters: {
				response: {
					description:
						'The credential\'s response from navigator.credentials.get(), as JSON: {"authenticatorData": "…", "clientDataJSON": "…", "signature": "…"}',
					actsAgain: true,
				},
			},
		},
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const accessTokenResource = (): ResourceDeclaration => ({
	value: 'accessToken',
	name: 'Access Token',
	description: "A token for Twilio's Verify Push SDK in your app, to add a push factor",
	parameters: {
		...IDENTITY,
		Sid: {
			displayName: 'Access Token SID',
			description: 'The access token, YK followed by 32 hexadecimal characters',
		},
		Ttl: { displayName: 'TTL', description: 'Seconds the token lasts (3600 by default)' },
		FactorType: { description: 'The kind of factor the token adds: push' },
	},
	operations: standardOperations(
		{ one: 'an access token', many: 'access tokens' },
		{ create: VERIFY_V2.CreateAccessToken, get: VERIFY_V2.FetchAccessToken },
		{ create: { description: "Make a token the user's app gives the Verify Push SDK" } },
	),
});
