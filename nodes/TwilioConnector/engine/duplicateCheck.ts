import { resources } from '../resources';
import type { ItemValues, OperationDefinition } from './types';
import type { ItemRequest } from './values';

/** Twilio's clock and this machine's may differ: the suggested "on or after" time starts this much earlier. */
const CLOCK_MARGIN_MS = 5 * 60_000;
const MAX_SHOWN_LENGTH = 100;

function labelOf(operation: OperationDefinition): string {
	const resource = resources.find((candidate) => candidate.operations.includes(operation));
	return resource ? `${resource.name} → ${operation.name}` : operation.name;
}

function templateOf(operation: OperationDefinition, values: ItemValues): string | undefined {
	if (typeof operation.path === 'string') return operation.path;
	try {
		return operation.path(values);
	} catch {
		return undefined;
	}
}

/** The list operation of the collection a create adds to: a GET list on the same path. */
function listingOf(create: OperationDefinition, values: ItemValues): OperationDefinition | undefined {
	const path = templateOf(create, values);
	return resources
		.flatMap((resource) => resource.operations)
		.find((operation) => operation.list && operation.method === 'GET' && templateOf(operation, values) === path);
}

/**
 * How to find out whether a create that got no clear answer was processed, derived from the
 * catalog: the list operation of the same collection, filtered by each value the item sent that
 * the list can filter on (same Twilio parameter name), and by the list's first "on or after" date
 * filter, set a little before the request. Without such a list, the Twilio Console.
 */
export function duplicateCheck(create: OperationDefinition, item: ItemRequest, sentAt: Date): string {
	const intro = `${labelOf(create)} creates something at Twilio, and running it again could create it twice.`;
	const listing = listingOf(create, item.values);
	if (!listing) return `${intro} Check in the Twilio Console whether it was created before running the item again.`;

	const sent = new Map<string, string>();
	for (const { field, value } of item.parameters) {
		if (field.location !== 'path' && typeof value === 'string') sent.set(field.twilioName, value);
	}
	const since = new Date(Math.floor((sentAt.getTime() - CLOCK_MARGIN_MS) / 60_000) * 60_000);
	const conditions: string[] = [];
	let dateGiven = false;
	for (const field of [...(listing.fields ?? []), ...(listing.optionalFields?.fields ?? [])]) {
		if (field.location === 'path') continue;
		const value = sent.get(field.twilioName);
		if (value !== undefined) {
			conditions.push(`${field.property.displayName} = ${value.slice(0, MAX_SHOWN_LENGTH)}`);
		} else if (!dateGiven && field.twilioName.endsWith('>') && field.property.type === 'dateTime') {
			conditions.push(`${field.property.displayName} = ${since.toISOString().replace('.000Z', 'Z')}`);
			dateGiven = true;
		}
	}
	if (item.values.accountSid && listing.accountOption !== false) {
		conditions.push(`Options → Account SID = ${String(item.values.accountSid)}`);
	}
	const filtered = conditions.length ? ` (${conditions.join(', ')})` : '';
	return `${intro} Before running the item again, look for it with ${labelOf(listing)}${filtered}.`;
}
