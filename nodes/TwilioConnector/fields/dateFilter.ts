import { FieldValueError, type FieldDefinition } from '../engine/types';
import { field } from './basic';
import { isEmptyValue } from '../engine/convert';

/** How the spec declares the filter's value: a day (`date`) or an instant (`date-time`). */
export type DateFormat = 'date' | 'date-time';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads what n8n hands over for a date: ISO text, a JS Date, or a Luxon DateTime from an expression. */
function toInstant(value: unknown): { day: string; instant: string } {
	if (value instanceof Date) return fromDate(value);
	if (value && typeof value === 'object' && typeof (value as { toJSDate?: unknown }).toJSDate === 'function') {
		return fromDate((value as { toJSDate(): Date }).toJSDate());
	}
	if (typeof value !== 'string') {
		throw new FieldValueError('expected a date such as 2024-05-31 or 2024-05-31T14:00:00Z');
	}
	const match = ISO_DATE.exec(value.trim());
	if (!match) {
		throw new FieldValueError(`"${value.slice(0, 40)}" is not a date such as 2024-05-31 or 2024-05-31T14:00:00Z`);
	}
	const [, year, month, day, hour, minute, second, zone] = match;
	if (zone) return fromDate(new Date(value.trim()));
	// A date without a zone (what n8n's date picker gives) is read as UTC, Twilio's own clock.
	return fromDate(new Date(Date.UTC(+year, +month - 1, +day, +(hour ?? 0), +(minute ?? 0), +(second ?? 0))));
}

function fromDate(date: Date): { day: string; instant: string } {
	if (Number.isNaN(date.getTime())) throw new FieldValueError('is not a valid date');
	const instant = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return { day: instant.slice(0, 10), instant };
}

const CONDITIONS = [
	{ suffix: '', label: '', operator: '', relation: 'on the day of' },
	{ suffix: 'OnOrBefore', label: ' On or Before', operator: '<', relation: 'on or before' },
	{ suffix: 'OnOrAfter', label: ' On or After', operator: '>', relation: 'on or after' },
] as const;

/**
 * A Twilio date filter as three fields: on the day (`X`), on or before (`X<`), on or after (`X>`).
 * Twilio reads `X<` as ≤ and `X>` as ≥; set both to ask for a range.
 */
export function dateFilter(options: {
	name: string;
	displayName: string;
	twilioName: string;
	format: DateFormat;
	subject: string;
}): FieldDefinition[] {
	return CONDITIONS.map(({ suffix, label, operator, relation }) =>
		field(
			{
				name: `${options.name}${suffix}`,
				displayName: `${options.displayName}${label}`,
				twilioName: `${options.twilioName}${operator}`,
				description: `Only ${options.subject} ${relation} this date. A date without a time zone is read as UTC.`,
			},
			{ type: 'dateTime', default: '' },
			(value) => {
				if (isEmptyValue(value)) return undefined;
				const { day, instant } = toInstant(value);
				return options.format === 'date' ? day : instant;
			},
		),
	);
}
