import type { Params } from '../params';
import type { TwilioRecord } from '../types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A filter value as the instant Twilio compares with: a day means its midnight (UTC). */
function boundOf(filter: string): number | undefined {
	const instant = new Date(DAY.test(filter) ? `${filter}T00:00:00Z` : filter).getTime();
	return Number.isNaN(instant) ? undefined : instant;
}

/**
 * Applies `X`, `X<` and `X>` to a record's RFC 2822 date as Twilio documents them (for example
 * ListConference's DateCreated in the OpenAPI description): `X=YYYY-MM-DD` keeps records of that
 * day; `X<=YYYY-MM-DD` those "on or before midnight" of the day, `X>=YYYY-MM-DD` those "on or after
 * midnight"; an instant, where the parameter's format allows one, is compared as an instant. A
 * value Twilio's description does not cover (an instant in `X`) must match exactly.
 */
export function matchesDateFilter(
	record: TwilioRecord,
	query: Params,
	parameter: string,
	field: string,
): boolean {
	const value = record[field];
	if (
		typeof value !== 'string' &&
		(query.has(parameter) || query.has(`${parameter}<`) || query.has(`${parameter}>`))
	)
		return false;
	const recorded = new Date(String(value)).getTime();
	const on = query.get(parameter);
	if (on !== undefined) {
		const matches = DAY.test(on)
			? new Date(recorded).toISOString().slice(0, 10) === on
			: recorded === boundOf(on);
		if (!matches) return false;
	}
	const before = query.get(`${parameter}<`);
	if (before !== undefined && !(recorded <= (boundOf(before) ?? -Infinity))) return false;
	const after = query.get(`${parameter}>`);
	if (after !== undefined && !(recorded >= (boundOf(after) ?? Infinity))) return false;
	return true;
}

/** Exact-match filters: query parameter → record field. */
export function matchesExactly(
	record: TwilioRecord,
	query: Params,
	fields: Record<string, string>,
): boolean {
	return Object.entries(fields).every(([parameter, field]) => {
		const wanted = query.get(parameter);
		return wanted === undefined || String(record[field]) === wanted;
	});
}
