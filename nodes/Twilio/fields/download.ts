import type { FieldDefinition } from '../engine/types';
import { setting } from './basic';

/**
 * Whether a Get returns the file as well as its record's JSON: `download` is `file` when it does
 * (read by the operation's `file`). `where` says where the files go.
 */
export function downloadSetting(
	description: string,
	where = 'the file itself in the binary property "data"',
): FieldDefinition {
	return setting({
		name: 'download',
		displayName: 'Download',
		default: 'details',
		choices: [
			{ name: 'Details Only', value: 'details', description: 'The JSON of the record' },
			{
				name: 'Details and File',
				value: 'file',
				description: `The JSON, and ${where}`,
			},
		],
		description,
	});
}
