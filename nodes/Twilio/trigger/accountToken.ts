import { createHash } from 'crypto';
import {
	NodeApiError,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IWebhookFunctions,
} from 'n8n-workflow';

import { TwilioClient } from '../transport/client';
import { nextPageOf } from '../transport/pagination';
import { isSid } from '../transport/sid';

/**
 * The Auth Token a delivery must be signed with. Twilio signs a webhook with the Auth Token of the
 * account that owns the number (or sent the message, placed the call), so a subaccount's
 * deliveries carry the subaccount's signature, never the parent's. The parent's credential lists
 * its subaccounts with their tokens: `GET /2010-04-01/Accounts.json` answers "the Account resources
 * belonging to the account used to make the request", each with `auth_token` and
 * `owner_account_sid` (Twilio docs: Account resource, "Read multiple Account resources").
 */
type SigningKey = { authToken: string } | Refusal;

type Refusal = { refused: string; status: 403 | 503 };

/**
 * A listing serves a burst of deliveries; a token changed in the Console is read again after this.
 */
export const SUBACCOUNTS_TTL_MS = 60_000;
/**
 * The shortest time between two listings of one credential's subaccounts, whatever asks for one:
 * an account SID not in the last listing (a subaccount created since, or a forged request), or a
 * known subaccount whose token refused a delivery (changed in Twilio since). Forged requests, with
 * as many made-up account SIDs as they like, cannot make the trigger call Twilio more often.
 */
export const SUBACCOUNTS_RELIST_AFTER_MS = 10_000;
/**
 * Twilio's most records per page, and the most pages read: 10,000 subaccounts (Twilio's default
 * limit is 1,000).
 */
const PAGE_SIZE = 1000;
const MAX_PAGES = 10;
const MAX_REMEMBERED = 100;

/** What one credential's last listing found, or why it failed. */
interface Directory {
	/** When the last listing was asked for (a failed one included): the start of its quiet time. */
	askedAt: number;
	/** When the last listing that worked was asked for. */
	listedAt: number;
	tokens: Map<string, string>;
	/** Why the subaccounts cannot be read (a Standard API key), or undefined. */
	refusal?: Refusal;
	listing?: Promise<void>;
}

/** Subaccount listings by credential, in this n8n process's memory; a Map keeps insertion order. */
const directories = new Map<string, Directory>();

/** Tells credentials apart without keeping their secrets in a key. */
function credentialKey(credentials: ICredentialDataDecryptedObject): string {
	const parts = [
		'baseUrl',
		'region',
		'edge',
		'accountSid',
		'authType',
		'authToken',
		'apiKeySid',
		'apiKeySecret',
	];
	return createHash('sha256')
		.update(parts.map((name) => String(credentials[name] ?? '')).join('\u0000'))
		.digest('hex');
}

/**
 * The token that signs a delivery for `accountSid` (the request's `AccountSid`): the credential's
 * own for its account (or when the request names none), a subaccount's from the credential's
 * listing of its subaccounts, or why the delivery is refused: another account's, or a token that
 * cannot be read (a Standard API key may not list accounts). The listing is read again when it is
 * a minute old, or when it lacks the account or its token refused (`fresh`), but never sooner than
 * `SUBACCOUNTS_RELIST_AFTER_MS` after the last time it was asked for.
 */
export async function signingKeyFor(
	context: IWebhookFunctions,
	credentials: ICredentialDataDecryptedObject,
	accountSid: string,
	{ fresh = false }: { fresh?: boolean } = {},
): Promise<SigningKey> {
	const parent = String(credentials.accountSid ?? '').trim();
	if (!accountSid || accountSid === parent)
		return { authToken: String(credentials.authToken ?? '') };
	if (!isSid('account', accountSid)) {
		return {
			refused: `its AccountSid "${accountSid.slice(0, 40)}" is not an account SID`,
			status: 403,
		};
	}
	const key = credentialKey(credentials);
	const directory = directories.get(key) ?? {
		askedAt: -Infinity,
		listedAt: -Infinity,
		tokens: new Map<string, string>(),
	};
	directories.delete(key);
	directories.set(key, directory);
	if (directories.size > MAX_REMEMBERED) directories.delete(directories.keys().next().value!);

	const now = Date.now();
	const stale =
		now - directory.listedAt >= SUBACCOUNTS_TTL_MS || fresh || !directory.tokens.has(accountSid);
	if (stale && !directory.listing && now - directory.askedAt >= SUBACCOUNTS_RELIST_AFTER_MS) {
		directory.askedAt = now;
		directory.listing = listSubaccounts(context, credentials, parent, directory, now).finally(
			() => (directory.listing = undefined),
		);
	}
	await directory.listing;
	if (directory.refusal) return refusalFor(directory.refusal, accountSid);
	const token = directory.tokens.get(accountSid);
	if (token) return { authToken: token };
	return {
		refused: `${accountSid} is not a subaccount of the credential's account ${parent}`,
		status: 403,
	};
}

/** A refusal of the whole listing, said of the account the delivery came from. */
function refusalFor(refusal: Refusal, accountSid: string): Refusal {
	return { ...refusal, refused: refusal.refused.replace('{account}', accountSid) };
}

/** Reads every subaccount of the credential's account with its token into the directory. */
async function listSubaccounts(
	context: IWebhookFunctions,
	credentials: ICredentialDataDecryptedObject,
	parent: string,
	directory: Directory,
	askedAt: number,
): Promise<void> {
	const tokens = new Map<string, string>();
	try {
		const client = await TwilioClient.connect(context, {
			maxRetries: 1,
			retryDelayMs: 200,
			timeoutMs: 5000,
		});
		const path = '/2010-04-01/Accounts.json';
		let next: string | undefined = `${path}?PageSize=${PAGE_SIZE}`;
		for (let page = 0; next && page < MAX_PAGES; page++) {
			const { body } = await client.send({
				method: 'GET',
				path: next,
				retry: 'idempotent',
				itemIndex: 0,
			});
			for (const account of ((body as IDataObject)?.accounts ?? []) as IDataObject[]) {
				if (
					account.owner_account_sid === parent &&
					account.sid !== parent &&
					typeof account.auth_token === 'string' &&
					account.auth_token
				) {
					tokens.set(String(account.sid), account.auth_token);
				}
			}
			const following = nextPageOf(body as IDataObject, path, 'api', client.baseUrl);
			next = typeof following === 'string' ? following : undefined;
		}
		Object.assign(directory, { tokens, listedAt: askedAt, refusal: undefined });
	} catch (error) {
		directory.refusal = listingRefusal(error, credentials);
		// Twilio out of reach: keep what the last listing found, and refuse only what it did not.
		if (directory.refusal.status === 503 && directory.tokens.size) directory.refusal = undefined;
		else if (directory.refusal.status === 403) directory.tokens = new Map();
	}
}

function listingRefusal(error: unknown, credentials: ICredentialDataDecryptedObject): Refusal {
	const status = error instanceof NodeApiError ? Number(error.httpCode) : NaN;
	if (status === 401 && credentials.authType === 'apiKey') {
		return {
			refused:
				'it comes from subaccount {account}, whose Auth Token a Standard API key cannot read (Twilio answered 401). ' +
				'Use the Auth Token or a Main API key in the credential to receive subaccounts\u2019 webhooks',
			status: 403,
		};
	}
	if (status === 401 || status === 403 || status === 404) {
		return {
			refused: `the credential cannot list its subaccounts (Twilio answered ${status}), so {account} is refused`,
			status: 403,
		};
	}
	return {
		refused: `the Auth Token of subaccount {account} could not be read: ${(error as Error).message}`,
		status: 503,
	};
}
