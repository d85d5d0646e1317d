import type { ResourceDeclaration } from '../fields/catalog';
import { standardOperations } from '../fields/standard';
import { API_V2010 } from './spec/api_v2010';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messageMediaResource = (): ResourceDeclaration => ({
	value: 'messageMedia',
	name: 'Message Media',
	description: 'The images and files of MMS and WhatsApp messages',
	parameters: {
		Sid: { displayName: 'Media SID', description: 'The media file, ME followed by 32 hexadecimal characters' },
	},
	operations: standardOperations(
		{ one: 'a media file of a message', many: 'media files of a message' },
		{ get: API_V2010.FetchMedia, getMany: API_V2010.ListMedia, delete: API_V2010.DeleteMedia },
		{
			get: { description: "Get one media file's details (its content type, size and URI)" },
			getMany: { description: 'List the media files of one message' },
			delete: { description: 'Delete a media file of a message from Twilio' },
		},
	),
});
