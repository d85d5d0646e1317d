import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INode,
	type INodeListSearchResult,
} from 'n8n-workflow';

import { API_VERSION_PATH } from '../engine/request';
import type { IncomingNumberReference } from '../fields/incomingPhoneNumber';
import { TwilioClient } from '../transport/client';
import { nextPagePath } from '../transport/pagination';

const LIST_KEY = 'incoming_phone_numbers';
const SEARCH_PAGE_SIZE = 100;

function numbersPath(client: TwilioClient): string {
	return `${API_VERSION_PATH}/Accounts/${encodeURIComponent(client.accountSid)}/IncomingPhoneNumbers`;
}

function numberPath(client: TwilioClient, sid: string): string {
	return `${numbersPath(client)}/${encodeURIComponent(sid)}.json`;
}

/** Reads one page of the account's numbers; `path` is a first page or Twilio's `next_page_uri`. */
async function listPage(client: TwilioClient, path: string, query?: URLSearchParams) {
	const { body } = await client.send({ method: 'GET', path, query, retry: 'idempotent', itemIndex: 0 });
	const page = body as IDataObject;
	const records = Array.isArray(page[LIST_KEY]) ? (page[LIST_KEY] as IDataObject[]) : [];
	return { page, records };
}

/**
 * Editor list of the account's Incoming Phone Numbers. A search made of digits matches part of
 * the number (Twilio's PhoneNumber filter); other text matches the friendly name.
 */
export async function searchIncomingPhoneNumbers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const client = await TwilioClient.connect(this);
	const firstPath = `${numbersPath(client)}.json`;
	const search = (filter ?? '').trim();
	const digits = search.replace(/[\s()-]/g, '');
	const byNumber = /^\+?\d+$/.test(digits);
	let page: IDataObject;
	let records: IDataObject[];
	if (paginationToken) {
		({ page, records } = await listPage(client, paginationToken));
	} else {
		const query = new URLSearchParams({ PageSize: String(SEARCH_PAGE_SIZE) });
		if (byNumber) query.set('PhoneNumber', digits);
		({ page, records } = await listPage(client, firstPath, query));
	}
	const wanted = byNumber ? '' : search.toLowerCase();
	const results = records
		.filter((record) => !wanted || String(record.friendly_name ?? '').toLowerCase().includes(wanted))
		.map((record) => ({
			name: record.friendly_name && record.friendly_name !== record.phone_number
				? `${String(record.phone_number)} (${String(record.friendly_name)})`
				: String(record.phone_number),
			value: String(record.sid),
		}));
	const next = nextPagePath(page, firstPath);
	return { results, paginationToken: typeof next === 'string' ? next : undefined };
}

/** Fetches the number the user picked; a number given in E.164 form is looked up in the account's list. */
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
	const { records } = await listPage(client, `${numbersPath(client)}.json`, query);
	// Twilio's PhoneNumber filter also matches part of a number: keep only the exact one.
	const record = records.find((candidate) => candidate.phone_number === reference.phoneNumber);
	if (!record) {
		throw new NodeOperationError(
			node,
			`The number ${reference.phoneNumber} is not one of the Incoming Phone Numbers of account ${client.accountSid}`,
			{ description: 'Pick the number from the list, or check that the credential belongs to the account that owns it.' },
		);
	}
	return record;
}

/** Changes settings of one of the account's numbers (`SmsUrl`, `VoiceUrl`…) and returns the number. */
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
