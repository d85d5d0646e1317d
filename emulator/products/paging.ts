import { TwilioError } from '../errors';
import type { Params } from '../params';
import type { ProductContext, TwilioRecord } from './types';

const PAGING = ['PageSize', 'Page', 'PageToken'];

/**
 * One page of a list as Twilio's newer APIs wrap it: the records under their key, and `meta` with
 * absolute links on the product's host (the spec's examples:
 * `https://verify.twilio.com/v2/Services?PageSize=50&Page=0`). As in the classic API, PageToken is
 * a cursor (`PA` + the last SID of the previous page).
 */
export function metaPage(
	key: string,
	records: TwilioRecord[],
	context: ProductContext,
	sidField = 'sid',
) {
	const { params } = context;
	const pageSize = Number(params.get('PageSize') ?? 50);
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
		throw new TwilioError(400, 20001, 'PageSize must be between 1 and 1000');
	const page = Number(params.get('Page') ?? 0);
	const token = params.get('PageToken');
	let start = 0;
	if (token) {
		const after = token.startsWith('PA')
			? records.findIndex((record) => record[sidField] === token.slice(2))
			: -1;
		if (after < 0) throw new TwilioError(400, 21481, 'Invalid PageToken');
		start = after + 1;
	}
	const slice = records.slice(start, start + pageSize);
	const link = (pageNumber: number, pageToken?: string) => {
		const query = filtersOf(params);
		query.set('PageSize', String(pageSize));
		query.set('Page', String(pageNumber));
		if (pageToken) query.set('PageToken', pageToken);
		return `${context.host}${context.apiPath}?${query.toString()}`;
	};
	const hasMore = start + pageSize < records.length;
	return {
		[key]: slice,
		meta: {
			page,
			page_size: pageSize,
			first_page_url: link(0),
			previous_page_url: page > 0 ? link(page - 1) : null,
			url: link(page, token),
			next_page_url: hasMore
				? link(page + 1, `PA${String(slice[slice.length - 1][sidField])}`)
				: null,
			key,
		},
	};
}

function filtersOf(params: Params): URLSearchParams {
	return new URLSearchParams(
		params
			.keys()
			.flatMap((key) =>
				PAGING.includes(key)
					? []
					: params.getAll(key).map((value): [string, string] => [key, value]),
			),
	);
}

/** Twilio's newer APIs write times as ISO 8601 in UTC without fractions: `2015-07-30T20:00:00Z`. */
export function iso(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
