import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const addressResource = (): ResourceDeclaration => ({
	value: 'address',
	name: 'Address',
	description:
		'Customer addresses that regulations require for numbers in some countries, and for emergency calls',
	parameters: {
		Sid: {
			displayName: 'Address SID',
			description: 'The address, AD followed by 32 hexadecimal characters',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'an address', many: 'addresses' },
			collectionOf(API_V2010, API_V2010.ListAddress),
			{
				create: {
					description:
						'Create an address; Twilio validates it, and may suggest a corrected one with Auto Correct Address',
				},
				delete: {
					description: 'Delete an address; Twilio refuses while a phone number depends on it',
				},
			},
		),
		{
			value: 'getDependentPhoneNumbers',
			name: 'Get Dependent Phone Numbers',
			action: 'Get the phone numbers that depend on an address',
			description: 'List the phone numbers that need this address to stay in service',
			spec: API_V2010.ListDependentPhoneNumber,
		},
	],
});
