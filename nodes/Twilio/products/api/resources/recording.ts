import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import type { FileRendering } from '../../../engine/types';
import { setting } from '../../../fields/basic';
import { dateFilter } from '../../../fields/dateFilter';
import { sidLocator } from '../../../fields/locator';
import { recordings } from '../lists';

const recordingSid = sidLocator({
	name: 'recordingSid',
	displayName: 'Recording SID',
	twilioName: 'Sid',
	lookup: recordings,
	location: 'path',
	required: true,
	description: 'The SID of the recording, starting with RE',
});

/**
 * The audio files Twilio serves beside a recording's JSON (they are not in Twilio's OpenAPI
 * description).
 */
const AUDIO_PATH = '/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}';
const AUDIO: Record<string, FileRendering> = {
	mp3: { path: AUDIO_PATH, sidKind: 'recording', extension: 'mp3', mimeType: 'audio/mpeg' },
	wav: { path: AUDIO_PATH, sidKind: 'recording', extension: 'wav', mimeType: 'audio/x-wav' },
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const recordingResource = (): ResourceDeclaration => ({
	value: 'recording',
	name: 'Recording',
	description: 'Recordings of calls and conferences, with their audio',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a recording',
			description: "Get a recording's details, and optionally its audio as an MP3 or WAV file",
			spec: API_V2010.FetchRecording,
			fields: [
				recordingSid,
				setting({
					name: 'format',
					displayName: 'Format',
					default: 'json',
					choices: [
						{
							name: 'JSON (Details Only)',
							value: 'json',
							description: 'The call, duration, status, price and so on',
						},
						{
							name: 'MP3',
							value: 'mp3',
							description:
								'The details, and the audio as an MP3 file in the binary property "data"',
						},
						{
							name: 'WAV',
							value: 'wav',
							description: 'The details, and the audio as a WAV file in the binary property "data"',
						},
					],
					description:
						'What to get. The details always come as JSON; MP3 and WAV add the audio as binary data.',
				}),
			],
			file: (values) => AUDIO[String(values.format)],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a recording',
			description: 'Delete a recording and its audio for good',
			spec: API_V2010.DeleteRecording,
			fields: [recordingSid],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many recordings',
			description: 'List the recordings of the account, newest first',
			spec: API_V2010.ListRecording,
			parameters: {
				CallSid: { displayName: 'Call SID', description: 'Only recordings of this call' },
				ConferenceSid: {
					description: 'Only recordings of this conference',
				},
			},
			optionalFields: {
				collection: 'filters',
				fields: [
					...dateFilter({
						name: 'dateCreated',
						displayName: 'Date Created',
						twilioName: 'DateCreated',
						format: 'date-time',
						subject: 'recordings created',
					}),
				],
			},
		},
	],
});
