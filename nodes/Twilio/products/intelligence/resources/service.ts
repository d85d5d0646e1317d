import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { INTELLIGENCE_V2 } from '../digest';

/**
 * Voice Intelligence services (Twilio's Service reference): the language, redaction and operators
 * a transcript is made with, and whether every recording of the account is transcribed on its own.
 */
export const intelligenceServiceResource = (): ResourceDeclaration => ({
	value: 'intelligenceService',
	name: 'Intelligence Service',
	description:
		'Voice Intelligence services: the language, redaction, operators and webhook transcripts are made with',
	parameters: {
		Sid: {
			displayName: 'Service SID',
			description: 'The service, GA followed by 32 hexadecimal characters',
		},
		UniqueName: {
			description: 'A name of your own for the service, unique in the account',
			placeholder: 'support-calls',
		},
		AutoTranscribe: {
			description:
				"Whether every recording of the account's calls is transcribed by this service on its own",
		},
		DataLogging: {
			description: 'Whether Twilio may keep the data to improve its models',
		},
		LanguageCode: {
			description: 'The language of the calls, as a BCP-47 tag such as en-US (en-US by default)',
			placeholder: 'en-US',
		},
		AutoRedaction: {
			description:
				'Whether personal data (names, numbers, addresses…) is redacted from the transcripts',
		},
		MediaRedaction: {
			description: 'Whether personal data is beeped out of the media the transcripts keep',
		},
		WebhookUrl: {
			description: 'Where Twilio posts when a transcript of the service is completed',
		},
		WebhookHttpMethod: {
			displayName: 'Webhook HTTP Method',
			description: 'How Twilio calls the webhook',
		},
		EncryptionCredentialSid: {
			description:
				'A public key credential (CR…) with which sentences and operator results are encrypted',
		},
	},
	operations: standardOperations(
		{ one: 'a voice intelligence service', many: 'voice intelligence services' },
		collectionOf(INTELLIGENCE_V2, INTELLIGENCE_V2.ListService),
		{
			create: {
				description:
					'Create a Voice Intelligence service; the output holds its SID (GA…), which Transcript → Create needs',
			},
			update: {
				description: "Change a service's language, redaction, webhook or auto transcription",
			},
		},
	),
});
