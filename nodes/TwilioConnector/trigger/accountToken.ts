import { createHash } from 'crypto';
import { NodeApiError, type ICredentialDataDecryptedObject, type IDataObject, type IWebhookFunctions } from 'n8n-workflow';

import { TwilioClient } from '../transport/client';
import { isSid } from '../transport/sid';

/**
 * The Auth Token a delivery must be signed with. Twilio signs a webhook with the Auth Token of the
 * account that owns the number (or sent the message, placed the call), so a subaccount's
 * deliveries carry the subaccount's signature, never the parent's. The parent's credential reads
 * a subaccount's token: `GET /2010-04-01/Accounts/{AccountSid}.json` answers the owner with
 * `auth_token` and `owner_account_sid` (Twilio docs: Account resource, "Fetch an Account").
 */
export type SigningKey = { authToken: string } | { refused: string; status: 403 | 503 };

/** A burst of deliveries costs one look-up; a token changed in the Console is read again soon. */
export const SUBACCOUNT_TOKEN_TTL_MS = 60_000;
/** A refusal is remembered as long, so that made-up account SIDs do not each cost a look-up. */
const REFUSAL_TTL_MS = 60_000;
/**
 * A remembered token that refuses a delivery is looked up again (the subaccount's token may have
 * been changed in Twilio since), but not sooner than this after the last look-up, so that forged
 * requests cannot make the trigger call Twilio at their own pace.
 */
export const SUBACCOUNT_REREAD_AFTER_MS = 10_000;
const MAX_REMEMBERED = 1000;

interface Remembered {
	readAt: number;
	expiresAt: number;
	key: Promise<SigningKey>;
}

/** Look-ups by credential and subaccount, in this n8n process's memory; a Map keeps insertion order. */
const remembered = new Map<string, Remembered>();

/** Tells credentials apart without keeping their secrets in a key. */
function credentialKey(credentials: ICredentialDataDecryptedObject): string {
	const parts = ['baseUrl', 'region', 'edge', 'accountSid', 'authType', 'authToken', 'apiKeySid', 'apiKeySecret'];
	return createHash('sha256')
		.update(parts.map((name) => String(credentials[name] ?? '')).join('\u0000'))
		.digest('hex');
}

/**
 * The token that signs a delivery for `accountSid` (the request's `AccountSid`): the credential's
 * own for its account (or when the request names none), a subaccount's as read with the
 * credential, or why the delivery is refused: another account's, or a token that cannot be read
 * (a Standard API key may not read accounts). With `fresh`, a remembered subaccount token is
 * looked up again unless it was read within the last few seconds.
 */
export async function signingKeyFor(
	context: IWebhookFunctions,
	credentials: ICredentialDataDecryptedObject,
	accountSid: string,
	{ fresh = false }: { fresh?: boolean } = {},
): Promise<SigningKey> {
	const now = Date.now();
	const parent = String(credentials.accountSid ?? '').trim();
	if (!accountSid || accountSid === parent) return { authToken: String(credentials.authToken ?? '') };
	if (!isSid('account', accountSid)) {
		return { refused: `its AccountSid "${accountSid.slice(0, 40)}" is not an account SID`, status: 403 };
	}
	for (const [key, entry] of remembered) {
		if (entry.expiresAt > now && remembered.size <= MAX_REMEMBERED) break;
		remembered.delete(key);
	}
	const cacheKey = `${credentialKey(credentials)}:${accountSid}`;
	const known = remembered.get(cacheKey);
	if (known && known.expiresAt > now && !(fresh && now - known.readAt >= SUBACCOUNT_REREAD_AFTER_MS)) return await known.key;

	const entry: Remembered = { readAt: now, expiresAt: now + SUBACCOUNT_TOKEN_TTL_MS, key: readSubaccountToken(context, credentials, parent, accountSid) };
	remembered.set(cacheKey, entry);
	const key = await entry.key;
	if ('refused' in key) {
		// A failed look-up (Twilio unreachable) is tried again with the next delivery.
		if (key.status === 503) remembered.delete(cacheKey);
		else entry.expiresAt = now + REFUSAL_TTL_MS;
	}
	return key;
}

async function readSubaccountToken(
	context: IWebhookFunctions,
	credentials: ICredentialDataDecryptedObject,
	parent: string,
	accountSid: string,
): Promise<SigningKey> {
	try {
		const client = await TwilioClient.connect(context, { maxRetries: 1, retryDelayMs: 200, timeoutMs: 5000 });
		const { body } = await client.send({
			method: 'GET',
			path: `/2010-04-01/Accounts/${accountSid}.json`,
			retry: 'idempotent',
			itemIndex: 0,
		});
		const account = (body ?? {}) as IDataObject;
		if (account.sid !== accountSid || account.owner_account_sid !== parent || account.sid === parent) {
			return { refused: `${accountSid} is not a subaccount of the credential's account ${parent}`, status: 403 };
		}
		if (typeof account.auth_token !== 'string' || !account.auth_token) {
			return { refused: `Twilio's answer for subaccount ${accountSid} has no Auth Token`, status: 403 };
		}
		return { authToken: account.auth_token };
	} catch (error) {
		const status = error instanceof NodeApiError ? Number(error.httpCode) : NaN;
		if (status === 401 && credentials.authType === 'apiKey') {
			return {
				refused:
					`it comes from subaccount ${accountSid}, whose Auth Token a Standard API key cannot read (Twilio answered 401). ` +
					'Use the Auth Token or a Main API key in the credential to receive subaccounts\u2019 webhooks',
				status: 403,
			};
		}
		if (status === 404 || status === 401 || status === 403) {
			return { refused: `${accountSid} is not an account the credential can read (Twilio answered ${status})`, status: 403 };
		}
		return { refused: `the Auth Token of subaccount ${accountSid} could not be read: ${(error as Error).message}`, status: 503 };
	}
}
