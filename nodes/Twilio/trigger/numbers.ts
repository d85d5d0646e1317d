import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

import type { OperationDefinition } from '../engine/types';
import type { IncomingNumberReference } from '../fields/incomingPhoneNumber';
import { findOperation } from '../products';
import { TwilioClient } from '../transport/client';
import type { RetrySafety } from '../transport/wire';
import { NUMBER_RECORD } from './events';

/**
 * One of the catalog's operations on the account's numbers (NUMBER_RECORD), with the path of the
 * credential's account and the number.
 */
function numberOperation(
	client: TwilioClient,
	operation: 'get' | 'getMany' | 'update',
	sid = '',
): Pick<OperationDefinition, 'method' | 'list'> & { path: string; retry: RetrySafety } {
	const found = findOperation(NUMBER_RECORD.resource, NUMBER_RECORD[operation]);
	if (typeof found?.path !== 'string') throw new Error(`No ${operation} of the account's numbers`);
	const values: Record<string, string> = { AccountSid: client.accountSid, Sid: sid };
	return {
		method: found.method,
		list: found.list,
		path: found.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name])),
		retry: found.retry === 'idempotent' ? 'idempotent' : 'once',
	};
}

/** Reads the first page of the account's numbers that match the query. */
async function listNumbers(client: TwilioClient, query: URLSearchParams): Promise<IDataObject[]> {
	const { path, method, retry, list } = numberOperation(client, 'getMany');
	const { body } = await client.send({ method, path, query, retry, itemIndex: 0 });
	const records = (body as IDataObject)[list!.key];
	return Array.isArray(records) ? (records as IDataObject[]) : [];
}

/**
 * Fetches the number the user picked; a number given in E.164 form is looked up in the account's
 * list.
 */
export async function findIncomingPhoneNumber(
	client: TwilioClient,
	node: INode,
	reference: IncomingNumberReference,
): Promise<IDataObject> {
	if ('sid' in reference) {
		const { path, method, retry } = numberOperation(client, 'get', reference.sid);
		const { body } = await client.send({ method, path, retry, itemIndex: 0 });
		return body as IDataObject;
	}
	const query = new URLSearchParams({ PhoneNumber: reference.phoneNumber });
	const records = await listNumbers(client, query);
	// Twilio's PhoneNumber filter also matches part of a number: keep only the exact one.
	const record = records.find((candidate) => candidate.phone_number === reference.phoneNumber);
	if (!record) {
		throw new NodeOperationError(
			node,
			`The number ${reference.phoneNumber} is not one of the Incoming Phone Numbers of account ${client.accountSid}`,
			{
				description:
					'Pick the number from the list, or check that the credential belongs to the account that owns it.',
			},
		);
	}
	return record;
}

/**
 * Changes settings of one of the account's numbers (`SmsUrl`, `VoiceUrl`…) and returns the number.
 */
export async function updateIncomingPhoneNumber(
	client: TwilioClient,
	sid: string,
	settings: Record<string, string>,
): Promise<IDataObject> {
	const { path, method, retry } = numberOperation(client, 'update', sid);
	const { body } = await client.send({
		method,
		path,
		body: new URLSearchParams(settings),
		retry,
		itemIndex: 0,
	});
	return body as IDataObject;
}
