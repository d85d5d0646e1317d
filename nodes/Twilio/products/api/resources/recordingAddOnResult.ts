import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const recordingAddOnResultResource = (): ResourceDeclaration => ({
	value: 'recordingAddOnResult',
	name: 'Recording Add-On Result',
	description: 'What Marketplace add-ons (transcription, analysis…) produced for a recording',
	parameters: {
		ReferenceSid: { displayName: 'Recording SID', description: 'The recording the add-ons ran on' },
		Sid: {
			displayName: 'Add-On Result SID',
			description: 'The add-on result, XR followed by 32 hexadecimal characters',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'an addon result of a recording', many: 'addon results of a recording' },
			collectionOf(API_V2010, API_V2010.ListRecordingAddOnResult),
			{ delete: { description: 'Delete an add-on result of a recording, with its payloads' } },
		),
		...standardOperations(
			{ one: 'a payload of an addon result', many: 'payloads of an addon result' },
			collectionOf(API_V2010, API_V2010.ListRecordingAddOnResultPayload),
			{
				get: {
					value: 'getPayload',
					name: 'Get Payload',
					action: 'Get a payload of an addon result',
				},
				getMany: {
					value: 'getManyPayloads',
					name: 'Get Many Payloads',
					action: 'Get the payloads of an addon result',
				},
				delete: {
					value: 'deletePayload',
					name: 'Delete Payload',
					action: 'Delete a payload of an addon result',
				},
			},
		).map((operation) => ({
			...operation,
			parameters: {
				Sid: {
					displayName: 'Payload SID',
					description: 'The payload, XH followed by 32 hexadecimal characters',
				},
			},
		})),
		{
			value: 'getPayloadData',
			name: 'Get Payload Data',
			action: 'Get the data of a payload of an addon result',
			description:
				"Get where a payload's data can be downloaded: the output's redirect_to is a short-lived URL",
			spec: API_V2010.FetchRecordingAddOnResultPayloadData,
		},
	],
});
