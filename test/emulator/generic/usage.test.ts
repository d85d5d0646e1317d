import { seedMessages, seedRecord } from '../../../emulator';
import { api } from '../../helpers/api';
import { useEmulator } from '../../helpers/emulator';

const suite = useEmulator();
const today = () => new Date().toISOString().slice(0, 10);
type UsageRecord = {
	category: string;
	count: string;
	usage: string;
	start_date: string;
	end_date: string;
	price: number;
};
const records = async (path: string) =>
	(await api(suite.emulator, 'GET', path)).body.usage_records as UsageRecord[];

test('usage is counted from what the account did: messages and their segments, calls and their minutes', async () => {
	const { emulator } = suite;
	seedMessages(emulator, 3);
	seedRecord(
		emulator,
		'/Accounts/{AccountSid}/Calls/{Sid}.json',
		{},
		{ duration: '125', start_time: new Date().toUTCString().replace('GMT', '+0000') },
	);
	const all = await records('/Usage/Records.json');
	expect(all.find((record) => record.category === 'sms')).toMatchObject({
		count: '3',
		usage: '3',
		end_date: today(),
	});
	// 125 seconds bill as 3 minutes.
	expect(all.find((record) => record.category === 'calls')).toMatchObject({
		count: '1',
		usage: '3',
	});
});

test('the same store and day give the same records (as_of is the time of the answer)', async () => {
	seedMessages(suite.emulator, 2);
	const withoutAsOf = async () =>
		(await records('/Usage/Records/AllTime.json')).map(
			({ as_of, ...record }: UsageRecord & { as_of?: string }) => (void as_of, record),
		);
	const first = await withoutAsOf();
	expect(first.length).toBeGreaterThan(1);
	expect(await withoutAsOf()).toEqual(first);
});

test('Daily has a record per category and day, bounded by StartDate and EndDate', async () => {
	const daily = await records(
		'/Usage/Records/Daily.json?Category=sms&StartDate=2026-01-01&EndDate=2026-01-03',
	);
	expect(daily.map((record) => [record.start_date, record.end_date])).toEqual([
		['2026-01-01', '2026-01-01'],
		['2026-01-02', '2026-01-02'],
		['2026-01-03', '2026-01-03'],
	]);
	const monthly = await records(
		'/Usage/Records/Monthly.json?Category=calls&StartDate=2026-01-15&EndDate=2026-03-02',
	);
	expect(monthly.map((record) => [record.start_date, record.end_date])).toEqual([
		['2026-01-15', '2026-01-31'],
		['2026-02-01', '2026-02-28'],
		['2026-03-01', '2026-03-02'],
	]);
});

test('Today, Yesterday, ThisMonth and LastMonth cover their period', async () => {
	const now = new Date();
	const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
	expect((await records('/Usage/Records/Today.json?Category=sms'))[0]).toMatchObject({
		start_date: today(),
		end_date: today(),
	});
	expect((await records('/Usage/Records/Yesterday.json?Category=sms'))[0]).toMatchObject({
		start_date: yesterday,
		end_date: yesterday,
	});
	expect((await records('/Usage/Records/ThisMonth.json?Category=sms'))[0]).toMatchObject({
		start_date: `${today().slice(0, 7)}-01`,
		end_date: today(),
	});
	const lastMonth = (await records('/Usage/Records/LastMonth.json?Category=sms'))[0];
	expect(lastMonth.start_date.endsWith('-01')).toBe(true);
	expect(new Date(`${lastMonth.end_date}T00:00:00Z`).getTime() + 86_400_000).toBe(
		new Date(`${today().slice(0, 7)}-01T00:00:00Z`).getTime(),
	);
});

test("a subaccount's usage counts for its owner unless IncludeSubaccounts is false", async () => {
	const { emulator } = suite;
	const sub = (await api(emulator, 'POST', '/2010-04-01/Accounts.json', { FriendlyName: 'Sub' }))
		.body;
	seedMessages(emulator, 2, { accountSid: String(sub.sid) });
	expect((await records('/Usage/Records/Today.json?Category=sms'))[0].count).toBe('2');
	expect(
		(await records('/Usage/Records/Today.json?Category=sms&IncludeSubaccounts=false'))[0].count,
	).toBe('0');
});

describe('usage triggers', () => {
	test('an offset trigger value is counted from the current usage', async () => {
		seedMessages(suite.emulator, 4);
		const trigger = await api(suite.emulator, 'POST', '/Usage/Triggers.json', {
			UsageCategory: 'sms',
			TriggerValue: '+10',
			TriggerBy: 'count',
			CallbackUrl: 'https://example.com/usage',
		});
		expect(trigger.status).toBe(201);
		expect(trigger.body).toMatchObject({
			usage_category: 'sms',
			current_value: '4',
			trigger_value: '14',
			trigger_by: 'count',
			date_fired: null,
		});
		expect(trigger.body.usage_record_uri).toBe(
			`/2010-04-01/Accounts/${suite.emulator.account.sid}/Usage/Records.json?Category=sms`,
		);
		const listed = await api(suite.emulator, 'GET', '/Usage/Triggers.json?UsageCategory=sms');
		expect((listed.body.usage_triggers as unknown[]).length).toBe(1);
		expect(
			(
				(await api(suite.emulator, 'GET', '/Usage/Triggers.json?UsageCategory=calls')).body
					.usage_triggers as unknown[]
			).length,
		).toBe(0);
	});

	test('a trigger value that is not a number is refused', async () => {
		const refused = await api(suite.emulator, 'POST', '/Usage/Triggers.json', {
			UsageCategory: 'sms',
			TriggerValue: 'lots',
			CallbackUrl: 'https://example.com/usage',
		});
		expect(refused.status).toBe(400);
	});
});
