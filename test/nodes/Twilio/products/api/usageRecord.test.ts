import { useTwilio } from '../../../../helpers/twilio';

/**
 * Usage records take a day or an offset from today: "You can also specify offsets from the current
 * date, such as: `-30days`" (StartDate), "such as: `+30days`" (EndDate), in ListUsageRecord's
 * description.
 */

const twilio = useTwilio();
const utcDay = (offsetDays: number) =>
	new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const daily = (filters: Record<string, string>) =>
	twilio.run({
		parameters: {
			resource: 'usageRecord',
			operation: 'getDaily',
			returnAll: true,
			filters: { category: 'sms', ...filters },
		},
	});

describe('Usage Record → Get Daily', () => {
	test('Start Date -3days and End Date +0days are sent as written, and Twilio counts from today', async () => {
		const { output, error } = await daily({ startDate: '-3days', endDate: '+0days' });
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query).toMatchObject({
			StartDate: ['-3days'],
			EndDate: ['+0days'],
		});
		expect(output.map((item) => item.json.start_date)).toEqual([
			utcDay(-3),
			utcDay(-2),
			utcDay(-1),
			utcDay(0),
		]);
	});

	test("a day picked in the editor is sent as that day (Twilio's days are UTC)", async () => {
		const { error } = await daily({ startDate: '2026-01-01T00:00:00', endDate: '2026-01-02' });
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query).toMatchObject({
			StartDate: ['2026-01-01'],
			EndDate: ['2026-01-02'],
		});
	});

	test.each([
		[
			'yesterday',
			/^Start Date "yesterday" is not a day such as 2024-05-31 or an offset from today such as -30days/,
		],
		['-30 days ago', /^Start Date "-30 days ago" is not a day/],
		[
			'2026-01-01T10:30:00',
			/^Start Date takes a day such as 2026-01-01 or an offset from today such as -30days, not a time of day/,
		],
	])('%p is refused, naming the field, before anything is sent', async (startDate, message) => {
		const { error } = await daily({ startDate });
		expect(error?.message).toMatch(message);
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});
