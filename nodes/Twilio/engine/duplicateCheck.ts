import { labelOf } from './operations';
import type { FieldDefinition, ItemValues, OperationDefinition, ResourceDefinition } from './types';
import type { ItemRequest } from './values';

/**
 * Twilio's clock and this machine's may differ: the suggested "on or after" time starts this much
 * earlier.
 */
const CLOCK_MARGIN_MS = 5 * 60_000;
const MAX_SHOWN_LENGTH = 100;

function templateOf(operation: OperationDefinition, values: ItemValues): string | undefined {
	if (typeof operation.path === 'string') return operation.path;
	try {
		return operation.path(values);
	} catch {
		return undefined;
	}
}

/**
 * A GET on the same path as `operation`: the list of the collection a create adds to, or the record
 * an update changed.
 */
function readerOf(
	resources: readonly ResourceDefinition[],
	operation: OperationDefinition,
	values: ItemValues,
	list: boolean,
): OperationDefinition | undefined {
	const path = templateOf(operation, values);
	return resources
		.flatMap((resource) => resource.operations)
		.find(
			(candidate) =>
				candidate.product === operation.product &&
				candidate.method === 'GET' &&
				Boolean(candidate.list) === list &&
				templateOf(candidate, values) === path,
		);
}

/** The fields the item sent that make the request act again when repeated. */
export function actingAgain(item: ItemRequest): FieldDefinition[] {
	return item.parameters.filter(({ field }) => field.actsAgain).map(({ field }) => field);
}

/**
 * How to find out whether a request that got no clear answer was processed, derived from the
 * catalog. For a create: the list operation of the same collection, filtered by each value the item
 * sent that the list can filter on (same Twilio parameter name), and by the list's creation-date
 * "on or after" filter, set a little before the request (not by a date the record gets later, such
 * as a message's date sent). For an update that acts again: the get
 * operation of the same record. Without either, the Twilio Console.
 */
export function duplicateCheck(
	resources: readonly ResourceDefinition[],
	operation: OperationDefinition,
	item: ItemRequest,
	sentAt: Date,
): string {
	const billed =
		typeof operation.retry === 'object' ? operation.retry.billedFor(item.values) : undefined;
	if (billed !== undefined) {
		return (
			`${labelOf(resources, operation)} with ${billed} is billed each time it is sent, and Twilio keeps no record of it to read back. ` +
			"Before running the item again, check the account's usage (Usage Record → Get Today) if the cost matters."
		);
	}
	if (operation.retry !== 'creates') {
		const fields = actingAgain(item).map((field) => field.property.displayName);
		const intro = `${labelOf(resources, operation)} with ${fields.join(' and ')} acts again each time it is sent.`;
		const reader = readerOf(resources, operation, item.values, false);
		return reader
			? `${intro} Before running the item again, look at the record with ${labelOf(resources, reader)}.`
			: `${intro} Check in the Twilio Console whether it was processed before running the item again.`;
	}
	const intro = `${labelOf(resources, operation)} creates something at Twilio, and running it again could create it twice.`;
	const listing = readerOf(resources, operation, item.values, true);
	if (!listing)
		return `${intro} Check in the Twilio Console whether it was created before running the item again.`;

	const sent = new Map<string, string>();
	for (const { field, value } of item.parameters) {
		if (field.location !== 'path' && typeof value === 'string') sent.set(field.twilioName, value);
	}
	const since = new Date(Math.floor((sentAt.getTime() - CLOCK_MARGIN_MS) / 60_000) * 60_000);
	const conditions: string[] = [];
	let dateGiven = false;
	const unfit: string[] = [];
	for (const field of [...(listing.fields ?? []), ...(listing.optionalFields?.fields ?? [])]) {
		if (field.location === 'path') continue;
		const value = sent.get(field.twilioName);
		if (value !== undefined) {
			conditions.push(`${field.property.displayName} = ${value.slice(0, MAX_SHOWN_LENGTH)}`);
		} else if (field.twilioName.endsWith('>') && field.property.type === 'dateTime') {
			// Only a record's creation date is set from the start: a message queued or scheduled has no
			// date sent yet.
			if (field.twilioName !== CREATED_ON_OR_AFTER)
				unfit.push(field.property.displayName.replace(/ On or After$/, ''));
			else if (!dateGiven) {
				conditions.push(
					`${field.property.displayName} = ${since.toISOString().replace('.000Z', 'Z')}`,
				);
				dateGiven = true;
			}
		}
	}
	if (item.values.accountSid && listing.accountOption !== false) {
		conditions.push(`Options → Account SID = ${String(item.values.accountSid)}`);
	}
	const filtered = conditions.length ? ` (${conditions.join(', ')})` : '';
	const unfiltered =
		unfit.length && !dateGiven
			? ` Leave ${unfit.join(' and ')} empty: a record queued or scheduled has none yet.`
			: '';
	return `${intro} Before running the item again, look for it with ${labelOf(resources, listing)}${filtered}.${unfiltered}`;
}

/** The one date filter every record matches from the moment it exists: its creation date. */
const CREATED_ON_OR_AFTER = 'DateCreated>';
