import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const callTranscriptionResource = (): ResourceDeclaration => ({
	value: 'callTranscription',
	name: 'Call Real-Time Transcription',
	description: 'Live transcription of a call in progress, sent to your URL as it is spoken',
	operations: [
		{
			value: 'start',
			name: 'Start',
			action: 'Start transcribing a call',
			description:
				'Start transcribing a call in progress; Twilio posts the text to Status Callback URL',
			spec: API_V2010.CreateRealtimeTranscription,
			parameters: {
				StatusCallbackUrl: {
					description: 'URL Twilio posts the transcribed text and status changes to',
				},
				InboundTrackLabel: { description: "A label for the caller's side in the transcripts" },
				OutboundTrackLabel: { description: 'A label for the other side in the transcripts' },
				PartialResults: {
					description: 'Whether Twilio also sends partial results as words are recognised',
				},
				LanguageCode: {
					description: 'The spoken language, as a BCP-47 code such as en-US or de-DE',
					placeholder: 'en-US',
				},
				TranscriptionEngine: {
					description: 'The speech recognition engine, such as google or deepgram',
				},
				ProfanityFilter: {
					description: 'Whether profanities are masked with asterisks, all but their first letter',
				},
				SpeechModel: { description: "The engine's recognition model, such as telephony or long" },
				Hints: {
					description:
						'Words and phrases, separated by commas, that the engine should expect (names, products)',
				},
				EnableAutomaticPunctuation: { description: 'Whether the engine adds punctuation' },
				EnableProviderData: { description: "Whether the callbacks include the engine's raw data" },
				IntelligenceService: {
					description:
						'The SID or unique name of a Conversational Intelligence service that keeps the transcript',
				},
				ConversationConfiguration: {
					description: 'The ID of a Conversational Intelligence conversation configuration',
				},
				ConversationId: {
					description:
						'The ID of an existing Conversational Intelligence conversation to add the transcript to',
				},
				ConfigurationId: {
					description:
						'The ID of a real-time transcription configuration that sets the other options at once',
				},
			},
		},
		{
			value: 'stop',
			name: 'Stop',
			action: 'Stop transcribing a call',
			description: 'Stop a real-time transcription of a call, by its SID or its name',
			spec: API_V2010.UpdateRealtimeTranscription,
			parameters: {
				Sid: {
					displayName: 'Transcription SID or Name',
					description: 'The transcription (GT…), or the name it was started with',
				},
				Status: { description: 'Stopped stops the transcription' },
			},
		},
	],
});
