import type { FileRendering, FieldDefinition, ResourceDefinition } from '../engine/types';
import { setting } from '../fields/basic';
import { sidLocator } from '../fields/locator';
import { sid } from '../fields/sid';

/** The text and XML files Twilio serves beside a transcription's JSON (not in Twilio's OpenAPI description). */
const TRANSCRIPT_PATH = '/Accounts/{AccountSid}/Transcriptions/{Sid}';
const TRANSCRIPT: Record<string, FileRendering> = {
	txt: { path: TRANSCRIPT_PATH, sidKind: 'transcription', extension: 'txt', mimeType: 'text/plain' },
	xml: { path: TRANSCRIPT_PATH, sidKind: 'transcription', extension: 'xml', mimeType: 'application/xml' },
};

const format = (perRecord: string): FieldDefinition =>
	setting({
		name: 'format',
		displayName: 'Format',
		default: 'json',
		choices: [
			{ name: 'JSON', value: 'json', description: 'The details, with the text in transcription_text' },
			{ name: 'TXT', value: 'txt', description: 'The details, and the text as a .txt file in the binary property "data"' },
			{ name: 'XML', value: 'xml', description: 'The details, and Twilio\'s XML of the transcription as a .xml file in the binary property "data"' },
		],
		description: `What to get. The details always come as JSON with the text in transcription_text; TXT and XML add the file Twilio serves in that format${perRecord}.`,
	});

export const transcriptionResource: ResourceDefinition = {
	value: 'transcription',
	name: 'Transcription',
	description: 'Texts of recordings made by the TwiML Record verb with transcription on',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a transcription',
			description: 'Get a transcription of a recording, as JSON or also as a text or XML file',
			method: 'GET',
			path: '/Accounts/{AccountSid}/Transcriptions/{Sid}.json',
			retry: 'idempotent',
			fields: [
				sid({
					name: 'transcriptionSid',
					displayName: 'Transcription SID',
					twilioName: 'Sid',
					kind: 'transcription',
					location: 'path',
					required: true,
					description: 'The SID of the transcription, starting with TR',
				}),
				format(''),
			],
			file: (values) => TRANSCRIPT[String(values.format)],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many transcriptions',
			description: 'List the transcriptions of one recording, or of the whole account',
			method: 'GET',
			path: (values) =>
				values.recordingSid
					? '/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json'
					: '/Accounts/{AccountSid}/Transcriptions.json',
			retry: 'idempotent',
			list: { key: 'transcriptions' },
			fields: [format(' (one more request per transcription)')],
			optionalFields: {
				collection: 'filters',
				fields: [
					sidLocator({
						name: 'recordingSid',
						displayName: 'Recording SID',
						twilioName: 'RecordingSid',
						lookup: 'recordings',
						location: 'path',
						description: "Only this recording's transcriptions. Leave empty for every transcription of the account.",
					}),
				],
			},
			file: (values) => TRANSCRIPT[String(values.format)],
		},
	],
};
