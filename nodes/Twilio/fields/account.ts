import type { FieldDefinition } from '../engine/types';
import { sid } from './sid';

/**
 * Options → Account SID: the account whose resources the operation acts on. Empty means the
 * credential's account; a subaccount's SID works with the parent account's credential.
 */
export const accountSidOption: FieldDefinition = sid({
	name: 'accountSid',
	displayName: 'Account SID',
	twilioName: 'AccountSid',
	kind: 'account',
	location: 'path',
	description:
		"The account to act on. Leave empty to use the credential's account; give a subaccount's SID to act on that subaccount.",
});

/**
 * The account a phone number moves to: Twilio's `AccountSid` body parameter of a number update.
 * It must be the credential's account or one of its subaccounts.
 */
export function destinationAccountSid(options: {
	name: string;
	required?: boolean;
}): FieldDefinition {
	return sid({
		name: options.name,
		displayName: 'Destination Account SID',
		twilioName: 'AccountSid',
		kind: 'account',
		required: options.required,
		description:
			"The account to move the phone number to: the credential's account or one of its subaccounts",
	});
}
