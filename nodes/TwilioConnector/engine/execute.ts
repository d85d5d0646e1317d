import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { findOperation } from '../resources';
import { TwilioClient, type TwilioRequest } from '../transport/client';
import { nextPagePath, pageSizeFor } from '../transport/pagination';
import { buildRequest, subjectSid } from './request';
import type { OperationDefinition } from './types';
import { readItem, type ItemRequest } from './values';

/** Runs the node: one Twilio operation per input item, outputs paired to their item. */
export async function executeOperations(context: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const client = await TwilioClient.connect(context);
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const outcome = await settle(context, runItem(context, client, itemIndex), itemIndex);
		if ('error' in outcome) {
			if (!context.continueOnFail()) throw outcome.error;
			output.push({ json: errorJson(outcome.error), pairedItem: { item: itemIndex } });
		} else {
			for (const json of outcome.records) output.push({ json, pairedItem: { item: itemIndex } });
		}
	}
	return [output];
}

type Outcome = { records: IDataObject[] } | { error: NodeApiError | NodeOperationError };

/** Waits for an item's run; an unexpected error becomes a NodeOperationError of that item. */
async function settle(context: IExecuteFunctions, run: Promise<IDataObject[]>, itemIndex: number): Promise<Outcome> {
	return run.then(
		(records) => ({ records }),
		(error: unknown) => ({
			error:
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(context.getNode(), error as Error, { itemIndex }),
		}),
	);
}

async function runItem(context: IExecuteFunctions, client: TwilioClient, itemIndex: number): Promise<IDataObject[]> {
	const resource = context.getNodeParameter('resource', itemIndex) as string;
	const operationValue = context.getNodeParameter('operation', itemIndex) as string;
	const operation = findOperation(resource, operationValue);
	if (!operation) {
		throw new NodeOperationError(context.getNode(), `Unknown operation "${resource} → ${operationValue}"`, { itemIndex });
	}
	const item = readItem(context, operation, itemIndex);
	const request = buildRequest(operation, item, client.accountSid, itemIndex);
	try {
		if (operation.list) return await readList(context, client, operation, request, item, itemIndex);
		const response = await client.send(request);
		return toRecords(operation, response.body, item);
	} catch (error) {
		throw operation.retired ? explainRetirement(context, operation, error, itemIndex) : error;
	}
}

/** Pages through a list until its end or the item's Limit. */
async function readList(
	context: IExecuteFunctions,
	client: TwilioClient,
	operation: OperationDefinition,
	firstRequest: TwilioRequest,
	item: ItemRequest,
	itemIndex: number,
): Promise<IDataObject[]> {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (context.getNodeParameter('limit', itemIndex, 50) as number);
	firstRequest.query?.set('PageSize', String(pageSizeFor(limit)));
	const key = operation.list!.key;
	const records: IDataObject[] = [];
	let request: TwilioRequest | undefined = firstRequest;
	while (request) {
		const { body } = await client.send(request);
		const page = body as IDataObject;
		const pageRecords = page[key];
		if (!Array.isArray(pageRecords)) {
			throw new NodeOperationError(context.getNode(), `Twilio's answer has no "${key}" list`, { itemIndex });
		}
		for (const record of pageRecords as IDataObject[]) {
			if (limit !== undefined && records.length >= limit) return records;
			records.push(withoutSecrets(record));
		}
		if (limit !== undefined && records.length >= limit) return records;
		const next = nextPagePath(page, firstRequest.path);
		if (typeof next === 'object') throw new NodeOperationError(context.getNode(), next.error, { itemIndex });
		request = next === undefined ? undefined : { ...firstRequest, path: next, query: undefined };
	}
	const { notFound } = operation.list!;
	if (notFound && records.length === 0) {
		throw new NodeOperationError(context.getNode(), `${notFound(item.values)} (item ${itemIndex})`, {
			itemIndex,
			description: "Twilio's list had no matching record.",
		});
	}
	return records;
}

/** Fields of Twilio's answers that hold secrets (an account's Auth Token): never part of an output item. */
const SECRET_FIELDS = ['auth_token'];

function withoutSecrets(record: IDataObject): IDataObject {
	if (!SECRET_FIELDS.some((name) => name in record)) return record;
	const kept = { ...record };
	for (const name of SECRET_FIELDS) delete kept[name];
	return kept;
}

function toRecords(operation: OperationDefinition, body: unknown, item: ItemRequest): IDataObject[] {
	if (operation.method === 'DELETE') return [{ deleted: true, sid: subjectSid(operation, item) }];
	const json = (body && typeof body === 'object' ? body : {}) as IDataObject;
	const output = operation.output ? operation.output(json, item.values) : json;
	return (Array.isArray(output) ? output : [output]).map(withoutSecrets);
}

/** Twilio's answer to a retired operation, said plainly with what to use instead. */
function explainRetirement(
	context: IExecuteFunctions,
	operation: OperationDefinition,
	error: unknown,
	itemIndex: number,
): unknown {
	const retired = operation.retired!;
	const status = error instanceof NodeApiError ? Number(error.httpCode) : undefined;
	if (status !== 404 && status !== 405) return error;
	return new NodeOperationError(context.getNode(), `${operation.name} is retired: ${retired.reason}`, {
		itemIndex,
		description: `Twilio answered HTTP ${status}. Instead: ${retired.instead}`,
	});
}

/** The output item of a failed item under "Continue On Fail": the error, and Twilio's details. */
function errorJson(error: NodeApiError | NodeOperationError): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	const { code, moreInfo, httpStatus } = error.context as IDataObject;
	if (code !== undefined) json.code = code;
	if (moreInfo !== undefined) json.moreInfo = moreInfo;
	if (httpStatus !== undefined) json.httpStatus = httpStatus;
	return json;
}
