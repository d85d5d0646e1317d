import type { ICredentialDataDecryptedObject, IWebhookFunctions } from 'n8n-workflow';

import { CREDENTIAL_NAME } from '../transport/client';

/**
 * How long the trigger keeps its credential after reading it. In n8n 2.x each credential read in a
 * webhook takes an expression isolate of its own (n8n's credentials helper acquires one to resolve
 * the credential's fields), which cost more than the rest of a delivery's answer together (see
 * docs/performance.md): a burst of deliveries reads the credential once.
 */
export const CREDENTIAL_TTL_MS = 60_000;

interface Remembered {
	expiresAt: number;
	credentials: Promise<ICredentialDataDecryptedObject>;
}

/** Credentials by n8n's credential ID, in this process's memory; a Map keeps insertion order. */
const remembered = new Map<string, Remembered>();

interface TriggerCredentials {
	credentials: ICredentialDataDecryptedObject;
	/**
	 * True when the credential came from memory: a signature it refuses is checked again with it read
	 * afresh.
	 */
	fromMemory: boolean;
}

/**
 * The trigger's credential: from memory while it is recent, read through n8n otherwise (and always
 * with `fresh`). Deliveries that arrive together share one read.
 */
export async function triggerCredentials(
	context: IWebhookFunctions,
	{ fresh = false }: { fresh?: boolean } = {},
): Promise<TriggerCredentials> {
	const now = Date.now();
	for (const [id, entry] of remembered) if (entry.expiresAt <= now) remembered.delete(id);
	const id = context.getNode().credentials?.[CREDENTIAL_NAME]?.id;
	if (!id) return { credentials: await context.getCredentials(CREDENTIAL_NAME), fromMemory: false };
	const known = remembered.get(id);
	if (known && !fresh) return { credentials: await known.credentials, fromMemory: true };

	const entry: Remembered = {
		expiresAt: now + CREDENTIAL_TTL_MS,
		credentials: context.getCredentials(CREDENTIAL_NAME),
	};
	remembered.set(id, entry);
	// A credential n8n could not read is not remembered: the next delivery asks again.
	entry.credentials.catch(() => remembered.get(id) === entry && remembered.delete(id));
	return { credentials: await entry.credentials, fromMemory: false };
}
