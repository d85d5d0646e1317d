import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

import type { IncomingNumberReference } from '../fields/incomingPhoneNumber';
import { TwilioClient } from '../transport/client';

const LIST_KEY = 'incoming_phone_numbers';

function numbersPath(client: TwilioClient): string {
	return `/2010-04-01/Accounts/${encodeURIComponent(client.accountSid)}/IncomingPhoneNumbers`;
}

function numberPath(client: TwilioClient, sid: string): string {
	return `${numbersPath(client)}/${encodeURIComponent(sid)}.json`;
}

/** Reads the first page of the account's numbers that match the query. */
async function listNumbers(client: TwilioClient, query: URLSearchParams): Promise<IDataObject[]> {
	const path = `${numbersPath(client)}.json`;
	const { body } = await client.send({
		method: 'GET',
		path,
		query,
		retry: 'idempotent',
		itemIndex: 0,
	});
	const page = body as IDataObject;
	return Array.isArray(page[LIST_KEY]) ? (page[LIST_KEY] as IDataObject[]) : [];
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
		const { body } = await client.send({
			method: 'GET',
			path: numberPath(client, reference.sid),
			retry: 'idempotent',
			itemIndex: 0,
		});
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
	const { body } = await client.send({
		method: 'POST',
		path: numberPath(client, sid),
		body: new URLSearchParams(settings),
		retry: 'idempotent',
		itemIndex: 0,
	});
	return body as IDataObject;
}
