/** How requests are sent: retries, waits and timeouts. Never sent to Twilio. */
export interface RequestSettings {
	/** Retries of one request (see transport/retry.ts for which failures are retried). */
	maxRetries: number;
	/** Wait before the first retry; each further retry waits about twice as long. */
	retryDelayMs: number;
	/** How long to wait for Twilio's answer to one request. */
	timeoutMs: number;
}

/** A whole-number setting: its bounds and default, in the unit the user gives it. */
interface SettingBounds {
	min: number;
	max: number;
	default: number;
}

/**
 * The most requests one run of the node keeps in flight. Twilio limits concurrent requests per
 * account, and other workflows may share the account: a small bound leaves them room.
 */
export const MAX_CONCURRENT_REQUESTS = 20;

/**
 * Each setting's bounds, as the user gives it (seconds for the timeout), and how it applies. The
 * editor's limits and the check of typed or expression values both come from here.
 */
export const REQUEST_SETTING_BOUNDS = {
	maxRetries: { min: 0, max: 10, default: 5 },
	retryDelay: { min: 0, max: 60_000, default: 1000 },
	requestTimeout: { min: 1, max: 600, default: 30 },
	maxConcurrentRequests: { min: 1, max: MAX_CONCURRENT_REQUESTS, default: 1 },
} as const satisfies Record<string, SettingBounds>;

export type RequestSettingName = keyof typeof REQUEST_SETTING_BOUNDS;

/** The per-request settings from the user's values (defaults where none is given). */
export function requestSettings(
	values: Partial<Record<RequestSettingName, number>> = {},
): RequestSettings {
	const value = (name: RequestSettingName) => values[name] ?? REQUEST_SETTING_BOUNDS[name].default;
	return {
		maxRetries: value('maxRetries'),
		retryDelayMs: value('retryDelay'),
		timeoutMs: value('requestTimeout') * 1000,
	};
}

/** The settings when no option is set. */
export const DEFAULT_REQUEST_SETTINGS: RequestSettings = requestSettings();
