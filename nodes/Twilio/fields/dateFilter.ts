import { isoDay, isoInstant, toDate, type ReadDate } from '../engine/convert';
import { FieldValueError, type FieldDefinition, type WireValue } from '../engine/types';
import { field } from './basic';

/** How the spec declares the filter's value: a day (`date`) or an instant (`date-time`). */
type DateFormat = 'date' | 'date-time';

const DAY_MS = 86_400_000;

/**
 * A day's first second, sent as the day itself where that is UTC midnight (Twilio's own form), else
 * as the instant.
 */
function dayStart(date: ReadDate): string {
	return date.instant.getTime() % DAY_MS === 0 ? isoDay(date.instant) : isoInstant(date.instant);
}

/**
 * What each condition sends. Twilio documents its date filters as: `X=YYYY-MM-DD`, records of
 * that day; `X<=YYYY-MM-DD`, records "on or before midnight" of that day; `X>=YYYY-MM-DD`, "on or
 * after midnight" (e.g. ListConference's DateCreated in the OpenAPI description), days in UTC.
 * Filters of format `date-time` also take an instant. So a whole day given to On or Before is its
 * last second (`date-time`) or the next day (`date`, where no time can be given), and a day picked
 * in the editor is that day in the workflow's time zone wherever Twilio takes an instant.
 */
const CONDITIONS = [
	{
		suffix: '',
		label: '',
		operator: '',
		relation: 'on the day of',
		toWire: (date: ReadDate) => date.day?.date ?? isoDay(date.instant),
	},
	{
		suffix: 'OnOrBefore',
		label: ' On or Before',
		operator: '<',
		relation: 'on or before',
		toWire: (date: ReadDate, format: DateFormat) => {
			if (!date.day) return format === 'date' ? undefined : isoInstant(date.instant);
			return format === 'date'
				? isoDay(new Date(Date.parse(date.day.date) + DAY_MS))
				: isoInstant(date.day.lastSecond);
		},
	},
	{
		suffix: 'OnOrAfter',
		label: ' On or After',
		operator: '>',
		relation: 'on or after',
		toWire: (date: ReadDate, format: DateFormat) => {
			if (format === 'date') return date.day?.date;
			return date.day ? dayStart(date) : isoInstant(date.instant);
		},
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
	const timeNote = (operator: string) =>
		options.format === 'date' || operator === ''
			? 'Twilio counts days in UTC: give a date without a time.'
			: "A picked day counts whole, in the workflow's time zone, as does a time without a zone; a date alone is a UTC day.";
	return CONDITIONS.map(({ suffix, label, operator, relation, toWire }) =>
		field(
			{
				name: `${options.name}${suffix}`,
				displayName: `${options.displayName}${label}`,
				twilioName: `${options.twilioName}${operator}`,
				description: `Only ${options.subject} ${relation} this date. ${timeNote(operator)}`,
			},
			{ type: 'dateTime', default: '' },
			(value, { timeZone }): WireValue | undefined => {
				const date = toDate(value, timeZone);
				if (date === undefined) return undefined;
				const wire = toWire(date, options.format);
				if (wire === undefined) {
					throw new FieldValueError(
						`takes a day, not a time of day: Twilio filters it by day (give e.g. ${isoDay(date.instant)})`,
					);
				}
				return wire;
			},
		),
	);
}
