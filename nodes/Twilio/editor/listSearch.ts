import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodeListSearchResult,
	type INodeProperties,
} from 'n8n-workflow';

import type { Lookup } from '../fields/lookups';
import { isSid } from '../transport/sid';
import { TwilioClient } from '../transport/client';
import { CLASSIC_PRODUCT, type Product } from '../transport/hosts';
import { nextPageOf } from '../transport/pagination';

/** Entries per page of the editor's list; the editor asks for the next page as the user scrolls. */
const SEARCH_PAGE_SIZE = 100;

type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/**
 * The list's product, path and key: those of the Get Many operation it names (the catalog is loaded
 * on first use).
 */
async function listSource(
	lookup: Lookup,
): Promise<{ product: Product; path: string; key: string }> {
	if ('path' in lookup.list) return { product: CLASSIC_PRODUCT, ...lookup.list };
	const { resource, operation } = lookup.list;
	const { findOperation } = await import('../products');
	const declared = findOperation(resource, operation);
	if (!declared?.list || typeof declared.path !== 'string') {
		throw new Error(`${resource} → ${operation} is not a list operation with a fixed path`);
	}
	return { product: declared.product, path: declared.path, key: declared.list.key };
}

/**
 * Whether a record is one the lookup offers: the value at its `only` path
 * (`approval_requests.status`) is the one wanted.
 */
function offered(lookup: Lookup, record: IDataObject): boolean {
	if (!lookup.only) return true;
	let value: unknown = record;
	for (const key of lookup.only.field.split('.'))
		value = value && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	return value === lookup.only.equals;
}

/** Fills a `{field}` template from a record; empty when one of its fields has no value. */
function fill(template: string, record: IDataObject): string {
	let complete = true;
	const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = record[name];
		if (value === undefined || value === null || value === '') complete = false;
		return complete ? String(value) : '';
	});
	return complete ? text : '';
}

/** What the list shows for a record: its title, then the details that say something more. */
function entryName(lookup: Lookup, record: IDataObject): string {
	const title = fill(lookup.title, record) || String(record[lookup.value]);
	const details = (lookup.details ?? [])
		.map((detail) => fill(detail, record))
		.filter((detail) => detail && detail !== title);
	return details.length ? `${title} (${details.join(', ')})` : title;
}

/**
 * The account whose records are listed: the node's Options → Account SID when it holds one, else
 * the credential's.
 */
function accountToList(context: ILoadOptionsFunctions, client: TwilioClient): string {
	const option = context.getCurrentNodeParameter('options.accountSid');
	return typeof option === 'string' && isSid('account', option.trim())
		? option.trim()
		: client.accountSid;
}

/**
 * One list-search method: a page of the account's records, each as its entry and value. A search
 * made of digits goes to Twilio's filter where the lookup has one (part of a phone number); other
 * text is matched against the entries of the page.
 */
function listSearchMethod(lookup: Lookup): ListSearchMethod {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		const client = await TwilioClient.connect(this);
		const { product, path, key } = await listSource(lookup);
		const firstPath = `${path.replace('{AccountSid}', encodeURIComponent(accountToList(this, client)))}`;
		const search = (filter ?? '').trim();
		const digits = search.replace(/[\s()-]/g, '');
		const byDigits = lookup.digitsFilter !== undefined && /^\+?\d+$/.test(digits);

		let request = {
			path: firstPath,
			query: new URLSearchParams({ PageSize: String(SEARCH_PAGE_SIZE) }),
		};
		if (byDigits) request.query.set(lookup.digitsFilter!, digits);
		if (paginationToken) {
			// The token is the path of the next page that Twilio linked: it must continue this list.
			if (paginationToken.split('?')[0] !== firstPath)
				throw new NodeOperationError(this.getNode(), 'The list cannot continue from that page');
			request = { path: paginationToken, query: new URLSearchParams() };
		}
		const { body } = await client.send({
			method: 'GET',
			product,
			...request,
			retry: 'idempotent',
			itemIndex: 0,
		});
		const page = body as IDataObject;
		const records = (Array.isArray(page[key]) ? page[key] : []) as IDataObject[];
		const wanted = byDigits ? '' : search.toLowerCase();
		const results = records
			.filter(
				(record) =>
					record[lookup.value] !== undefined &&
					record[lookup.value] !== null &&
					offered(lookup, record),
			)
			.map((record) => ({ name: entryName(lookup, record), value: String(record[lookup.value]) }))
			.filter((entry) => !wanted || entry.name.toLowerCase().includes(wanted));
		const next = nextPageOf(page, firstPath, product, client.baseUrlOf(product));
		return { results, paginationToken: typeof next === 'string' ? next : undefined };
	};
}

/** The list-search methods that a node's fields name, wherever they are nested. */
function methodsNamed(properties: readonly unknown[]): string[] {
	return properties.flatMap((property) => {
		if (!property || typeof property !== 'object') return [];
		const { typeOptions, options, values, modes } = property as Partial<INodeProperties> & {
			values?: unknown[];
		};
		const method = typeOptions?.searchListMethod;
		return [
			...(typeof method === 'string' ? [method] : []),
			...methodsNamed([...(options ?? []), ...(values ?? []), ...(modes ?? [])]),
		];
	});
}

/**
 * A node's `methods.listSearch`: one method for each list its fields name (`searchCalls`…). The
 * list each reads is found in the products' registry on first use, so loading the node loads no
 * product.
 */
export function listSearchOf(
	properties: readonly INodeProperties[],
): Record<string, ListSearchMethod> {
	return Object.fromEntries(
		[...new Set(methodsNamed(properties))].map((method) => {
			let search: ListSearchMethod | undefined;
			const run: ListSearchMethod = async function (filter, paginationToken) {
				if (!search) {
					const { listSearchedBy } = await import('../products');
					const lookup = listSearchedBy(method);
					if (!lookup) throw new Error(`No list is searched by ${method}`);
					search = listSearchMethod(lookup);
				}
				return await search.call(this, filter, paginationToken);
			};
			return [method, run];
		}),
	);
}
