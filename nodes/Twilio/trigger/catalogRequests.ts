import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

import { fillPath } from '../engine/request';
import type { OperationDefinition } from '../engine/types';
import { findOperation } from '../products';
import type { TwilioClient } from '../transport/client';
import { nextPageOf } from '../transport/pagination';
import type { HttpMethod, RetrySafety } from '../transport/wire';

/**
 * What the triggers send on their own (a number's webhook, an Event Streams sink, a poll) goes
 * through the action nodes' operations: their product, method, path and retry class.
 */
interface CatalogRequest {
	method: HttpMethod;
	product: string;
	path: string;
	retry: RetrySafety;
	list?: OperationDefinition['list'];
}

/**
 * One of the catalog's operations, its path filled with the values given (the credential's
 * account by default), each encoded. A path chosen by values is the one with none (the account's).
 */
export function catalogRequest(
	client: TwilioClient,
	resource: string,
	operation: string,
	values: Record<string, string> = {},
): CatalogRequest {
	const found = findOperation(resource, operation);
	if (!found) throw new Error(`No operation ${resource} → ${operation}`);
	const template = typeof found.path === 'string' ? found.path : found.path({});
	const filled: Record<string, string> = { AccountSid: client.accountSid, ...values };
	return {
		method: found.method,
		product: found.product,
		path: fillPath(template, new Map(Object.entries(filled))),
		retry: found.retry === 'idempotent' ? 'idempotent' : 'once',
		list: found.list,
	};
}

/** The records of a catalog list: every page, following Twilio's links, or the first page only. */
export async function readAll(
	client: TwilioClient,
	node: INode,
	list: CatalogRequest,
	query = new URLSearchParams(),
	{ firstPageOnly = false } = {},
): Promise<IDataObject[]> {
	if (!list.list) throw new Error(`${list.path} is not a list`);
	const records: IDataObject[] = [];
	let page: { path: string; query?: URLSearchParams } | undefined = { path: list.path, query };
	while (page) {
		const { body } = await client.send({ ...list, ...page, itemIndex: 0 });
		records.push(...(((body as IDataObject)[list.list.key] as IDataObject[] | undefined) ?? []));
		if (firstPageOnly) break;
		const next = nextPageOf(
			body as IDataObject,
			list.path,
			list.product,
			client.baseUrlOf(list.product),
		);
		if (typeof next === 'object') throw new NodeOperationError(node, next.error);
		page = next === undefined ? undefined : { path: next };
	}
	return records;
}
