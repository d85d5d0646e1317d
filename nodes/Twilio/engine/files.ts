import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import type { TwilioClient } from '../transport/client';
import { extensionOf } from '../transport/fileTypes';
import { isSid } from '../transport/sid';
import { settingsOf } from './itemSettings';
import { buildFileRequest, fillPath } from './request';
import type { FileRendering, ListedFiles, OperationDefinition } from './types';
import type { ItemRequest } from './values';

/** The binary property a record's file goes in, as n8n's own nodes name it. */
const BINARY_PROPERTY = 'data';

interface FetchedFile {
	body: unknown;
	fileName: string;
	mimeType: string;
}

/** Records read for one item to find where its files are described, by path: each read once. */
type ReadOnce = Map<string, Promise<IDataObject>>;

/**
 * Each record as an output item paired to its input item (made once: a long list's records are not
 * wrapped twice), with the files the item asked for (`operation.file`) as binary data.
 */
export async function withFiles(
	context: IExecuteFunctions,
	client: TwilioClient,
	operation: OperationDefinition,
	records: IDataObject[],
	item: ItemRequest,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const file = operation.file?.(item.values);
	if (!file) return records.map((json) => ({ json, pairedItem: { item: itemIndex } }));
	const readOnce: ReadOnce = new Map();
	const results: INodeExecutionData[] = [];
	for (const record of records) {
		const files =
			'listField' in file
				? await listedFiles(client, file, record, item, itemIndex, readOnce)
				: { [BINARY_PROPERTY]: await recordFile(client, file, record, item, itemIndex) };
		const binary: IBinaryKeyData = {};
		for (const [property, { body, fileName, mimeType }] of Object.entries(files)) {
			binary[property] = await context.helpers.prepareBinaryData(
				Buffer.from(body as Buffer),
				fileName,
				mimeType,
			);
		}
		results.push({
			json: record,
			...(Object.keys(binary).length ? { binary } : {}),
			pairedItem: { item: itemIndex },
		});
	}
	return results;
}

/** The record's file: at a path of Twilio's API, or at the address the record holds. */
async function recordFile(
	client: TwilioClient,
	file: Exclude<FileRendering, ListedFiles>,
	record: IDataObject,
	item: ItemRequest,
	itemIndex: number,
): Promise<FetchedFile> {
	if ('addressField' in file) {
		const address = addressOf(record, file.addressField, itemIndex);
		const { body } = await client.downloadFrom(address, settingsOf(item.values), itemIndex);
		return { body, fileName: `${String(record.sid)}.${file.extension}`, mimeType: file.mimeType };
	}
	const { request, fileName, mimeType } = buildFileRequest(
		file,
		record,
		item,
		client.accountSid,
		itemIndex,
	);
	const { body } = await client.download(request);
	return { body, fileName, mimeType };
}

/**
 * The files the record lists, by binary property: each one's description read with the
 * credential, then its content from the pre-signed address the description holds, without it.
 */
async function listedFiles(
	client: TwilioClient,
	file: ListedFiles,
	record: IDataObject,
	item: ItemRequest,
	itemIndex: number,
	readOnce: ReadOnce,
): Promise<Record<string, FetchedFile>> {
	const listed = record[file.listField];
	if (!Array.isArray(listed) || listed.length === 0) return {};
	const settings = settingsOf(item.values);
	const values = await placeholderValues(client, file, record, itemIndex, settings, readOnce);
	const fetched: Record<string, FetchedFile> = {};
	for (const [index, entry] of (listed as IDataObject[]).entries()) {
		const sid = String(entry?.sid ?? '');
		if (!isSid(file.sidKind, sid))
			throw new Error(
				`Twilio's answer lists a file without a valid SID in ${file.listField} [item ${itemIndex}]`,
			);
		const description = await client.send({
			method: 'GET',
			product: file.product,
			path: fillPath(file.path, new Map(Object.entries({ ...values, Sid: sid }))),
			retry: 'idempotent',
			settings,
			itemIndex,
		});
		const described = (description.body ?? {}) as IDataObject;
		const address = addressOf(described, file.addressField, itemIndex);
		const { body } = await client.downloadFrom(address, settings, itemIndex);
		const mimeType = String(
			entry.content_type ?? described.content_type ?? 'application/octet-stream',
		);
		const named = typeof entry.filename === 'string' && entry.filename;
		fetched[`${file.listField}_${index}`] = {
			body,
			fileName: named || `${sid}.${extensionOf(mimeType)}`,
			mimeType,
		};
	}
	return fetched;
}

/**
 * The values of the description path's placeholders: from the record, or from the record read
 * where it lacks them. Each must be a SID of its kind before it goes into a path.
 */
async function placeholderValues(
	client: TwilioClient,
	file: ListedFiles,
	record: IDataObject,
	itemIndex: number,
	settings: ReturnType<typeof settingsOf>,
	readOnce: ReadOnce,
): Promise<Record<string, string>> {
	const values: Record<string, string> = {};
	const present = (source: IDataObject) => {
		for (const [name, { field, kind }] of Object.entries(file.placeholders)) {
			const value = source[field];
			if (values[name] === undefined && typeof value === 'string' && isSid(kind, value))
				values[name] = value;
		}
	};
	present(record);
	const lacking = Object.keys(file.placeholders).filter((name) => values[name] === undefined);
	if (lacking.length && file.lackingFrom) {
		const { product, path: template } = file.lackingFrom;
		const path = fillPath(template, new Map(Object.entries(values)));
		let read = readOnce.get(path);
		if (!read) {
			read = client
				.send({ method: 'GET', product, path, retry: 'idempotent', settings, itemIndex })
				.then(({ body }) => (body ?? {}) as IDataObject);
			readOnce.set(path, read);
		}
		present(await read);
	}
	const missing = Object.keys(file.placeholders).find((name) => values[name] === undefined);
	if (missing)
		throw new Error(
			`Twilio's answer does not say where its files are: no valid ${file.placeholders[missing].field} [item ${itemIndex}]`,
		);
	return values;
}

/**
 * The file's address in an answer (a dotted field): Twilio's storage, over HTTPS (HTTP for a local
 * emulator).
 */
function addressOf(answer: IDataObject, field: string, itemIndex: number): URL {
	const raw = field
		.split('.')
		.reduce<unknown>((value, name) => (value as IDataObject | undefined)?.[name], answer);
	const url = typeof raw === 'string' && URL.canParse(raw) ? new URL(raw) : undefined;
	if (!url || !['https:', 'http:'].includes(url.protocol))
		throw new Error(`Twilio's answer has no address of the file in ${field} [item ${itemIndex}]`);
	return url;
}
