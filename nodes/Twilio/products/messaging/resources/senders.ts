import type { ParameterTexts } from '../../../declarations/derivedFields';
import type { OperationDeclaration, ResourceDeclaration } from '../../../declarations/complete';
import type { OpenApiOperation } from '../../../engine/openApi';
import type { FieldDefinition } from '../../../engine/types';
import { incomingPhoneNumbers } from '../../../fields/lookups';
import { sidLocator } from '../../../fields/locator';
import { MESSAGING_V1 } from '../digest';

/**
 * The senders of a Messaging Service's pool: phone numbers, short codes, alphanumeric sender IDs
 * (for every country, or one), and channel senders (WhatsApp, RCS). Each is added, read, listed
 * and removed the same way; removing one leaves it on the account.
 */
const SERVICE: ParameterTexts = {
	ServiceSid: {
		displayName: 'Messaging Service SID',
		description: 'The Messaging Service (MG…) whose pool holds the sender',
	},
	MessagingServiceSid: {
		description: 'The Messaging Service (MG…) whose pool holds the sender',
	},
};

/** Add, Get, Get Many and Remove of one kind of sender, from its four spec operations. */
function poolOperations(
	sender: string,
	specs: {
		add: OpenApiOperation;
		get: OpenApiOperation;
		getMany: OpenApiOperation;
		remove: OpenApiOperation;
	},
	addDescription: string,
): OperationDeclaration[] {
	return [
		{
			value: 'add',
			name: 'Add',
			action: `Add ${sender} to a messaging service`,
			description: addDescription,
			spec: specs.add,
		},
		{
			value: 'get',
			name: 'Get',
			action: `Get ${sender} of a messaging service`,
			description: `Get one ${sender.replace(/^an? /, '')} of a Messaging Service's pool`,
			spec: specs.get,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: `Get many ${sender.replace(/^an? /, '')}s of a messaging service`,
			description: `List the ${sender.replace(/^an? /, '')}s of a Messaging Service's pool: all of them, or up to a limit`,
			spec: specs.getMany,
		},
		{
			value: 'remove',
			name: 'Remove',
			action: `Remove ${sender} from a messaging service`,
			description: `Take ${sender} out of a Messaging Service; it stays on the account`,
			spec: specs.remove,
		},
	];
}

/**
 * The number in the pool, by the SID of the account's number (PN…), which is its SID in the service
 * too: picked from the account's numbers (the description gives this Sid no pattern).
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
	parameters: {
		...SERVICE,
		PhoneNumberSid: {
			displayName: 'Phone Number SID',
			description: "The account's number (PN…) to add; a number may be in one service only",
		},
	},
	operations: poolOperations(
		'a phone number',
		{
			add: MESSAGING_V1.CreatePhoneNumber,
			get: MESSAGING_V1.FetchPhoneNumber,
			getMany: MESSAGING_V1.ListPhoneNumber,
			remove: MESSAGING_V1.DeletePhoneNumber,
		},
		"Add one of the account's numbers to a Messaging Service's sender pool",
	).map((operation) =>
		operation.value === 'get' || operation.value === 'remove'
			? { ...operation, fields: [numberSid()] }
			: operation,
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messagingServiceShortCodeResource = (): ResourceDeclaration => ({
	value: 'messagingServiceShortCode',
	name: 'Messaging Service Short Code',
	description: "The short codes in a Messaging Service's sender pool",
	parameters: {
		...SERVICE,
		Sid: { displayName: 'Short Code SID', description: 'The short code in the pool (SC…)' },
		ShortCodeSid: {
			description: "The account's short code (SC…) to add; a short code may be in one service only",
		},
	},
	operations: poolOperations(
		'a short code',
		{
			add: MESSAGING_V1.CreateShortCode,
			get: MESSAGING_V1.FetchShortCode,
			getMany: MESSAGING_V1.ListShortCode,
			remove: MESSAGING_V1.DeleteShortCode,
		},
		"Add one of the account's short codes to a Messaging Service's pool",
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messagingServiceAlphaSenderResource = (): ResourceDeclaration => ({
	value: 'messagingServiceAlphaSender',
	name: 'Messaging Service Alpha Sender',
	description:
		'Alphanumeric sender IDs of a Messaging Service: a name such as "Example" that messages come from, where the country allows it',
	parameters: {
		...SERVICE,
		Sid: { displayName: 'Alpha Sender SID', description: 'The alphanumeric sender ID (AI…)' },
		AlphaSender: {
			description:
				'The name messages come from: up to 11 letters, digits and spaces, with at least one letter',
			placeholder: 'Example',
			maxLength: 11,
		},
	},
	operations: poolOperations(
		'an alpha sender',
		{
			add: MESSAGING_V1.CreateAlphaSender,
			get: MESSAGING_V1.FetchAlphaSender,
			getMany: MESSAGING_V1.ListAlphaSender,
			remove: MESSAGING_V1.DeleteAlphaSender,
		},
		'Give a Messaging Service an alphanumeric sender ID, used for every country that allows one',
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messagingServiceDestinationAlphaSenderResource = (): ResourceDeclaration => ({
	value: 'messagingServiceDestinationAlphaSender',
	name: 'Messaging Service Country Alpha Sender',
	description:
		'Alphanumeric sender IDs of a Messaging Service for one country each, before its general one',
	parameters: {
		...SERVICE,
		Sid: { displayName: 'Alpha Sender SID', description: 'The alphanumeric sender ID (AI…)' },
		AlphaSender: {
			description:
				'The name messages to that country come from: up to 11 letters, digits and spaces, with at least one letter',
			placeholder: 'Example',
			maxLength: 11,
		},
		IsoCountryCode: {
			displayName: 'Country Code',
			description: 'The country, as its two-letter ISO code such as GB',
			placeholder: 'GB',
		},
	},
	operations: poolOperations(
		'a country alpha sender',
		{
			add: MESSAGING_V1.CreateDestinationAlphaSender,
			get: MESSAGING_V1.FetchDestinationAlphaSender,
			getMany: MESSAGING_V1.ListDestinationAlphaSender,
			remove: MESSAGING_V1.DeleteDestinationAlphaSender,
		},
		"Give a Messaging Service an alphanumeric sender ID for one country's recipients",
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messagingServiceChannelSenderResource = (): ResourceDeclaration => ({
	value: 'messagingServiceChannelSender',
	name: 'Messaging Service Channel Sender',
	description: "WhatsApp and RCS senders in a Messaging Service's pool",
	parameters: {
		...SERVICE,
		Sid: {
			displayName: 'Channel Sender SID',
			description: 'The channel sender (XE…), as the Senders API names it',
		},
	},
	operations: poolOperations(
		'a channel sender',
		{
			add: MESSAGING_V1.CreateChannelSender,
			get: MESSAGING_V1.FetchChannelSender,
			getMany: MESSAGING_V1.ListChannelSender,
			remove: MESSAGING_V1.DeleteChannelSender,
		},
		"Add one of the account's WhatsApp or RCS senders to a Messaging Service's pool",
	),
});
