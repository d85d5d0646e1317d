import { rfc2822 } from '../../../random';
import type { EmulatedAccount, TwilioRecord } from '../../../types';
import type { Behaviour, CollectionConfig, GenericContext } from '../../../engine/types';

/** A secret as Twilio hands out: 32 characters. */
const newSecret = (context: GenericContext) => context.newSid('').slice(0, 32);

function accountOf(context: GenericContext): EmulatedAccount | undefined {
	return context.accounts.get(context.path.AccountSid);
}

/**
 * The Keys list is the account's API keys, including those the emulator starts with (and any a
 * test put in place with seedRecord): each key that authenticates is listed, and a listed key
 * that is deleted stops authenticating.
 */
function keyRecords(context: GenericContext): TwilioRecord[] {
	const account = accountOf(context);
	const stored = context.collection.list();
	for (const key of account?.apiKeys ?? []) {
		if (stored.some((record) => record.sid === key.sid)) continue;
		const date = rfc2822(account!.dateCreated);
		context.collection.add({
			sid: key.sid,
			friendly_name: null,
			date_created: date,
			date_updated: date,
		});
	}
	return context.collection.list();
}

/**
 * A new key's secret: "Note that for security reasons, this field is ONLY returned when the API
 * Key is first created" (the description, `api.v2010.account.new_key.secret`). The key is a
 * Standard key (the only kind the API creates, docs: IAM → API keys) and authenticates at once.
 */
const createKey = (register: boolean): Behaviour => ({
	apply(record, context) {
		const secret = newSecret(context);
		record.secret = secret;
		if (register)
			accountOf(context)?.apiKeys.push({ sid: String(record.sid), secret, kind: 'standard' });
	},
	// The stored record keeps no secret: later reads never show it.
	shownOnce: ['secret'],
});

export const keyBehaviours: Record<string, Behaviour> = {
	CreateNewKey: createKey(true),
	DeleteKey: {
		deleting(record, context) {
			const account = accountOf(context);
			if (account) account.apiKeys = account.apiKeys.filter((key) => key.sid !== record.sid);
		},
	},
	CreateNewSigningKey: createKey(false),
};

export const keyCollections: Record<string, CollectionConfig> = {
	'/Accounts/{AccountSid}/Keys': { source: keyRecords },
};
