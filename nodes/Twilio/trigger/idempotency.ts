/** How long a delivery is remembered: Twilio's retries of a webhook come within a few minutes. */
const REPEAT_WINDOW_MS = 10 * 60_000;

/** Bounds the memory the cache can take when a great many deliveries arrive within the window. */
const MAX_REMEMBERED = 10_000;

/**
 * Deliveries seen by this n8n process, by key, with the time they are forgotten. It lives in
 * the process on purpose: webhooks are received by n8n's main process (also in queue mode).
 * A Map keeps insertion order, so the oldest entries come first.
 */
const seen = new Map<string, number>();

/**
 * True the first time a delivery key is seen within the window, false for a repeat. A repeat of
 * Twilio's `I-Twilio-Idempotency-Token` is a retry of a request already received.
 */
export function isFirstDelivery(key: string, now: number = Date.now()): boolean {
	for (const [oldKey, forgetAt] of seen) {
		if (forgetAt > now && seen.size <= MAX_REMEMBERED) break;
		seen.delete(oldKey);
	}
	const forgetAt = seen.get(key);
	if (forgetAt !== undefined && forgetAt > now) return false;
	seen.set(key, now + REPEAT_WINDOW_MS);
	return true;
}
