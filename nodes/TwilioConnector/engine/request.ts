import type { TwilioRequest } from '../transport/client';
import type { OperationDefinition } from './types';
import type { ItemRequest } from './values';

export const API_VERSION_PATH = '/2010-04-01';

/**
 * Builds the request an item asks for. Path placeholders are filled only from path fields, whose
 * values were checked as SIDs (or similar) when read, and are encoded: no input can change the path.
 */
export function buildRequest(
	operation: OperationDefinition,
	item: ItemRequest,
	defaultAccountSid: string,
	itemIndex: number,
): TwilioRequest {
	const pathValues = new Map<string, string>([['AccountSid', defaultAccountSid]]);
	const sent = new URLSearchParams();
	for (const { field, value } of item.parameters) {
		if (field.location === 'path') {
			pathValues.set(field.twilioName, String(value));
		} else {
			for (const entry of Array.isArray(value) ? value : [value]) sent.append(field.twilioName, entry);
		}
	}
	const template = typeof operation.path === 'string' ? operation.path : operation.path(item.values);
	const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = pathValues.get(name);
		// A declaration error, not a user error: every placeholder must have a required path field.
		if (value === undefined) throw new Error(`No value for {${name}} in ${template}`);
		return encodeURIComponent(value);
	});
	const sendsBody = operation.method === 'POST';
	return {
		method: operation.method,
		path: `${API_VERSION_PATH}${path}`,
		query: sendsBody ? undefined : sent,
		body: sendsBody ? sent : undefined,
		retry: operation.retry,
		itemIndex,
	};
}

/** The SID an operation acts on: the value of the last placeholder of its path. */
export function subjectSid(operation: OperationDefinition, item: ItemRequest): string | undefined {
	const template = typeof operation.path === 'string' ? operation.path : operation.path(item.values);
	const last = [...template.matchAll(/\{(\w+)\}/g)].pop()?.[1];
	return item.parameters.find(({ field }) => field.location === 'path' && field.twilioName === last)?.value as
		| string
		| undefined;
}
