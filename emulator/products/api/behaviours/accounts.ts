import { json } from '../../../answer';
import { updatedBy } from '../../../engine/behaviours';
import type { Behaviour, CollectionConfig } from '../../../engine/types';
import { invalidParameter } from '../../../errors';
import { rfc2822 } from '../../../random';
import type { EmulatedAccount, HandlerContext, TwilioRecord } from '../../../types';

const SUBRESOURCES = [
	'addresses',
	'conferences',
	'signing_keys',
	'transcriptions',
	'connect_apps',
	'sip',
	'authorized_connect_apps',
	'usage',
	'keys',
	'applications',
	'recordings',
	'short_codes',
	'calls',
	'notifications',
	'incoming_phone_numbers',
	'queues',
	'messages',
	'outgoing_caller_ids',
	'available_phone_numbers',
	'balance',
];

const pascal = (name: string) =>
	name.replace(/(^|_)(\w)/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * An account as Twilio shows it. The Auth Token is shown only to the account itself or its owner.
 */
function accountRecord(account: EmulatedAccount): TwilioRecord {
	const uri = `/2010-04-01/Accounts/${account.sid}`;
	return {
		auth_token: account.authToken,
		date_created: rfc2822(account.dateCreated),
		date_updated: rfc2822(account.dateCreated),
		friendly_name: account.friendlyName,
		owner_account_sid: account.ownerSid,
		sid: account.sid,
		status: account.status,
		subresource_uris: Object.fromEntries(
			SUBRESOURCES.map((name) => [name, `${uri}/${pascal(name)}.json`]),
		),
		type: 'Full',
		uri: `${uri}.json`,
	};
}

/** The principal and the subaccounts it owns: what it may see and act on. */
function visibleAccounts({ principal, accounts }: HandlerContext): EmulatedAccount[] {
	return accounts
		.all()
		.filter((account) => account.sid === principal.sid || account.ownerSid === principal.sid);
}

const STATUSES = ['active', 'suspended', 'closed'];

/** The accounts are the emulator's, not records of the store: the account and its subaccounts. */
export const accountCollections: Record<string, CollectionConfig> = {
	'/Accounts': { source: (context) => visibleAccounts(context).map(accountRecord) },
};

export const accountBehaviours: Record<string, Behaviour> = {
	CreateAccount: {
		handle(context) {
			const friendlyName =
				context.params.get('FriendlyName') ?? `SubAccount Created at ${context.now.toISOString()}`;
			if ([...friendlyName].length > 64)
				throw invalidParameter(21601, 'FriendlyName is too long (64 characters at most)');
			const account: EmulatedAccount = {
				sid: context.newSid('AC'),
				authToken: context.newSid('').slice(0, 32),
				friendlyName,
				status: 'active',
				ownerSid: context.principal.sid,
				apiKeys: [],
				dateCreated: context.now,
			};
			context.accounts.add(account);
			return json(201, accountRecord(account));
		},
	},
	UpdateAccount: updatedBy((record, { params, accounts: registry }) => {
		const account = registry.get(String(record.sid))!;
		const status = params.get('Status');
		if (status !== undefined) {
			if (!STATUSES.includes(status)) throw invalidParameter(20001, `Invalid Status: ${status}`);
			account.status = status as EmulatedAccount['status'];
		}
		const friendlyName = params.get('FriendlyName');
		if (friendlyName !== undefined) account.friendlyName = friendlyName;
		Object.assign(record, accountRecord(account));
	}),
};
