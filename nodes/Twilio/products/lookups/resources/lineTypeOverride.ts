import type { ResourceDeclaration } from '../../../declarations/complete';
import type { ParameterTexts } from '../../../declarations/derivedFields';
import type { FieldDefinition } from '../../../engine/types';
import { phoneNumber } from '../../../fields/phoneNumber';
import { LOOKUPS_V2 } from '../digest';

/**
 * An override names its record by the number and the data package it corrects
 * (`/v2/PhoneNumbers/{PhoneNumber}/Overrides/{Field}`; twilio-node's `LookupOverride`).
 */
const number = (): FieldDefinition =>
	phoneNumber({
		location: 'path',
		required: true,
		description: 'The number whose Lookup answer is overridden, in E.164 format',
	});

const TEXTS: ParameterTexts = {
	Field: {
		displayName: 'Data Package',
		description: 'The data package whose answer is overridden',
		placeholder: 'line_type_intelligence',
	},
	line_type: {
		description: 'The line type Lookup answers for the number from now on',
	},
	reason: {
		description: 'Why the line type is overridden (for example, the owner proved it is a mobile)',
	},
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const lineTypeOverrideResource = (): ResourceDeclaration => ({
	value: 'lineTypeOverride',
	name: 'Line Type Override',
	description:
		"A line type of your own for a number, which Lookup answers instead of the carrier's",
	parameters: TEXTS,
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a line type override',
			description: 'Make Lookup answer a line type of your own for a number',
			spec: LOOKUPS_V2.CreateLookupPhoneNumberOverrides,
			fields: [number()],
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a line type override',
			description: "A number's override: the original and the overriding line type, and why",
			spec: LOOKUPS_V2.FetchLookupPhoneNumberOverrides,
			fields: [number()],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a line type override',
			description: "Change a number's overriding line type or its reason",
			spec: LOOKUPS_V2.UpdateLookupPhoneNumberOverrides,
			fields: [number()],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a line type override',
			description: "Remove a number's override: Lookup answers the carrier's line type again",
			spec: LOOKUPS_V2.DeleteLookupPhoneNumberOverrides,
			fields: [number()],
		},
	],
});
