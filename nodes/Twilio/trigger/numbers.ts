import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

import type { IncomingNumberReference } from '../fields/incomingPhoneNumber';
import { TwilioClient } from '../transport/client';
import { catalogRequest, readAll } from './catalogRequests';
import { NUMBER_RECORD } from './events';

/** One of the catalog's operations on the account's numbers (NUMBER_RECORD), for a number. */
const numberOperation = (client: TwilioClient, operation: 'get' | 'getMany' | 'update', sid = '') =>
	catalogRequest(client, NUMBER_RECORD.resource, NUMBER_RECORD[operation], { Sid: sid });

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
	// The first page of the account's numbers that match.
	const records = await readAll(client, node, numberOperation(client, 'getMany'), query, {
		firstPageOnly: true,
	});
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
