import type { ParameterTexts } from '../../../declarations/derivedFields';
import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { VERIFY_V2 } from '../digest';

const PASSKEY_PREFERENCE = ['required', 'preferred', 'discouraged'];

/**
 * Texts of a Verify service's settings, shared by Create and Update. Facts from Twilio's Verify
 * Service reference.
 */
const VERIFY_SERVICE_TEXTS: ParameterTexts = {
	Sid: {
		displayName: 'Verify Service SID',
		description: 'The Verify service, VA followed by 32 hexadecimal characters',
	},
	FriendlyName: {
		description:
			'The name users see in the messages, as in "Your {name} verification code is…", up to 32 characters',
		maxLength: 32,
	},
	// Twilio's Verify Service reference: code_length "6 by default" (the spec's prose gives only the
	// range).
	CodeLength: {
		description: 'How many digits the codes have (6 by default)',
		min: 4,
		max: 10,
		default: 6,
	},
	LookupEnabled: {
		description:
			'Whether Twilio looks up each number a verification is sent to, and returns what it found',
	},
	SkipSmsToLandlines: {
		displayName: 'Skip SMS to Landlines',
		description: 'Whether to refuse SMS verifications to landlines; needs Lookup Enabled',
	},
	DtmfInputRequired: {
		description: 'Whether a voice call asks the callee to press a key before it reads the code',
	},
	TtsName: {
		displayName: 'TTS Name',
		description: 'Another text-to-speech voice for the calls, where the language has one',
	},
	Psd2Enabled: {
		displayName: 'PSD2 Enabled',
		description: 'Whether verifications carry a PSD2 transaction (Amount and Payee)',
	},
	DoNotShareWarningEnabled: {
		description: 'Whether SMS codes end with a warning not to share the code with anyone',
	},
	CustomCodeEnabled: {
		description:
			'Whether verifications may be sent with a code of your own (Custom Code); Twilio enables this on request',
	},
	'Push.IncludeDate': {
		description:
			'Whether push challenges include the date (deprecated by Twilio: the date is in date_created)',
	},
	'Push.ApnCredentialSid': {
		displayName: 'Push: APN Credential SID',
		description: 'The Apple push credential (CR…) for push factors on iOS',
	},
	'Push.FcmCredentialSid': {
		displayName: 'Push: FCM Credential SID',
		description: 'The Firebase push credential (CR…) for push factors on Android',
	},
	'Totp.Issuer': {
		displayName: 'TOTP: Issuer',
		description:
			"The issuer authenticator apps show for TOTP factors (the service's name by default)",
	},
	'Totp.TimeStep': {
		displayName: 'TOTP: Time Step',
		description: 'Seconds each TOTP code lasts (30 by default)',
		min: 20,
		max: 60,
	},
	'Totp.CodeLength': {
		displayName: 'TOTP: Code Length',
		description: 'Digits of the TOTP codes (6 by default)',
		min: 3,
		max: 8,
	},
	'Totp.Skew': {
		displayName: 'TOTP: Skew',
		description:
			'How many time steps before and after the current one a TOTP code still passes (1 by default)',
		min: 0,
		max: 2,
	},
	DefaultTemplateSid: {
		description: 'The message template (HJ…) SMS verifications use unless they name another',
	},
	'Whatsapp.MsgServiceSid': {
		displayName: 'WhatsApp: Messaging Service SID',
		description:
			'The Messaging Service holding the WhatsApp senders that Verify sends WhatsApp codes from',
	},
	'Whatsapp.From': {
		displayName: 'WhatsApp: From',
		description: 'The WhatsApp sender of the codes, one of that Messaging Service',
		placeholder: '+14155552671',
	},
	'Passkeys.RelyingParty.Id': {
		displayName: 'Passkeys: Relying Party ID',
		description: 'The domain of your application, such as example.com',
		placeholder: 'example.com',
	},
	'Passkeys.RelyingParty.Name': {
		displayName: 'Passkeys: Relying Party Name',
		description: 'The name of your application, shown when a passkey is made',
	},
	'Passkeys.RelyingParty.Origins': {
		displayName: 'Passkeys: Relying Party Origins',
		description: 'The origins of your application, separated by commas',
		placeholder: 'login.example.com,www.example.com',
	},
	'Passkeys.AuthenticatorAttachment': {
		description:
			'Which authenticators may make passkeys: built into the device (platform), separate ones (cross-platform) or any',
		values: ['platform', 'cross-platform', 'any'],
	},
	'Passkeys.DiscoverableCredentials': {
		description: 'Whether passkeys must be discoverable by the authenticator',
		values: PASSKEY_PREFERENCE,
	},
	'Passkeys.UserVerification': {
		description: 'Whether the authenticator must verify the user (PIN, fingerprint…)',
		values: PASSKEY_PREFERENCE,
	},
	VerifyEventSubscriptionEnabled: {
		description: "Whether the service's verifications reach your Event Streams sinks",
	},
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const verifyServiceResource = (): ResourceDeclaration => ({
	value: 'verifyService',
	name: 'Verify Service',
	description:
		'Twilio Verify services: the settings (name, code length, channels) verifications are sent with',
	parameters: VERIFY_SERVICE_TEXTS,
	operations: standardOperations(
		{ one: 'a verification service', many: 'verification services' },
		collectionOf(VERIFY_V2, VERIFY_V2.ListService),
		{
			create: {
				action: 'Create a verification service and return its SID',
				description:
					'Create a Verify service; the output holds its SID (VA…), which Verification → Send needs',
			},
			update: { description: "Change a Verify service's name, code length or channel settings" },
			delete: {
				description: 'Delete a Verify service; its pending verifications can no longer be checked',
			},
		},
	),
});
