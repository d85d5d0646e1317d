import { json } from '../../../answer';
import { invalidParameter } from '../../../errors';
import { listPage } from '../../../engine/paging';
import type { TwilioRecord } from '../../../types';
import { present } from '../../../engine/records';
import type { Behaviour, GenericContext } from '../../../engine/types';

/**
 * Usage the emulator can count from its own records, by usage category (docs: Usage Records →
 * Usage Categories): what each one counts, in which unit, and where its records are. Every other
 * category of Twilio's list has no usage here, so it is not listed.
 */
interface Category {
	category: string;
	description: string;
	countUnit: string;
	usageUnit: string;
	collection: string;
	/** The record's date (RFC 2822). */
	date(record: TwilioRecord): unknown;
	/** Its usage in `usageUnit`. */
	usage(record: TwilioRecord): number;
}

const minutes = (record: TwilioRecord) => Math.ceil(Math.max(0, Number(record.duration) || 0) / 60);

const CATEGORIES: Category[] = [
	{
		category: 'calls',
		description: 'Voice Minutes',
		countUnit: 'calls',
		usageUnit: 'minutes',
		collection: 'Calls',
		date: (record) => record.start_time ?? record.date_created,
		usage: minutes,
	},
	{
		category: 'sms',
		description: 'SMS',
		countUnit: 'messages',
		usageUnit: 'messages',
		collection: 'Messages',
		date: (record) => record.date_created,
		usage: (record) => Number(record.num_segments) || 1,
	},
	{
		category: 'phonenumbers',
		description: 'Phone Numbers',
		countUnit: 'numbers',
		usageUnit: 'numbers',
		collection: 'IncomingPhoneNumbers',
		date: (record) => record.date_created,
		usage: () => 1,
	},
	{
		category: 'recordings',
		description: 'Voice Recordings',
		countUnit: 'recordings',
		usageUnit: 'minutes',
		collection: 'Recordings',
		date: (record) => record.date_created,
		usage: minutes,
	},
	{
		category: 'transcriptions',
		description: 'Voice Transcriptions',
		countUnit: 'transcriptions',
		usageUnit: 'minutes',
		collection: 'Transcriptions',
		date: (record) => record.date_created,
		usage: minutes,
	},
];

const DAY = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);
const startOfDay = (text: string) => new Date(`${text}T00:00:00Z`);

/** The windows one list covers: the period of each of its records. */
type Window = { start: string; end: string };

function windows(operation: string, first: string, last: string, now: Date): Window[] {
	const today = day(now);
	const yesterday = day(new Date(now.getTime() - DAY));
	const monthStart = `${today.slice(0, 7)}-01`;
	const lastMonthEnd = day(new Date(startOfDay(monthStart).getTime() - DAY));
	const split = (step: (date: Date) => Date, size: (date: Date) => string) => {
		const periods: Window[] = [];
		for (let start = startOfDay(first); day(start) <= last; start = step(start)) {
			const end = size(start);
			periods.push({
				start: day(start) < first ? first : day(start),
				end: end > last ? last : end,
			});
		}
		return periods;
	};
	const monthEnd = (date: Date) =>
		day(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
	switch (operation) {
		case 'ListUsageRecordDaily':
			return split((date) => new Date(date.getTime() + DAY), day);
		case 'ListUsageRecordMonthly':
			return split(
				(date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)),
				monthEnd,
			);
		case 'ListUsageRecordYearly':
			return split(
				(date) => new Date(Date.UTC(date.getUTCFullYear() + 1, 0, 1)),
				(date) => `${date.getUTCFullYear()}-12-31`,
			);
		case 'ListUsageRecordToday':
			return [{ start: today, end: today }];
		case 'ListUsageRecordYesterday':
			return [{ start: yesterday, end: yesterday }];
		case 'ListUsageRecordThisMonth':
			return [{ start: monthStart, end: today }];
		case 'ListUsageRecordLastMonth':
			return [{ start: `${lastMonthEnd.slice(0, 7)}-01`, end: lastMonthEnd }];
		default:
			return [{ start: first, end: last }];
	}
}

/**
 * The accounts a usage list counts: IncludeSubaccounts "`true` (the default) to include usage from
 * the master account and all subaccounts".
 */
function accountsCounted(context: GenericContext): string[] {
	const own = context.path.AccountSid;
	if (context.params.get('IncludeSubaccounts') === 'false') return [own];
	return [
		own,
		...context.accounts
			.all()
			.filter((account) => account.ownerSid === own && account.sid !== own)
			.map((account) => account.sid),
	];
}

const inWindow = (date: unknown, window: Window) => {
	const time = new Date(String(date)).getTime();
	return (
		!Number.isNaN(time) &&
		time >= startOfDay(window.start).getTime() &&
		time < startOfDay(window.end).getTime() + DAY
	);
};

/** Count, usage and price of one category over a window, from the counted accounts' records. */
function measure(context: GenericContext, category: Category, window: Window) {
	const records = accountsCounted(context)
		.flatMap((account) =>
			context.store.list(`/2010-04-01/Accounts/${account}/${category.collection}`),
		)
		.filter((record) => inWindow(category.date(record), window));
	const price = records.reduce((total, record) => total + Math.abs(Number(record.price) || 0), 0);
	return {
		count: records.length,
		usage: records.reduce((total, record) => total + category.usage(record), 0),
		price,
	};
}

/**
 * A StartDate or EndDate as a day: `YYYY-MM-DD`, or an offset from today, "such as: `-30days`,
 * which will set the start date to be 30 days before the current date" (ListUsageRecord's
 * description).
 */
function dayOf(value: string | undefined, now: Date): string | undefined {
	const offset = value === undefined ? null : /^([+-]\d+)days$/.exec(value);
	return offset ? day(new Date(now.getTime() + Number(offset[1]) * 86_400_000)) : value;
}

/**
 * The nine usage-record lists (Records, AllTime, Daily, Monthly, Yearly, Today, Yesterday,
 * ThisMonth, LastMonth), computed from the records the emulator holds, so the same store and day
 * give the same answer. StartDate and EndDate ("Only include usage that has occurred on or after
 * this date", "on or before") bound the periods; without StartDate the list starts on the day of
 * the earliest counted record (today when there is none), without EndDate it ends today.
 * `totalprice` sums the prices of the other categories.
 */
function usageList(context: GenericContext) {
	const { params, operation, now } = context;
	const dates = CATEGORIES.flatMap((category) =>
		accountsCounted(context).flatMap((account) =>
			context.store
				.list(`/2010-04-01/Accounts/${account}/${category.collection}`)
				.map((record) => new Date(String(category.date(record)))),
		),
	).filter((date) => !Number.isNaN(date.getTime()));
	const earliest = dates.length
		? day(new Date(Math.min(...dates.map((date) => date.getTime()))))
		: day(now);
	const first = dayOf(params.get('StartDate'), now) ?? earliest;
	const last = dayOf(params.get('EndDate'), now) ?? day(now);
	if (first > last) throw invalidParameter(20001, `StartDate ${first} is after EndDate ${last}`);
	const base = `/2010-04-01/Accounts/${context.path.AccountSid}/Usage/Records`;
	const listPath = context.apiPath.replace(/\.json$/, '');
	const subresources = (category: string) =>
		Object.fromEntries(
			[
				['all_time', 'AllTime'],
				['daily', 'Daily'],
				['last_month', 'LastMonth'],
				['monthly', 'Monthly'],
				['this_month', 'ThisMonth'],
				['today', 'Today'],
				['yearly', 'Yearly'],
				['yesterday', 'Yesterday'],
			].map(([name, path]) => [name, `${base}/${path}.json?Category=${category}`]),
		);
	const asOf = `${now.toISOString().slice(0, 19)}+00:00`;
	const records: TwilioRecord[] = [];
	for (const window of windows(operation.operationId, first, last, now)) {
		const measured = CATEGORIES.map((category) => ({
			category,
			...measure(context, category, window),
		}));
		const total = measured.reduce((sum, { price }) => sum + price, 0);
		const rows = [
			...measured.map(({ category, count, usage, price }) => ({
				category: category.category,
				description: category.description,
				count: String(count),
				count_unit: category.countUnit,
				usage: String(usage),
				usage_unit: category.usageUnit,
				price,
			})),
			{
				category: 'totalprice',
				description: 'Total Price',
				count: '0',
				count_unit: '',
				usage: total.toFixed(5),
				usage_unit: 'usd',
				price: total,
			},
		];
		for (const row of rows) {
			records.push({
				account_sid: context.path.AccountSid,
				api_version: '2010-04-01',
				as_of: asOf,
				...row,
				price: Number(row.price.toFixed(5)),
				price_unit: 'usd',
				start_date: window.start,
				end_date: window.end,
				subresource_uris: subresources(row.category),
				uri: `${listPath}.json?Category=${row.category}&StartDate=${window.start}&EndDate=${window.end}`,
			});
		}
	}
	const category = params.get('Category');
	const matching = category ? records.filter((record) => record.category === category) : records;
	const page = listPage(
		'usage_records',
		matching,
		params,
		context.apiPath,
		(record) => `${String(record.category)}:${String(record.start_date)}`,
	);
	return json(200, {
		...page,
		usage_records: (page.usage_records as TwilioRecord[]).map((record) =>
			present(record, context.schema),
		),
	});
}

/** The current usage of a category (all time), as a trigger compares it. */
function currentValue(context: GenericContext, category: string, by: string): number {
	const known = CATEGORIES.find((candidate) => candidate.category === category);
	if (!known) return 0;
	const measured = measure(context, known, { start: '1970-01-01', end: day(context.now) });
	return by === 'count' ? measured.count : by === 'price' ? measured.price : measured.usage;
}

/**
 * TriggerValue: "The usage value at which the trigger should fire. For convenience, you can use an
 * offset value such as `+30` to specify a trigger_value that is 30 units more than the current
 * usage value"; TriggerBy defaults to `usage` (the description, CreateUsageTrigger). The trigger
 * shows the current value and the usage record it watches.
 */
const createTrigger: Behaviour = {
	check(context) {
		const value = context.params.get('TriggerValue') ?? '';
		if (!/^\+?\d+(\.\d+)?$/.test(value))
			throw invalidParameter(
				20001,
				`TriggerValue must be a number or an offset such as +30, not ${value}`,
			);
	},
	apply(trigger, context) {
		const category = String(context.params.get('UsageCategory'));
		const by = context.params.get('TriggerBy') ?? 'usage';
		const current = currentValue(context, category, by);
		const value = String(context.params.get('TriggerValue'));
		trigger.trigger_by = by;
		trigger.current_value = String(current);
		trigger.trigger_value = value.startsWith('+')
			? String(current + Number(value.slice(1)))
			: value;
		trigger.recurring = context.params.get('Recurring') ?? '';
		trigger.callback_method = context.params.get('CallbackMethod') ?? 'POST';
		trigger.date_fired = null;
		trigger.usage_record_uri = `/2010-04-01/Accounts/${context.path.AccountSid}/Usage/Records.json?Category=${category}`;
	},
};

const list: Behaviour = { handle: usageList };

export const usageBehaviours: Record<string, Behaviour> = {
	ListUsageRecord: list,
	ListUsageRecordAllTime: list,
	ListUsageRecordDaily: list,
	ListUsageRecordMonthly: list,
	ListUsageRecordYearly: list,
	ListUsageRecordToday: list,
	ListUsageRecordYesterday: list,
	ListUsageRecordThisMonth: list,
	ListUsageRecordLastMonth: list,
	CreateUsageTrigger: createTrigger,
};
