import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const sipCredentialListResource = (): ResourceDeclaration => ({
	value: 'sipCredentialList',
	name: 'SIP Credential List',
	description: 'Lists of user names and passwords that SIP domains accept',
	parameters: {
		Username: {
			description: 'The user name a SIP device authenticates with, up to 32 characters',
			maxLength: 32,
		},
		Password: {
			description:
				'The password, at least 12 characters with a digit, a lowercase and an uppercase letter; Twilio never shows it back',
			password: true,
		},
		Sid: {
			displayName: 'Credential List SID',
			description: 'The credential list, CL followed by 32 hexadecimal characters',
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a SIP credential list', many: 'SIP credential lists' },
			collectionOf(API_V2010, API_V2010.ListSipCredentialList),
			{ update: { description: 'Change the friendly name of a SIP credential list' } },
		),
		...standardOperations(
			{ one: 'a credential', many: 'credentials' },
			collectionOf(API_V2010, API_V2010.ListSipCredential),
			{
				create: {
					value: 'addCredential',
					name: 'Add Credential',
					action: 'Add a credential to a SIP credential list',
					description: 'Add a user name and password to a credential list',
				},
				get: {
					value: 'getCredential',
					name: 'Get Credential',
					action: 'Get a credential of a SIP credential list',
					description: 'Get one credential of a list by its SID; its password is never shown',
				},
				getMany: {
					value: 'getManyCredentials',
					name: 'Get Many Credentials',
					action: 'Get the credentials of a SIP credential list',
					description:
						'List the credentials of a credential list, by user name (never their passwords)',
				},
				update: {
					value: 'updateCredential',
					name: 'Update Credential',
					action: 'Change the password of a SIP credential',
					description: 'Set a new password for one credential of a credential list',
				},
				delete: {
					value: 'deleteCredential',
					name: 'Delete Credential',
					action: 'Delete a credential of a SIP credential list',
					description: 'Remove a user name and password from a credential list',
				},
			},
		).map((operation) => ({
			...operation,
			parameters: {
				Sid: {
					displayName: 'Credential SID',
					description: 'The credential, CR followed by 32 hexadecimal characters',
				},
			},
		})),
	],
});
