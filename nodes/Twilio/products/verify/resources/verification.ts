import type { IDataObject } from 'n8n-workflow';

import type { ResourceDeclaration } from '../../../declarations/complete';
import { text } from '../../../fields/basic';
import { E164 } from '../../../fields/phoneNumber';
import { sidLocator } from '../../../fields/locator';
import { sid } from '../../../fields/sid';
import type { FieldDefinition, ItemValues } from '../../../engine/types';
import { VERIFY_V2 } from '../digest';
import { verifyServices } from '../lists';

const serviceSid = (): FieldDefinition =>
	sidLocator({
		name: 'serviceSid',
		displayName: 'Verify Service SID',
		twilioName: 'ServiceSid',
		lookup: verifyServices,
		location: 'path',
		required: true,
		description: 'The Verify service (VA…) the verification belongs to',
	});

const verificationSid = (): FieldDefinition =>
	sid({
		name: 'sid',
		displayName: 'Verification SID',
		twilioName: 'Sid',
		kind: 'verification',
		location: 'path',
		required: true,
		description:
			'The verification, VE followed by 32 hexadecimal characters, from the output of Send',
	});

/** An email address, loosely: what Verify's email channel sends to. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Verify wants phone numbers in E.164 and, for the email channel, an address (Verification
 * resource, To).
 */
function toFitsChannel(values: ItemValues): string | undefined {
	const to = String(values.to ?? '');
	if (values.channel === 'email')
		return EMAIL.test(to)
			? undefined
			: `To must be an email address for the email channel, not "${to.slice(0, 40)}"`;
	return E164.regex.test(to)
		? undefined
		: `To must be a phone number in E.164 format such as +14155552671 for the ${String(values.channel)} channel`;
}

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const verificationResource = (): ResourceDeclaration => ({
	value: 'verification',
	name: 'Verification',
	description:
		'One-time codes sent with Twilio Verify by SMS, call, email or WhatsApp, Silent Network Auth, and the check of a code',
	parameters: {
		To: {
			description:
				'The phone number (E.164, such as +14155552671) or, for the email channel, the address to verify',
			placeholder: '+14155552671',
		},
		Amount: { description: 'For PSD2 services: the amount of the transaction the code confirms' },
		Payee: { description: 'For PSD2 services: the payee of the transaction the code confirms' },
	},
	operations: [
		{
			value: 'send',
			name: 'Send',
			action: 'Send a verification code and return the pending verification',
			description:
				"Send a one-time code by SMS, voice call, email or WhatsApp, or start Silent Network Auth; the output is the verification, with its SID (VE…) and status pending (for SNA, the URL the user's phone must open). Sending to a number with a pending verification sends its code again.",
			hint: {
				after: (records) =>
					records.some((record) => (record.sna as IDataObject | null)?.url)
						? "Silent Network Auth: the user's phone must open sna.url over mobile data (not Wi-Fi), then Check Code without a code approves it."
						: undefined,
			},
			spec: VERIFY_V2.CreateVerification,
			fields: [serviceSid()],
			parameters: {
				Channel: {
					description:
						"How the user is verified: a code by SMS, call, email or WhatsApp; Silent Network Auth, where the user's phone confirms the number with its carrier, without a code; or Auto, SNA with SMS as fallback",
					values: 'listed',
					choiceNames: {
						sms: 'SMS',
						call: 'Voice Call',
						email: 'Email',
						whatsapp: 'WhatsApp',
						sna: 'Silent Network Auth (SNA)',
						auto: 'Auto (SNA, Else SMS)',
					},
					default: 'sms',
				},
				CustomFriendlyName: { description: "A name that replaces the service's in this message" },
				CustomMessage: {
					description: 'Deprecated by Twilio: a message text of your own; use a template instead',
				},
				SendDigits: {
					description:
						'For the call channel: digits to press once the call is answered, such as an extension (w waits half a second)',
					placeholder: 'ww1234',
				},
				Locale: {
					description:
						'The language of the message, such as en, fr or pt-BR; Twilio picks one from the number when empty',
					placeholder: 'en',
				},
				CustomCode: {
					description:
						'A code of your own, 4 to 10 characters, instead of one Twilio makes; the service must allow custom codes',
					password: true,
				},
				RateLimits: {
					description:
						'Values for the rate limits of the service, as JSON by the limit\'s unique name: {"end_user_ip_address": "203.0.113.7"}',
				},
				ChannelConfiguration: {
					description:
						'For the email channel: its settings as JSON, such as {"from": "login@example.com", "from_name": "Example", "substitutions": {…}}',
				},
				AppHash: {
					description:
						'For SMS: the hash of your Android app, appended to the message so the app can read the code',
				},
				TemplateSid: {
					description:
						"A message template (HJ…) instead of the service's default, for SMS and calls",
				},
				TemplateCustomSubstitutions: {
					description: "Values of the template's variables, as JSON",
					json: true,
				},
				DeviceIp: {
					description:
						"The IP address of the user's device (IPv4 or IPv6); for the Auto channel, Twilio judges from it whether SNA can work",
				},
				EnableSnaClientToken: {
					displayName: 'Enable SNA Client Token',
					description:
						'Whether checking a Silent Network Auth verification needs a client token as well',
				},
				RiskCheck: {
					description:
						'Whether Twilio screens the request for SMS pumping fraud (enable, the default) or not (disable)',
				},
				Tags: {
					description:
						'Up to 10 tags of your own as a JSON object, kept with the verification and its events (no personal data)',
					json: true,
				},
			},
			check: toFitsChannel,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a verification and return its status',
			description:
				'Get a verification by its SID; the output holds its status (pending, approved, canceled, max_attempts_reached, expired…), channel and send attempts. Twilio deletes a verification once it is approved, expired or out of attempts.',
			spec: VERIFY_V2.FetchVerification,
			fields: [serviceSid(), verificationSid()],
		},
		{
			value: 'update',
			name: 'Approve or Cancel',
			action: 'Approve or cancel a verification and return its new status',
			description:
				'End a pending verification: approved (when you checked the code yourself, such as a custom code) or canceled. The output is the verification with its new status.',
			spec: VERIFY_V2.UpdateVerification,
			fields: [serviceSid(), verificationSid()],
			parameters: {
				Status: {
					description:
						'Approved marks the user as verified; Canceled ends the verification so its code no longer passes',
				},
			},
		},
		{
			value: 'check',
			name: 'Check Code',
			action: 'Check a verification code and return whether it was approved',
			description:
				"Check the code a user entered, or a Silent Network Auth verification (no code). The output's approved field is true when it passed (status approved), false when not (status pending). Twilio allows 5 checks per verification, then answers error 60202.",
			spec: VERIFY_V2.CreateVerificationCheck,
			// Each check counts against Twilio's limit of 5 for the verification: never repeated.
			fields: [
				serviceSid(),
				text({
					name: 'code',
					displayName: 'Code',
					twilioName: 'Code',
					maxLength: 10,
					placeholder: '123456',
					description:
						'The code the user entered, 4 to 10 characters. Leave it empty to check a Silent Network Auth verification, which has no code.',
				}),
			],
			parameters: {
				To: {
					description:
						'The phone number or email address the code was sent to (or give Verification SID)',
					topLevel: true,
					placeholder: '+14155552671',
				},
				VerificationSid: {
					description: 'The verification (VE…) the code belongs to, instead of To',
				},
				SnaClientToken: {
					displayName: 'SNA Client Token',
					description:
						'For Silent Network Auth with a client token: the token the SNA URL answered with',
					password: true,
				},
			},
			check: (values) =>
				values.to === undefined && values.verificationSid === undefined
					? 'Give To or Verification SID (Additional Fields)'
					: undefined,
			output: (json: IDataObject) => ({ approved: json.status === 'approved', ...json }),
		},
	],
});
