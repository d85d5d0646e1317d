import type { IDataObject } from 'n8n-workflow';

/** The most records Twilio returns in one page. */
export const MAX_PAGE_SIZE = 1000;

/** The page size to ask for: just the limit when it fits in one page, else Twilio's maximum. */
export function pageSizeFor(limit: number | undefined): number {
	return limit === undefined ? MAX_PAGE_SIZE : Math.min(Math.max(1, limit), MAX_PAGE_SIZE);
}

/**
 * The path of the next page, from Twilio's `next_page_uri`, or undefined on the last page.
 * It must stay on the list the first page came from: an answer cannot send the node elsewhere.
 */
export function nextPagePath(body: IDataObject, firstPath: string): string | undefined | { error: string } {
	const next = body.next_page_uri;
	if (next === null || next === undefined || next === '') return undefined;
	if (typeof next !== 'string' || next.split('?')[0] !== firstPath) {
		return { error: `Twilio's next page link does not continue the same list: ${String(next).slice(0, 200)}` };
	}
	return next;
}
