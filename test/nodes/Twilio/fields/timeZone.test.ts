import { DateTime } from 'luxon';

import { inTimeZone, toDate } from '../../../../nodes/Twilio/engine/convert';
import { TEST_TIME_ZONE } from '../../../helpers/n8n';
import { useTwilio } from '../../../helpers/twilio';

/**
 * n8n's date picker stores a wall-clock time without a zone (`2026-12-10T09:00:00`), and n8n's own
 * nodes read it in the workflow's time zone (Settings → Timezone, else the instance's). Luxon, the
 * date library n8n's expressions use, is the independent reference for what such a time means.
 */

const twilio = useTwilio();
const SERVICE = 'MG0123456789abcdef0123456789abcdef';

/** A day 10 days ahead (Twilio schedules a message 15 minutes to 35 days ahead), as YYYY-MM-DD. */
const dayAhead = DateTime.utc().plus({ days: 10 }).toISODate()!;
const expected = (wallClock: string, zone: string) =>
	DateTime.fromISO(wallClock, { zone }).toUTC().toISO({ suppressMilliseconds: true })!;

async function scheduleAt(sendAt: string | DateTime, timeZone?: string) {
	twilio.emulator.requests.length = 0;
	const run = await twilio.run({
		timeZone,
		parameters: {
			resource: 'message',
			operation: 'send',
			to: '+14155551234',
			body: 'Your appointment is tomorrow',
			additionalFields: {
				messagingServiceSid: SERVICE,
				scheduleType: 'fixed',
				sendAt: sendAt as string,
			},
		},
	});
	return { ...run, sent: twilio.emulator.requests[0]?.form.SendAt?.[0] };
}

describe("Message → Send's Send At is read in the workflow's time zone", () => {
	test.each(['Europe/Berlin', 'America/New_York', 'Asia/Kolkata'])('09:00 in %s', async (zone) => {
		const { sent, error } = await scheduleAt(`${dayAhead}T09:00:00`, zone);
		expect(error).toBeUndefined();
		expect(sent).toBe(expected(`${dayAhead}T09:00:00`, zone));
	});

	test("the tests' own workflows are not in UTC, so a time read as UTC would show", async () => {
		const { sent } = await scheduleAt(`${dayAhead}T09:00:00`);
		expect(sent).toBe(expected(`${dayAhead}T09:00:00`, TEST_TIME_ZONE));
		expect(sent).not.toBe(`${dayAhead}T09:00:00Z`);
	});

	test('a time with its zone written out is that instant, whatever the workflow says', async () => {
		const { sent } = await scheduleAt(`${dayAhead}T09:00:00-05:00`, 'Asia/Tokyo');
		expect(sent).toBe(expected(`${dayAhead}T09:00:00-05:00`, 'utc'));
	});

	test("an expression's Luxon date keeps its own zone", async () => {
		const date = DateTime.fromISO(`${dayAhead}T09:00:00`, { zone: 'America/Los_Angeles' });
		const { sent } = await scheduleAt(date, 'Europe/Berlin');
		expect(sent).toBe(expected(`${dayAhead}T09:00:00`, 'America/Los_Angeles'));
	});

	test('a workflow time zone this n8n does not know fails the item, naming the field, and sends nothing', async () => {
		const { error } = await scheduleAt(`${dayAhead}T09:00:00`, 'Mars/Olympus_Mons');
		expect(error?.message).toMatch(
			/^Send At has a time without a zone, and the workflow's time zone "Mars\/Olympus_Mons" is not one/,
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('date filters: a picked day is that day in the workflow zone, a day alone is UTC', () => {
	async function filter(filters: Record<string, string>, timeZone: string) {
		twilio.emulator.requests.length = 0;
		await twilio.run({
			timeZone,
			parameters: {
				resource: 'message',
				operation: 'getMany',
				returnAll: false,
				limit: 5,
				filters,
			},
		});
		return twilio.emulator.requests[0].query;
	}

	test('the picker gives midnight: On or After starts at its midnight, On or Before ends at its last second', async () => {
		const query = await filter(
			{ dateSentOnOrAfter: '2026-03-01T00:00:00', dateSentOnOrBefore: '2026-03-31T00:00:00' },
			'America/New_York',
		);
		expect(query['DateSent>']).toEqual([expected('2026-03-01T00:00:00', 'America/New_York')]);
		// New York moves its clocks forward on 8 March 2026: the end of the 31st is at UTC-4.
		expect(query['DateSent<']).toEqual([expected('2026-03-31T23:59:59', 'America/New_York')]);
	});

	test("a day alone is Twilio's day, in UTC; the day filter sends the day as written", async () => {
		const query = await filter(
			{
				dateSentOnOrAfter: '2026-03-01',
				dateSentOnOrBefore: '2026-03-31',
				dateSent: '2026-03-15T00:00:00',
			},
			'America/New_York',
		);
		expect(query).toMatchObject({
			'DateSent>': ['2026-03-01'],
			'DateSent<': ['2026-03-31T23:59:59Z'],
			DateSent: ['2026-03-15'],
		});
	});
});

describe('toDate and inTimeZone, against Luxon', () => {
	test.each([
		['2026-12-10T09:00:00', 'Europe/Berlin'],
		['2026-07-10T09:00:00', 'Europe/Berlin'],
		['2026-12-10T23:30', 'Pacific/Auckland'],
		['2026-06-30T12:00:00', 'Australia/Adelaide'],
		// Clocks go forward: 02:30 does not exist in Berlin on 29 March 2026; Luxon reads it an hour
		// later.
		['2026-03-29T02:30:00', 'Europe/Berlin'],
		['2026-03-08T02:30:00', 'America/New_York'],
	])('%s in %s', (wallClock, zone) => {
		expect(toDate(wallClock, zone)?.instant.toISOString()).toBe(
			DateTime.fromISO(wallClock, { zone }).toUTC().toISO(),
		);
	});

	test('where clocks go back, a time that happens twice is its first instant (Luxon picks by the offset of today)', () => {
		// 01:30 happens twice in New York on 1 November 2026: at UTC-4, then at UTC-5.
		expect(toDate('2026-11-01T01:30:00', 'America/New_York')?.instant.toISOString()).toBe(
			'2026-11-01T05:30:00.000Z',
		);
		expect(toDate('2026-10-25T02:30:00', 'Europe/Berlin')?.instant.toISOString()).toBe(
			'2026-10-25T00:30:00.000Z',
		);
	});

	test('a whole day in a zone with a clock change lasts 23 hours', () => {
		const day = toDate('2026-03-29T00:00:00', 'Europe/Berlin')!.day!;
		expect(day.lastSecond.toISOString()).toBe('2026-03-29T21:59:59.000Z');
		expect(inTimeZone(Date.UTC(2026, 2, 29), 'Europe/Berlin').toISOString()).toBe(
			'2026-03-28T23:00:00.000Z',
		);
	});
});
