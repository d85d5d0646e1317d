import { TwilioError } from '../errors';
import type { Params } from '../params';
import type { TwilioRecord } from '../types';

export const PAGING_PARAMETERS = ['PageSize', 'Page', 'PageToken'];

/**
 * The page a query asks for. PageToken is a cursor (`PA` + the last key of the previous page), so
 * records added meanwhile do not shift later pages. Records without a SID (queue members, usage
 * records) give the cursor another key.
 */
function pageOf(
	records: TwilioRecord[],
	query: Params,
	apiPath: string,
	keyOf: (record: TwilioRecord) => string,
) {
	const pageSize = Number(query.get('PageSize') ?? 50);
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
		throw new TwilioError(400, 20001, 'PageSize must be between 1 and 1000');
	}
	const page = Number(query.get('Page') ?? 0);
	const token = query.get('PageToken');
	let start = 0;
	if (token) {
		const lastSid = token.startsWith('PA') ? token.slice(2) : undefined;
		const after =
			lastSid === undefined ? -1 : records.findIndex((record) => keyOf(record) === lastSid);
		if (after < 0) throw new TwilioError(400, 21481, 'Invalid PageToken');
		start = after + 1;
	}
	const slice = records.slice(start, start + pageSize);
	const uriFor = (pageNumber: number, pageToken?: string) => {
		const parameters = filtersOf(query);
		parameters.set('PageSize', String(pageSize));
		parameters.set('Page', String(pageNumber));
		if (pageToken) parameters.set('PageToken', pageToken);
		return `${apiPath}?${parameters.toString()}`;
	};
	const next =
		start + pageSize < records.length ? `PA${keyOf(slice[slice.length - 1])}` : undefined;
	return { slice, start, page, pageSize, token, next, uriFor };
}

/**
 * One page of a list of the classic API: the records under their key, and links to other pages as
 * paths (`next_page_uri`).
 */
export function listPage(
	listKey: string,
	records: TwilioRecord[],
	query: Params,
	apiPath: string,
	keyOf: (record: TwilioRecord) => string = (record) => String(record.sid),
) {
	const { slice, start, page, pageSize, token, next, uriFor } = pageOf(
		records,
		query,
		apiPath,
		keyOf,
	);
	return {
		[listKey]: slice,
		end: start + slice.length - 1,
		first_page_uri: uriFor(0),
		next_page_uri: next ? uriFor(page + 1, next) : null,
		page,
		page_size: pageSize,
		previous_page_uri: page > 0 ? uriFor(page - 1) : null,
		start,
		uri: uriFor(page, token),
	};
}

/**
 * One page of a list as Twilio's newer APIs wrap it: the records under their key, and `meta` with
 * absolute links on the product's host (the descriptions' examples:
 * `https://verify.twilio.com/v2/Services?PageSize=50&Page=0`). `url` is the list's URL there.
 */
export function metaPage(
	listKey: string,
	records: TwilioRecord[],
	query: Params,
	url: string,
	keyOf: (record: TwilioRecord) => string = (record) => String(record.sid),
) {
	const { slice, page, pageSize, token, next, uriFor } = pageOf(records, query, url, keyOf);
	return {
		[listKey]: slice,
		meta: {
			page,
			page_size: pageSize,
			first_page_url: uriFor(0),
			previous_page_url: page > 0 ? uriFor(page - 1) : null,
			url: uriFor(page, token),
			next_page_url: next ? uriFor(page + 1, next) : null,
			key: listKey,
		},
	};
}

function filtersOf(query: Params): URLSearchParams {
	return new URLSearchParams(
		query
			.keys()
			.flatMap((key) =>
				PAGING_PARAMETERS.includes(key)
					? []
					: query.getAll(key).map((value): [string, string] => [key, value]),
			),
	);
}

/** Twilio's newer APIs write times as ISO 8601 in UTC without fractions: `2015-07-30T20:00:00Z`. */
export function iso(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
