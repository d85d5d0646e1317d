import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import { destinationAccountSid } from '../../../fields/account';
import { choice } from '../../../fields/basic';
import { friendlyName } from '../../../fields/friendlyName';
import { sid } from '../../../fields/sid';
import { incomingPhoneNumberSid } from './incomingPhoneNumber';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const accountResource = (): ResourceDeclaration => ({
	value: 'account',
	name: 'Account',
	description: 'The account, its subaccounts, and moving numbers between them',
	parameters: {
		Status: {
			description: 'Only accounts with this status',
			filter: 'Only accounts with this status',
		},
	},
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get an account',
			description:
				"Get the credential's account, or the account in Options → Account SID. Its Auth Token is left out of the output.",
			spec: API_V2010.FetchAccount,
			method: 'GET',
			path: '/2010-04-01/Accounts/{AccountSid}.json',
			fills: { Sid: 'AccountSid' },
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many accounts',
			description: "List the credential's account and its subaccounts",
			spec: API_V2010.ListAccount,
			accountOption: false,
			parameters: { Status: { description: 'Only accounts with this status' } },
			optionalFields: {
				collection: 'filters',
				fields: [
					friendlyName({ description: 'Only accounts whose friendly name is exactly this' }),
				],
			},
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an account',
			description:
				"Rename, suspend, reactivate or close the credential's account, or the subaccount in Options → Account SID",
			spec: API_V2010.UpdateAccount,
			method: 'POST',
			path: '/2010-04-01/Accounts/{AccountSid}.json',
			fills: { Sid: 'AccountSid' },
			optionalFields: {
				collection: 'updateFields',
				fields: [
					friendlyName({ description: 'A new name for the account, up to 64 characters' }),
					choice({
						name: 'status',
						displayName: 'Status',
						twilioName: 'Status',
						choices: [
							{ name: 'Active', value: 'active', description: 'Reactivate a suspended account' },
							{ name: 'Suspended', value: 'suspended', description: 'Suspend the account for now' },
							{
								name: 'Closed',
								value: 'closed',
								description: 'Close the account for good: this cannot be undone',
							},
						],
						description: 'Suspend, reactivate or close the account',
					}),
				],
			},
		},
		{
			value: 'createSubaccount',
			name: 'Create Subaccount',
			action: 'Create a subaccount',
			description:
				"Create a subaccount of the credential's account. Use one per customer to keep their numbers, calls and usage apart.",
			spec: API_V2010.CreateAccount,
			accountOption: false,
			optionalFields: {
				collection: 'additionalFields',
				fields: [
					friendlyName({
						description:
							'A name for the subaccount, up to 64 characters. Twilio names it "SubAccount Created at" and the date when empty.',
					}),
				],
			},
		},
		{
			value: 'getSubaccount',
			name: 'Get Subaccount',
			action: 'Get a subaccount',
			description: "Get a subaccount of the credential's account by its SID",
			spec: API_V2010.FetchAccount,
			accountOption: false,
			fields: [
				sid({
					name: 'accountSid',
					displayName: 'Subaccount SID',
					twilioName: 'Sid',
					kind: 'account',
					location: 'path',
					required: true,
					description: 'The SID of the subaccount, starting with AC',
				}),
			],
		},
		{
			value: 'getSubaccountsByFriendlyName',
			name: 'Get Subaccounts by Friendly Name',
			action: 'Get subaccounts by friendly name',
			description:
				'Find the accounts whose friendly name is exactly the given name (friendly names need not be unique). The item fails when none matches.',
			spec: API_V2010.ListAccount,
			accountOption: false,
			list: {
				key: 'accounts',
				notFound: (values) => `No account has the friendly name "${String(values.friendlyName)}"`,
			},
			fields: [
				friendlyName({
					required: true,
					description: 'The exact friendly name of the subaccounts to find',
				}),
			],
		},
		{
			value: 'transferPhoneNumber',
			name: 'Transfer Phone Number',
			action: 'Transfer a phone number to another account',
			description:
				"Move a phone number from the credential's account (or the account in Options → Account SID) to another of its subaccounts, or back to the parent",
			spec: API_V2010.UpdateIncomingPhoneNumber,
			fields: [
				incomingPhoneNumberSid,
				destinationAccountSid({ name: 'destinationAccountSid', required: true }),
			],
		},
		{
			value: 'getBalance',
			name: 'Get Balance',
			action: 'Get the balance of an account',
			description:
				"Get the credential's account balance, or the one of the account in Options → Account SID, with its currency",
			spec: API_V2010.FetchBalance,
		},
	],
});
