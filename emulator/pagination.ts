import { TwilioError } from './errors';
import type { Params } from './params';
import type { TwilioRecord } from './types';

export const PAGING_PARAMETERS = ['PageSize', 'Page', 'PageToken'];

/**
 * One page of a list as Twilio wraps it. PageToken is a cursor (`PA` + the last SID of the
 * previous page), so records added meanwhile do not shift later pages. Records without a SID
 * (queue members, usage records) give the cursor another key.
 */
export function listPage(
	listKey: string,
	records: TwilioRecord[],
	query: Params,
	apiPath: string,
	keyOf: (record: TwilioRecord) => string = (record) => String(record.sid),
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
	const filters = new URLSearchParams(
		query
			.keys()
			.flatMap((key) =>
				PAGING_PARAMETERS.includes(key)
					? []
					: query.getAll(key).map((value): [string, string] => [key, value]),
			),
	);
	const uriFor = (pageNumber: number, pageToken?: string) => {
		const parameters = new URLSearchParams(filters);
		parameters.set('PageSize', String(pageSize));
		parameters.set('Page', String(pageNumber));
		if (pageToken) parameters.set('PageToken', pageToken);
		return `${apiPath}?${parameters.toString()}`;
	};
	const hasMore = start + pageSize < records.length;
	return {
		[listKey]: slice,
		end: start + slice.length - 1,
		first_page_uri: uriFor(0),
		next_page_uri: hasMore ? uriFor(page + 1, `PA${keyOf(slice[slice.length - 1])}`) : null,
		page,
		page_size: pageSize,
		previous_page_uri: page > 0 ? uriFor(page - 1) : null,
		start,
		uri: uriFor(page, token),
	};
}
