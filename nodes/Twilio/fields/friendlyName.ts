import type { FieldDefinition } from '../engine/types';
import { text } from './basic';

/** The name Twilio keeps for a record (64 characters at most), to set or to look for. */
export function friendlyName(options: {
	description: string;
	required?: boolean;
}): FieldDefinition {
	return text({
		name: 'friendlyName',
		displayName: 'Friendly Name',
		twilioName: 'FriendlyName',
		maxLength: 64,
		...options,
	});
}
