import type { ParameterTexts } from '../../../declarations/derivedFields';
import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { downloadSetting } from '../../../fields/download';
import { INTELLIGENCE_V2 } from '../digest';

/**
 * Transcripts of recorded calls (Twilio's Voice Intelligence Transcript reference): made from a
 * recording of the account (or a media URL) in a service, queued, then in progress, then completed,
 * when their sentences and operator results can be read. Creating one is billed: never repeated.
 */

const TRANSCRIPT_SID = {
	displayName: 'Transcript SID',
	description: 'The transcript, GT followed by 32 hexadecimal characters',
};

const REDACTED: ParameterTexts = {
	Redacted: {
		description:
			"Whether personal data is redacted, where the service redacts it (true by default); false needs the account's permission",
	},
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const transcriptResource = (): ResourceDeclaration => ({
	value: 'transcript',
	name: 'Transcript',
	description:
		'Transcripts of recorded calls, with the results of the language operators of their service',
	parameters: {
		...REDACTED,
		Sid: TRANSCRIPT_SID,
		ServiceSid: {
			description: 'The Voice Intelligence service (GA…) whose language and operators apply',
			filter: 'Only transcripts of this service (GA…)',
		},
		Channel: {
			description:
				'The media to transcribe, as JSON: {"media_properties": {"source_sid": "RE…"}} for a recording of the account, or {"media_properties": {"media_url": "https://…"}}, with optional participants',
			json: true,
		},
		CustomerKey: {
			description:
				'A reference of your own (up to 64 characters), returned with the transcript and its webhook',
			filter: 'Only the transcripts with this reference of your own',
		},
		MediaStartTime: { description: 'When the recorded call started, kept with the transcript' },
		SourceSid: {
			description: 'Only the transcripts of this recording (RE…)',
		},
		Status: {
			description: 'Only transcripts in this state: queued, in-progress, completed, failed…',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a transcript', many: 'transcripts' },
			collectionOf(INTELLIGENCE_V2, INTELLIGENCE_V2.ListTranscript),
			{
				create: {
					description:
						'Transcribe a recording (billed); the output holds the SID (GT…) and status queued. Get it until its status is completed, or let the service call its webhook.',
				},
				get: {
					description:
						'Get a transcript with its status (queued, in-progress, completed, failed), duration and language',
				},
				delete: { description: 'Delete a transcript with its sentences and operator results' },
			},
		),
		{
			value: 'getMedia',
			name: 'Get Media',
			action: 'Get the media of a transcript',
			description:
				"Get the address of the transcript's audio, or the audio itself as a file (from Twilio's storage, without the credential)",
			spec: INTELLIGENCE_V2.FetchMedia,
			optionalFields: {
				collection: 'additionalFields',
				fields: [
					downloadSetting(
						"Whether to download the transcript's audio as well, as binary data named after its SID (GT….wav)",
					),
				],
			},
			file: (values) =>
				values.download === 'file'
					? { addressField: 'media_url', mimeType: 'audio/wav', extension: 'wav' }
					: undefined,
		},
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const sentenceResource = (): ResourceDeclaration => ({
	value: 'sentence',
	name: 'Sentence',
	description: "A completed transcript's sentences: who said what, and when",
	parameters: {
		...REDACTED,
		TranscriptSid: TRANSCRIPT_SID,
		WordTimestamps: { description: 'Whether each sentence lists its words with their times' },
	},
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many sentences of a transcript',
			description:
				"List a completed transcript's sentences in order, with the speaker's channel and confidence: all of them, or up to a limit",
			spec: INTELLIGENCE_V2.ListSentence,
		},
		{
			value: 'getEncrypted',
			name: 'Get Encrypted',
			action: 'Get the encrypted sentences of a transcript',
			description:
				"For a service with an encryption key: where to download the transcript's sentences, encrypted with your public key",
			spec: INTELLIGENCE_V2.FetchEncryptedSentences,
		},
	],
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const operatorResultResource = (): ResourceDeclaration => ({
	value: 'operatorResult',
	name: 'Operator Result',
	description:
		"What the service's language operators found in a completed transcript: a classification, extracted data, a summary…",
	parameters: {
		...REDACTED,
		TranscriptSid: TRANSCRIPT_SID,
		OperatorSid: {
			description: 'The operator (LY…) whose result is read',
		},
	},
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many operator results of a transcript',
			description:
				"List the results of every operator the transcript's service ran on it: all of them, or up to a limit",
			spec: INTELLIGENCE_V2.ListOperatorResult,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an operator result of a transcript',
			description: 'Get the result of one operator on the transcript',
			spec: INTELLIGENCE_V2.FetchOperatorResult,
		},
		{
			value: 'getEncrypted',
			name: 'Get Encrypted',
			action: 'Get the encrypted operator results of a transcript',
			description:
				"For a service with an encryption key: where to download the transcript's operator results, encrypted with your public key",
			spec: INTELLIGENCE_V2.FetchEncryptedOperatorResults,
		},
	],
});
