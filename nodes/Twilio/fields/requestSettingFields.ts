import type { FieldDefinition } from '../engine/types';
import { REQUEST_SETTING_BOUNDS, type RequestSettingName } from '../transport/requestSettings';
import { integer } from './basic';

/** What the editor says of each request setting; bounds and defaults come from the transport. */
const LABELS: Record<RequestSettingName, { displayName: string; description: string }> = {
	maxRetries: {
		displayName: 'Max Retries',
		description:
			'How often a request is repeated when Twilio is busy (HTTP 429), or when a read, update or delete met a server error, a timeout or a broken connection. What creates or acts again (a message, a call, a purchase…) is never repeated once Twilio may have received it.',
	},
	retryDelay: {
		displayName: 'Retry Delay (Ms)',
		description:
			"Milliseconds to wait before the first retry. Each further retry waits about twice as long, with some randomness; Twilio's Retry-After is honoured when it asks for longer.",
	},
	requestTimeout: {
		displayName: 'Request Timeout (Seconds)',
		description: "How long to wait for Twilio's answer to one request",
	},
	maxConcurrentRequests: {
		displayName: 'Max Concurrent Requests',
		description:
			'How many items are sent to Twilio at the same time. It applies to the whole node and is read from the first item. Output items keep the input order. When Twilio answers 429 (Too Many Requests), all of them back off together.',
	},
};

/**
 * The request settings as fields of every operation's Options: read and checked like any field
 * (a bad value names the option and the item), never sent.
 */
export const requestSettingFields: FieldDefinition[] = (
	Object.keys(LABELS) as RequestSettingName[]
).map((name) => {
	const { min, max, default: fallback } = REQUEST_SETTING_BOUNDS[name];
	return {
		...integer({ ...LABELS[name], name, twilioName: name, min, max, default: fallback }),
		location: 'none',
	};
});
