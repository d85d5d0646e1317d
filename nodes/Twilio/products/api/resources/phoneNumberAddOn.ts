import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const phoneNumberAddOnResource = (): ResourceDeclaration => ({
	value: 'phoneNumberAddOn',
	name: 'Phone Number Add-On',
	description: 'Marketplace add-ons installed on the account and assigned to one of its numbers',
	parameters: {
		ResourceSid: {
			displayName: 'Phone Number SID',
			description: 'The incoming phone number the add-on is assigned to',
		},
		Sid: {
			displayName: 'Assigned Add-On SID',
			description: 'The add-on assigned to the number, XE followed by 32 hexadecimal characters',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'an addon of a phone number', many: 'addons of a phone number' },
			collectionOf(API_V2010, API_V2010.ListIncomingPhoneNumberAssignedAddOn),
			{
				create: {
					value: 'assign',
					name: 'Assign',
					action: 'Assign an addon to a phone number',
					description: 'Assign an installed add-on to a phone number',
				},
				delete: {
					value: 'remove',
					name: 'Remove',
					action: 'Remove an addon from a phone number',
					description: 'Stop using an add-on on a phone number; it stays installed',
				},
			},
		),
		{
			value: 'getExtension',
			name: 'Get Extension',
			action: 'Get an extension of an addon of a phone number',
			description:
				'Get one extension (a feature) of an add-on assigned to a number, and whether it is enabled',
			spec: API_V2010.FetchIncomingPhoneNumberAssignedAddOnExtension,
			parameters: {
				Sid: {
					displayName: 'Extension SID',
					description: 'The extension, XF followed by 32 hexadecimal characters',
				},
			},
		},
		{
			value: 'getManyExtensions',
			name: 'Get Many Extensions',
			action: 'Get the extensions of an addon of a phone number',
			description: 'List the extensions of an add-on assigned to a number',
			spec: API_V2010.ListIncomingPhoneNumberAssignedAddOnExtension,
		},
	],
});
