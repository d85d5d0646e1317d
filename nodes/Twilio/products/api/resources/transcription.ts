import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import type { FileRendering, FieldDefinition } from '../../../engine/types';
import { setting } from '../../../fields/basic';
import { sidLocator } from '../../../fields/locator';
import { sid } from '../../../fields/sid';
import { recordings } from '../lists';

/**
 * The text and XML files Twilio serves beside a transcription's JSON (not in Twilio's OpenAPI
 * description).
 */
const TRANSCRIPT_PATH = '/2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}';
const TRANSCRIPT: Record<string, FileRendering> = {
	txt: {
		path: TRANSCRIPT_PATH,
		sidKind: 'transcription',
		extension: 'txt',
		mimeType: 'text/plain',
	},
	xml: {
		path: TRANSCRIPT_PATH,
		sidKind: 'transcription',
		extension: 'xml',
		mimeType: 'application/xml',
	},
};

const format = (perRecord: string): FieldDefinition =>
	setting({
		name: 'format',
		displayName: 'Format',
		default: 'json',
		choices: [
			{
				name: 'JSON',
				value: 'json',
				description: 'The details, with the text in transcription_text',
			},
			{
				name: 'TXT',
				value: 'txt',
				description: 'The details, and the text as a .txt file in the binary property "data"',
			},
			{
				name: 'XML',
				value: 'xml',
				description:
					'The details, and Twilio\'s XML of the transcription as a .xml file in the binary property "data"',
			},
		],
		description: `What to get. The details always come as JSON with the text in transcription_text; TXT and XML add the file Twilio serves in that format${perRecord}.`,
	});

const transcriptionSid = sid({
	name: 'transcriptionSid',
	displayName: 'Transcription SID',
	twilioName: 'Sid',
	kind: 'transcription',
	location: 'path',
	required: true,
	description: 'The SID of the transcription, starting with TR',
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const transcriptionResource = (): ResourceDeclaration => ({
	value: 'transcription',
	name: 'Transcription',
	description: 'Texts of recordings made by the TwiML Record verb with transcription on',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a transcription',
			description: 'Get a transcription of a recording, as JSON or also as a text or XML file',
			spec: API_V2010.FetchTranscription,
			fields: [transcriptionSid, format('')],
			file: (values) => TRANSCRIPT[String(values.format)],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many transcriptions',
			description: 'List the transcriptions of one recording, or of the whole account',
			spec: [API_V2010.ListTranscription, API_V2010.ListRecordingTranscription],
			path: (values) =>
				values.recordingSid
					? API_V2010.ListRecordingTranscription.path
					: API_V2010.ListTranscription.path,
			fields: [format(' (one more request per transcription)')],
			optionalFields: {
				collection: 'filters',
				fields: [
					sidLocator({
						name: 'recordingSid',
						displayName: 'Recording SID',
						twilioName: 'RecordingSid',
						lookup: recordings,
						location: 'path',
						description:
							"Only this recording's transcriptions. Leave empty for every transcription of the account.",
					}),
				],
			},
			file: (values) => TRANSCRIPT[String(values.format)],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a transcription',
			description: 'Delete a transcription and its text from Twilio',
			spec: API_V2010.DeleteTranscription,
			fields: [transcriptionSid],
		},
		{
			value: 'getFromRecording',
			name: 'Get From Recording',
			action: 'Get a transcription of a recording',
			description: 'Get a transcription by its SID and the SID of its recording',
			spec: API_V2010.FetchRecordingTranscription,
			fields: [transcriptionSid],
		},
		{
			value: 'deleteFromRecording',
			name: 'Delete From Recording',
			action: 'Delete a transcription of a recording',
			description: 'Delete a transcription, by its SID and the SID of its recording',
			spec: API_V2010.DeleteRecordingTranscription,
			fields: [transcriptionSid],
		},
	],
});
