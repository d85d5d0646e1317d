import type { IDataObject } from 'n8n-workflow';

import { CLASSIC_PRODUCT, isProductHost, type Product } from './hosts';

/** The most records Twilio returns in one page. */
const MAX_PAGE_SIZE = 1000;

/** The page size to ask for: just the limit when it fits in one page, else Twilio's maximum. */
export function pageSizeFor(limit: number | undefined, largest = MAX_PAGE_SIZE): number {
	const most = Math.min(largest, MAX_PAGE_SIZE);
	return limit === undefined ? most : Math.min(Math.max(1, limit), most);
}

/**
 * The path of the next page, from Twilio's `next_page_uri`, or undefined on the last page.
 * It must stay on the list the first page came from: an answer cannot send the node elsewhere.
 */
function nextPagePath(
	body: IDataObject,
	firstPath: string,
): string | undefined | { error: string } {
	const next = body.next_page_uri;
	if (next === null || next === undefined || next === '') return undefined;
	if (typeof next !== 'string' || next.split('?')[0] !== firstPath) {
		return {
			error: `Twilio's next page link does not continue the same list: ${String(next).slice(0, 200)}`,
		};
	}
	return next;
}

/**
 * The path (with its query) of the next page of a list of any product, or undefined on the last
 * page. The classic API links the next page as `next_page_uri`, a path; Twilio's newer APIs as
 * `meta.next_page_url`, an absolute URL on the product's host that carries PageSize, Page and
 * PageToken (twilio-node lib/base/Page.js, `getNextPageUrl`, reads either). The link must continue
 * the list the first page came from, on the product's own host or the configured base URL; only its
 * path and query are used: the next request goes to the same base URL as the first, so an answer
 * can never send the credential elsewhere.
 */
export function nextPageOf(
	body: IDataObject,
	firstPath: string,
	product: Product,
	baseUrl: string,
): string | undefined | { error: string } {
	if (product === CLASSIC_PRODUCT) return nextPagePath(body, firstPath);
	const meta = body.meta;
	const next =
		meta && typeof meta === 'object' && !Array.isArray(meta)
			? (meta as IDataObject).next_page_url
			: undefined;
	if (next === null || next === undefined || next === '') return undefined;
	const refused = {
		error: `Twilio's next page link does not continue the same list: ${String(next).slice(0, 200)}`,
	};
	if (typeof next !== 'string' || !URL.canParse(next)) return refused;
	const url = new URL(next);
	const atBase = `${url.origin}${url.pathname}` === `${baseUrl}${firstPath}`;
	if (!atBase && !(isProductHost(url, product) && url.pathname === firstPath)) return refused;
	return `${firstPath}${url.search}`;
}
