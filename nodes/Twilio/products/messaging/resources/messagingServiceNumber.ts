import type { ResourceDeclaration } from '../../../declarations/complete';
import { sidLocator } from '../../../fields/locator';
import type { FieldDefinition } from '../../../engine/types';
import { MESSAGING_V1 } from '../digest';
import { incomingPhoneNumbers } from '../../../fields/lookups';
import { messagingServices } from '../lists';

const serviceSid = (): FieldDefinition =>
	sidLocator({
		name: 'serviceSid',
		displayName: 'Messaging Service SID',
		twilioName: 'ServiceSid',
		lookup: messagingServices,
		location: 'path',
		required: true,
		description: 'The Messaging Service (MG…)',
	});

/**
 * The number in the pool, by the SID of the account's number (PN…), which is its SID in the service
 * too.
 */
const numberSid = (): FieldDefinition =>
	sidLocator({
		name: 'sid',
		displayName: 'Phone Number SID',
		twilioName: 'Sid',
		lookup: incomingPhoneNumbers,
		location: 'path',
		required: true,
		description: "The number in the service's pool, by the SID of the account's number (PN…)",
	});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messagingServiceNumberResource = (): ResourceDeclaration => ({
	value: 'messagingServiceNumber',
	name: 'Messaging Service Number',
	description: "The phone numbers in a Messaging Service's sender pool",
	operations: [
		{
			value: 'add',
			name: 'Add',
			action: 'Add a phone number to a messaging service',
			description: "Add one of the account's numbers to a Messaging Service's sender pool",
			spec: MESSAGING_V1.CreatePhoneNumber,
			fields: [serviceSid()],
			parameters: {
				PhoneNumberSid: {
					displayName: 'Phone Number SID',
					description: "The account's number (PN…) to add; a number may be in one service only",
				},
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a phone number of a messaging service',
			description: "Get one number of a Messaging Service's pool, with its capabilities",
			spec: MESSAGING_V1.FetchPhoneNumber,
			fields: [serviceSid(), numberSid()],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many phone numbers of a messaging service',
			description: "List the numbers of a Messaging Service's pool: all of them, or up to a limit",
			spec: MESSAGING_V1.ListPhoneNumber,
			fields: [serviceSid()],
		},
		{
			value: 'remove',
			name: 'Remove',
			action: 'Remove a phone number from a messaging service',
			description: 'Take a number out of a Messaging Service; the number stays on the account',
			spec: MESSAGING_V1.DeletePhoneNumber,
			fields: [serviceSid(), numberSid()],
		},
	],
});
