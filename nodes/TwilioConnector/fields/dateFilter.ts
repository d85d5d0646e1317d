import { isoDay, isoInstant, toDate, type ReadDate } from '../engine/convert';
import { FieldValueError, type FieldDefinition, type WireValue } from '../engine/types';
import { field } from './basic';

/** How the spec declares the filter's value: a day (`date`) or an instant (`date-time`). */
export type DateFormat = 'date' | 'date-time';

const DAY_MS = 86_400_000;

/**
 * What each condition sends. Twilio documents its date filters as: `X=YYYY-MM-DD`, records of
 * that day; `X<=YYYY-MM-DD`, records "on or before midnight" of that day; `X>=YYYY-MM-DD`, "on or
 * after midnight" (e.g. ListConference's DateCreated in the OpenAPI description). Filters of
 * format `date-time` also take an instant. So a whole day given to On or Before is its last
 * second (`date-time`) or the next day's midnight (`date`, where no time can be given).
 */
const CONDITIONS = [
	{
		suffix: '',
		label: '',
		operator: '',
		relation: 'on the day of',
		toWire: (date: ReadDate) => isoDay(date.instant),
	},
	{
		suffix: 'OnOrBefore',
		label: ' On or Before',
		operator: '<',
		relation: 'on or before',
		toWire: (date: ReadDate, format: DateFormat) => {
			if (date.hasTime) return format === 'date' ? undefined : isoInstant(date.instant);
			const endOfDay = new Date(date.instant.getTime() + DAY_MS - 1000);
			return format === 'date' ? isoDay(new Date(date.instant.getTime() + DAY_MS)) : isoInstant(endOfDay);
		},
	},
	{
		suffix: 'OnOrAfter',
		label: ' On or After',
		operator: '>',
		relation: 'on or after',
		toWire: (date: ReadDate, format: DateFormat) =>
			!date.hasTime ? isoDay(date.instant) : format === 'date' ? undefined : isoInstant(date.instant),
	},
] as const;

/**
 * A Twilio date filter as three fields: on the day (`X`), on or before (`X<`), on or after (`X>`);
 * set the last two to ask for a range. A day given to On or Before includes the whole day.
 */
export function dateFilter(options: {
	name: string;
	displayName: string;
	twilioName: string;
	format: DateFormat;
	subject: string;
}): FieldDefinition[] {
	const timeNote =
		options.format === 'date'
			? 'Twilio filters this by day: give a date without a time.'
			: 'A day includes the whole day; a time without a time zone is read as UTC.';
	return CONDITIONS.map(({ suffix, label, operator, relation, toWire }) =>
		field(
			{
				name: `${options.name}${suffix}`,
				displayName: `${options.displayName}${label}`,
				twilioName: `${options.twilioName}${operator}`,
				description: `Only ${options.subject} ${relation} this date. ${timeNote}`,
			},
			{ type: 'dateTime', default: '' },
			(value): WireValue | undefined => {
				const date = toDate(value);
				if (date === undefined) return undefined;
				const wire = toWire(date, options.format);
				if (wire === undefined) {
					throw new FieldValueError(`takes a day, not a time of day: Twilio filters it by day (give e.g. ${isoDay(date.instant)})`);
				}
				return wire;
			},
		),
	);
}
