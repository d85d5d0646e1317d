import type { IDataObject } from 'n8n-workflow';

import { extensionOf } from '../transport/fileTypes';
import { isSid } from '../transport/sid';
import type { TwilioRequest } from '../transport/wire';
import { actingAgain } from './duplicateCheck';
import { settingsOf } from './itemSettings';
import type { FileAtPath, OperationDefinition } from './types';
import type { ItemRequest } from './values';

/**
 * The item's path values: the account (the option, else the credential's) and every checked path
 * field.
 */
function pathValuesOf(item: ItemRequest, defaultAccountSid: string): Map<string, string> {
	const pathValues = new Map<string, string>([['AccountSid', defaultAccountSid]]);
	for (const { field, value } of item.parameters) {
		if (field.location === 'path') pathValues.set(field.twilioName, String(value));
	}
	return pathValues;
}

/** Fills `{Name}` placeholders with encoded values. */
export function fillPath(template: string, pathValues: Map<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = pathValues.get(name);
		// A declaration error, not a user error: every placeholder must have a required path field.
		if (value === undefined) throw new Error(`No value for {${name}} in ${template}`);
		return encodeURIComponent(value);
	});
}

/**
 * Builds the request an item asks for. Path placeholders are filled only from path fields, whose
 * values were checked as SIDs (or similar) when read, and are encoded: no input can change the
 * path.
 */
export function buildRequest(
	operation: OperationDefinition,
	item: ItemRequest,
	defaultAccountSid: string,
	itemIndex: number,
): TwilioRequest {
	const sent = new URLSearchParams();
	const headers: Record<string, string> = {};
	for (const { field, value } of item.parameters) {
		if (field.location === 'path' || field.location === 'none') continue;
		// A header Twilio's description declares (Conversations' X-Twilio-Webhook-Enabled).
		if (field.location === 'header') {
			headers[field.twilioName] = String(value);
			continue;
		}
		if (typeof value === 'object' && !Array.isArray(value)) {
			for (const [name, entry] of value.entries) sent.append(name, entry);
			continue;
		}
		for (const entry of Array.isArray(value) ? value : [value])
			sent.append(field.twilioName, entry);
	}
	const template =
		typeof operation.path === 'string' ? operation.path : operation.path(item.values);
	const sendsBody = operation.method === 'POST' || operation.method === 'PUT';
	const sendsJson = sendsBody && operation.spec[0]?.body === 'json';
	return {
		method: operation.method,
		...(operation.product === 'api' ? {} : { product: operation.product }),
		path: fillPath(template, pathValuesOf(item, defaultAccountSid)),
		query: sendsBody ? undefined : sent,
		body: sendsBody && !sendsJson ? sent : undefined,
		...(sendsJson ? { json: jsonBody(operation, item) } : {}),
		...(Object.keys(headers).length ? { headers } : {}),
		// A create, a paid read, or an update that starts something over, is never sent twice
		// (transport/retry.ts).
		retry: sentOnce(operation, item) ? 'once' : 'idempotent',
		settings: settingsOf(item.values),
		itemIndex,
		...(operation.answersWithRedirect ? { answersWithRedirect: true as const } : {}),
	};
}

/**
 * Whether repeating the item's request could act or bill again: a create, a paid read, an update
 * that acts again.
 */
function sentOnce(operation: OperationDefinition, item: ItemRequest): boolean {
	const { retry } = operation;
	if (retry === 'creates') return true;
	if (typeof retry === 'object' && retry.billedFor(item.values) !== undefined) return true;
	return actingAgain(item).length > 0;
}

/**
 * The body of an operation that takes JSON (the Content API): each value with the type the spec
 * gives its parameter. A JSON field's value was checked as a JSON object's text when it was read.
 */
function jsonBody(operation: OperationDefinition, item: ItemRequest): IDataObject {
	const types = new Map(
		operation.spec
			.flatMap((spec) => spec.parameters)
			.map((parameter) => [parameter.name, parameter.type]),
	);
	const body: IDataObject = {};
	for (const { field, value } of item.parameters) {
		if (
			field.location === 'path' ||
			field.location === 'none' ||
			(typeof value === 'object' && !Array.isArray(value))
		)
			continue;
		const type = types.get(field.twilioName);
		// A JSON field's value is the JSON text of an object or array, checked when it was read.
		if (type === 'object' || field.property.type === 'json')
			body[field.twilioName] = JSON.parse(String(value)) as IDataObject;
		else if (type === 'boolean') body[field.twilioName] = value === 'true';
		else if (type === 'integer' || type === 'number') body[field.twilioName] = Number(value);
		else body[field.twilioName] = value;
	}
	return body;
}

/**
 * The GET of a record's file and the file's name. The record's SID comes from Twilio's answer, so
 * it is checked like a user's before it goes into the path.
 */
export function buildFileRequest(
	file: FileAtPath,
	record: IDataObject,
	item: ItemRequest,
	defaultAccountSid: string,
	itemIndex: number,
): { request: TwilioRequest; fileName: string; mimeType: string } {
	const sid = String(record.sid ?? '');
	if (!isSid(file.sidKind, sid)) {
		throw new Error(
			`Twilio's answer has no valid SID to fetch the ${file.extension ?? ''} file with`,
		);
	}
	const pathValues = pathValuesOf(item, defaultAccountSid).set('Sid', sid);
	const mimeType =
		typeof file.mimeType === 'string'
			? file.mimeType
			: String(record[file.mimeType.field] ?? 'application/octet-stream');
	const extension = file.extension ?? extensionOf(mimeType);
	return {
		mimeType,
		request: {
			method: 'GET',
			path: `${fillPath(file.path, pathValues)}${file.extension ? `.${file.extension}` : ''}`,
			retry: 'idempotent',
			settings: settingsOf(item.values),
			itemIndex,
			read: 'binary',
		},
		fileName: `${sid}.${extension}`,
	};
}

/** The SID an operation acts on: the value of the last placeholder of its path. */
export function subjectSid(operation: OperationDefinition, item: ItemRequest): string | undefined {
	const template =
		typeof operation.path === 'string' ? operation.path : operation.path(item.values);
	const last = [...template.matchAll(/\{(\w+)\}/g)].pop()?.[1];
	return item.parameters.find(({ field }) => field.location === 'path' && field.twilioName === last)
		?.value as string | undefined;
}
