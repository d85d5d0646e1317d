import type { ResourceDeclaration } from '../../../declarations/complete';
import type { FileRendering } from '../../../engine/types';
import { downloadSetting } from '../../../fields/download';
import { standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** The media file itself, at the media's URI without `.json`. */
const mediaFile = (): FileRendering => ({
	path: API_V2010.FetchMedia.path.replace(/\.json$/, ''),
	sidKind: 'media',
	mimeType: { field: 'content_type' },
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messageMediaResource = (): ResourceDeclaration => ({
	value: 'messageMedia',
	name: 'Message Media',
	description: 'The images and files of MMS and WhatsApp messages',
	parameters: {
		Sid: {
			displayName: 'Media SID',
			description: 'The media file, ME followed by 32 hexadecimal characters',
		},
	},
	operations: standardOperations(
		{ one: 'a media file of a message', many: 'media files of a message' },
		{ get: API_V2010.FetchMedia, getMany: API_V2010.ListMedia, delete: API_V2010.DeleteMedia },
		{
			get: {
				description:
					"Get one media file's details (its content type, size and URI), and optionally the file itself",
				optionalFields: {
					collection: 'additionalFields',
					fields: [
						downloadSetting(
							'Whether to download the image or file as well, as binary data named after its SID and type (ME….jpg)',
						),
					],
				},
				// Twilio serves the content at the media's URI without .json (Message Media resource:
				// "Fetch media content").
				file: (values) => (values.download === 'file' ? mediaFile() : undefined),
			},
			getMany: { description: 'List the media files of one message' },
			delete: { description: 'Delete a media file of a message from Twilio' },
		},
	),
});
