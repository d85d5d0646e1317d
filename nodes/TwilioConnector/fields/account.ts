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
