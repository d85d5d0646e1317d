import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { TwilioClient } from '../transport/client';
import { nextPageOf, pageSizeFor } from '../transport/pagination';
import type { TwilioRequest } from '../transport/wire';
import { findOperation } from './operations';
import { runConcurrently } from './concurrency';
import { duplicateCheck } from './duplicateCheck';
import { withFiles } from './files';
import { buildRequest, subjectSid } from './request';
import { readConcurrency } from './itemSettings';
import type { OperationDefinition, ResourceDefinition } from './types';
import { ParameterReader } from './parameterReader';
import { readItem, readLimit, type ItemRequest } from './values';

/**
 * Runs the node: one Twilio operation per input item, up to Max Concurrent Requests at once, all
 * through one client (so a 429 pauses them all). Outputs keep the input order and are paired to
 * their item.
 */
export async function executeOperations(
	context: IExecuteFunctions,
	resources: readonly ResourceDefinition[],
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const parameters = new ParameterReader(context);
	const concurrency = readConcurrency(
		parameters,
		items.length ? operationOf(parameters, resources, 0) : undefined,
	);
	const client = await TwilioClient.connect(context);
	const continueOnFail = context.continueOnFail();
	const outcomes = await runConcurrently(
		items.length,
		concurrency,
		(itemIndex) => settle(context, runItem(parameters, resources, client, itemIndex), itemIndex),
		// Without Continue On Fail a failure fails the node: start no more items.
		(outcome) => 'error' in outcome && !continueOnFail,
	);
	const output: INodeExecutionData[] = [];
	const produced = new Map<OperationDefinition, IDataObject[]>();
	const goneOnRetry: number[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		// Items start in order, so every item up to the first failure has an outcome.
		const outcome = outcomes[itemIndex]!;
		if ('error' in outcome) {
			if (!continueOnFail) throw outcome.error;
			output.push({ json: errorJson(outcome.error), pairedItem: { item: itemIndex } });
		} else {
			if (outcome.goneOnRetry) goneOnRetry.push(itemIndex);
			if (!produced.has(outcome.operation)) produced.set(outcome.operation, []);
			const records = produced.get(outcome.operation)!;
			for (const result of outcome.results) {
				output.push(result);
				records.push(result.json);
			}
		}
	}
	addHints(context, produced);
	if (goneOnRetry.length) {
		const items =
			goneOnRetry.length > 1 ? `Items ${goneOnRetry.join(', ')}` : `Item ${goneOnRetry[0]}`;
		const message = `${items}: the answer to the delete was lost, and Twilio answered the retry that the record no longer exists, so the first try deleted it.`;
		context.addExecutionHints({ message, type: 'info', location: 'outputPane' });
	}
	return [output];
}

/**
 * What the run did that the user should know at once (a verification code, a bill), shown with the
 * output.
 */
function addHints(
	context: IExecuteFunctions,
	produced: Map<OperationDefinition, IDataObject[]>,
): void {
	for (const [operation, records] of produced) {
		const message = records.length ? operation.hint?.after?.(records) : undefined;
		if (message) context.addExecutionHints({ message, type: 'info', location: 'outputPane' });
	}
}

/** What an item gave: the operation it ran and its output items. */
interface ItemOutcome {
	operation: OperationDefinition;
	results: INodeExecutionData[];
	/**
	 * A delete whose answer was lost and whose retry found the record gone
	 * (`TwilioResponse.goneOnRetry`).
	 */
	goneOnRetry?: true;
}

type Outcome = ItemOutcome | { error: NodeApiError | NodeOperationError };

/** Waits for an item's run; an unexpected error becomes a NodeOperationError of that item. */
async function settle(
	context: IExecuteFunctions,
	run: Promise<ItemOutcome>,
	itemIndex: number,
): Promise<Outcome> {
	return run.catch((error: unknown) => ({
		error:
			error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(context.getNode(), error as Error, { itemIndex }),
	}));
}

/** The operation an item's Resource and Operation name, if the catalog has it. */
function operationOf(
	parameters: ParameterReader,
	resources: readonly ResourceDefinition[],
	itemIndex: number,
): OperationDefinition | undefined {
	const resource = parameters.read('resource', itemIndex, '') as string;
	const operation = parameters.read('operation', itemIndex, '') as string;
	return findOperation(resources, resource, operation);
}

async function runItem(
	parameters: ParameterReader,
	resources: readonly ResourceDefinition[],
	client: TwilioClient,
	itemIndex: number,
): Promise<ItemOutcome> {
	const { context } = parameters;
	const operation = operationOf(parameters, resources, itemIndex);
	if (!operation) {
		const resource = String(parameters.read('resource', itemIndex, ''));
		const operationValue = String(parameters.read('operation', itemIndex, ''));
		throw new NodeOperationError(
			context.getNode(),
			`Unknown operation "${resource} → ${operationValue}"`,
			{ itemIndex },
		);
	}
	const item = readItem(parameters, operation, itemIndex);
	const request = buildRequest(operation, item, client.accountSid, itemIndex);
	if (request.retry === 'once')
		request.duplicateCheck = duplicateCheck(resources, operation, item, new Date());
	try {
		if (operation.list) {
			const records = await readList(parameters, client, operation, request, item, itemIndex);
			return {
				operation,
				results: await withFiles(context, client, operation, records, item, itemIndex),
			};
		}
		const response = await client.send(request);
		const results = await withFiles(
			context,
			client,
			operation,
			toRecords(operation, response.body, item),
			item,
			itemIndex,
		);
		return { operation, results, ...(response.goneOnRetry ? { goneOnRetry: true as const } : {}) };
	} catch (error) {
		throw operation.retired ? explainRetirement(context, operation, error, itemIndex) : error;
	}
}

/** Pages through a list until its end, or until the page that reaches the item's Limit. */
async function readList(
	parameters: ParameterReader,
	client: TwilioClient,
	operation: OperationDefinition,
	firstRequest: TwilioRequest,
	item: ItemRequest,
	itemIndex: number,
): Promise<IDataObject[]> {
	const { context } = parameters;
	const limit = readLimit(parameters, itemIndex);
	// A list Twilio describes without a page size (Messaging's brand vettings) is read as it comes;
	// one with a smaller largest page (a conversation's webhooks: 5) asks for no more.
	const pageSizes = operation.spec.flatMap((spec) =>
		spec.parameters.filter(({ name }) => name === 'PageSize'),
	);
	if (operation.spec.length === 0 || pageSizes.length) {
		const largest = Math.min(...pageSizes.map((parameter) => parameter.maximum ?? Infinity));
		firstRequest.query?.set('PageSize', String(pageSizeFor(limit, largest)));
	}
	const wanted = limit ?? Infinity;
	const key = operation.list!.key;
	const records: IDataObject[] = [];
	let request: TwilioRequest | undefined = firstRequest;
	for (let pagesRead = 0; request; pagesRead++) {
		const { body } = await client.send(request).catch((error: unknown) => {
			throw pagesRead > 0 ? explainUnfinishedList(error, pagesRead) : error;
		});
		const page = body as IDataObject;
		const pageRecords = page[key];
		if (!Array.isArray(pageRecords)) {
			throw new NodeOperationError(context.getNode(), `Twilio's answer has no "${key}" list`, {
				itemIndex,
			});
		}
		const taken = Math.min(pageRecords.length, wanted - records.length);
		for (let index = 0; index < taken; index++)
			records.push(withoutSecrets(pageRecords[index] as IDataObject));
		if (records.length >= wanted) return records;
		const next = nextPageOf(
			page,
			firstRequest.path,
			operation.product,
			client.baseUrlOf(operation.product),
		);
		if (typeof next === 'object')
			throw new NodeOperationError(context.getNode(), next.error, { itemIndex });
		request = next === undefined ? undefined : { ...firstRequest, path: next, query: undefined };
	}
	const { notFound } = operation.list!;
	if (notFound && records.length === 0) {
		throw new NodeOperationError(
			context.getNode(),
			`${notFound(item.values)} [item ${itemIndex}]`,
			{
				itemIndex,
				description: "Twilio's list had no matching record.",
			},
		);
	}
	return records;
}

/**
 * Fields of Twilio's answers that hold secrets (an account's Auth Token): never part of an output
 * item.
 */
const SECRET_FIELDS = ['auth_token'];

function withoutSecrets(record: IDataObject): IDataObject {
	if (!SECRET_FIELDS.some((name) => name in record)) return record;
	const kept = { ...record };
	for (const name of SECRET_FIELDS) delete kept[name];
	return kept;
}

/** A later page failed: say that the pages already read are not output either. */
function explainUnfinishedList(error: unknown, pagesRead: number): unknown {
	if (!(error instanceof NodeApiError || error instanceof NodeOperationError)) return error;
	const note = `Page ${pagesRead + 1} of the list failed; the ${pagesRead} page${pagesRead > 1 ? 's' : ''} read before it are not output either, so no partial list comes out.`;
	error.description = error.description ? `${error.description} ${note}` : note;
	return error;
}

function toRecords(
	operation: OperationDefinition,
	body: unknown,
	item: ItemRequest,
): IDataObject[] {
	const json: IDataObject =
		operation.method === 'DELETE'
			? { deleted: true, sid: subjectSid(operation, item) }
			: ((body && typeof body === 'object' ? body : {}) as IDataObject);
	const output = operation.output ? operation.output(json, item.values) : json;
	return (Array.isArray(output) ? output : [output]).map(withoutSecrets);
}

/**
 * Twilio's answer to a retired operation (404 or 405), said plainly with what to use instead. Other
 * errors (credentials, outages) pass unchanged.
 */
function explainRetirement(
	context: IExecuteFunctions,
	operation: OperationDefinition,
	error: unknown,
	itemIndex: number,
): unknown {
	if (!(error instanceof NodeApiError)) return error;
	const status = Number(error.httpCode);
	if (status !== 404 && status !== 405) return error;
	const retired = operation.retired!;
	const { code, moreInfo, httpStatus } = error.context as IDataObject;
	const answer = `Twilio answered HTTP ${status}: ${error.message}.${moreInfo ? ` More information: ${String(moreInfo)}` : ''}`;
	const explained = new NodeOperationError(
		context.getNode(),
		`Twilio retired "${operation.action}": ${retired.reason}`,
		{
			itemIndex,
			description: `Instead: ${retired.instead} ${answer}`,
		},
	);
	Object.assign(explained.context, { code, moreInfo, httpStatus });
	return explained;
}

/** The output item of a failed item under "Continue On Fail": the error, and Twilio's details. */
function errorJson(error: NodeApiError | NodeOperationError): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	const { code, moreInfo, httpStatus } = error.context as IDataObject;
	if (code !== undefined) json.code = code;
	if (moreInfo !== undefined) json.moreInfo = moreInfo;
	if (httpStatus !== undefined) json.httpStatus = httpStatus;
	// A create that got no clear answer: the item needs checking before it is run again.
	if ((error.context as IDataObject).mayHaveBeenProcessed) json.mayHaveBeenProcessed = true;
	return json;
}
