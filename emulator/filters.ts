import type { Params } from './params';
import type { TwilioRecord } from './types';

/** Compares a record's RFC 2822 date with a Twilio date filter value (a day or an instant). */
function compareDate(recordDate: unknown, filter: string): number | undefined {
	if (typeof recordDate !== 'string') return undefined;
	const record = new Date(recordDate);
	if (/^\d{4}-\d{2}-\d{2}$/.test(filter)) {
		const day = record.toISOString().slice(0, 10);
		return day < filter ? -1 : day > filter ? 1 : 0;
	}
	const instant = new Date(filter);
	if (Number.isNaN(instant.getTime())) return undefined;
	return Math.sign(record.getTime() - instant.getTime());
}

/** Applies `X`, `X<` (on or before) and `X>` (on or after) to the record's date field. */
export function matchesDateFilter(record: TwilioRecord, query: Params, parameter: string, field: string): boolean {
	const on = query.get(parameter);
	const before = query.get(`${parameter}<`);
	const after = query.get(`${parameter}>`);
	if (on !== undefined) {
		const day = on.slice(0, 10);
		if (compareDate(record[field], day) !== 0) return false;
	}
	if (before !== undefined && !((compareDate(record[field], before) ?? 1) <= 0)) return false;
	if (after !== undefined && !((compareDate(record[field], after) ?? -1) >= 0)) return false;
	return true;
}

/** Exact-match filters: query parameter → record field. */
export function matchesExactly(record: TwilioRecord, query: Params, fields: Record<string, string>): boolean {
	return Object.entries(fields).every(([parameter, field]) => {
		const wanted = query.get(parameter);
		return wanted === undefined || String(record[field]) === wanted;
	});
}
