import type { OperationDeclaration, ResourceDeclaration } from '../../../declarations/complete';
import type { OpenApiOperation } from '../../../engine/openApi';
import { API_V2010 } from '../digest';

/** One list of usage records, over the period it names; `getLastMonth` reads "Get Last Month". */
function period(value: string, spec: OpenApiOperation, what: string): OperationDeclaration {
	return {
		value,
		name: value.replace(/^g/, 'G').replace(/[A-Z]/g, (letter, at) => (at ? ` ${letter}` : letter)),
		action: `Get usage records ${what}`,
		description: `List the account's usage ${what}: one record per usage category, with its count and price`,
		spec,
	};
}

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const usageRecordResource = (): ResourceDeclaration => ({
	value: 'usageRecord',
	name: 'Usage Record',
	description:
		'What the account used and spent, by category (calls, messages, numbers…) and period',
	operations: [
		period('getMany', API_V2010.ListUsageRecord, 'over a date range'),
		period('getAllTime', API_V2010.ListUsageRecordAllTime, 'since the account was created'),
		period('getDaily', API_V2010.ListUsageRecordDaily, 'day by day'),
		period('getLastMonth', API_V2010.ListUsageRecordLastMonth, 'last month'),
		period('getMonthly', API_V2010.ListUsageRecordMonthly, 'month by month'),
		period('getThisMonth', API_V2010.ListUsageRecordThisMonth, 'this month so far'),
		period('getToday', API_V2010.ListUsageRecordToday, 'today so far'),
		period('getYearly', API_V2010.ListUsageRecordYearly, 'year by year'),
		period('getYesterday', API_V2010.ListUsageRecordYesterday, 'yesterday'),
	],
});
