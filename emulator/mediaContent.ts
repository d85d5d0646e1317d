import { json, redirect, type Answer } from './answer';
import { notFound, TwilioError } from './errors';
import type { FileStorage } from './storage';
import type { RecordStore } from './store';
import type { TwilioRecord } from './types';

/**
 * Twilio's Media Content Service (`https://mcs.us1.twilio.com/v1`), where Conversations keeps the
 * files of its messages. It is outside Twilio's OpenAPI descriptions and helper libraries; this
 * follows its reference page, "Conversations Media Resource":
 * - a file is uploaded to `/v1/Services/{ChatServiceSid}/Media` as the request's body, with its
 *   Content-Type, and answered with its record (201);
 * - `GET /v1/Services/{ChatServiceSid}/Media/{Sid}` answers the record: SID (ME…), account,
 *   service, dates, the conversation and message it was added to (`channel_sid`, `message_sid`),
 *   size in bytes, content type, file name, author, category, URL, and `links`: `content`, read
 *   with the credential, and `content_direct_temporary`, a short-lived pre-signed address of the
 *   content that needs none (here a fresh one on the storage host at each read).
 * A message refers to its files by their SIDs (Conversation Message → Create's MediaSid).
 * Basic authentication as the API's; the emulator serves it at `{base}/mcs/…`, where the
 * credential's API Base URL places any product. Twilio documents no Media error codes: an unknown
 * service or file answers the API's 404 (20404).
 */

export const MEDIA_CONTENT_ROOT = '/mcs';
const MCS_HOST = 'https://mcs.us1.twilio.com';

const SERVICE_MEDIA =
	/^\/v1\/Services\/(IS[0-9a-f]{32})\/Media(?:\/(ME[0-9a-f]{32}))?(\/Content)?$/;

/** Where a service's media records are kept in the store. */
const mediaCollection = (serviceSid: string) =>
	`${MEDIA_CONTENT_ROOT}/v1/Services/${serviceSid}/Media`;

/** The bytes of each file, by its SID, beside the records (never part of an answer). */
const CONTENTS = `${MEDIA_CONTENT_ROOT}/contents`;

interface Upload {
	accountSid: string;
	serviceSid: string;
	sid: string;
	contentType: string;
	body: Buffer;
	filename?: string;
	author?: string;
	now: Date;
}

/** Stores an uploaded file: its record, and its content beside it. */
export function storeMedia(store: RecordStore, upload: Upload): TwilioRecord {
	const { accountSid, serviceSid, sid, contentType, body, now } = upload;
	const date = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
	const url = `${MCS_HOST}/v1/Services/${serviceSid}/Media/${sid}`;
	const record: TwilioRecord = {
		sid,
		account_sid: accountSid,
		service_sid: serviceSid,
		date_created: date,
		date_updated: date,
		channel_sid: null,
		message_sid: null,
		size: body.length,
		content_type: contentType,
		filename: upload.filename ?? null,
		author: upload.author ?? 'system',
		category: 'media',
		url,
		links: { content: `${url}/Content` },
	};
	store.add(mediaCollection(serviceSid), record);
	store.add(CONTENTS, { sid, content_type: contentType, body: body.toString('base64') });
	return record;
}

/** The media record of a service, if it has it. */
export const mediaOf = (store: RecordStore, serviceSid: string, sid: string) =>
	store.get(mediaCollection(serviceSid), sid);

interface MediaRequest {
	method: string;
	/** The path below `/mcs`. */
	apiPath: string;
	accountSid: string;
	contentType?: string;
	body: Buffer;
	store: RecordStore;
	fileHost: FileStorage;
	newSid(prefix: string): string;
}

/** Answers a request to the Media Content Service (authenticated by the caller). */
export function answerMedia(request: MediaRequest): Answer {
	const { method, apiPath, store } = request;
	const [, serviceSid, sid, content] = SERVICE_MEDIA.exec(apiPath) ?? [];
	if (!serviceSid) throw notFound(apiPath);
	if (!sid) {
		if (method !== 'POST') throw notFound(apiPath);
		if (!request.contentType || request.body.length === 0)
			throw new TwilioError(400, 20001, 'A media upload needs a body and its Content-Type');
		const record = storeMedia(store, {
			accountSid: request.accountSid,
			serviceSid,
			sid: request.newSid('ME'),
			contentType: request.contentType,
			body: request.body,
			now: new Date(),
		});
		return json(201, record);
	}
	const record = mediaOf(store, serviceSid, sid);
	if (!record || method !== 'GET') throw notFound(apiPath);
	const stored = store.get(CONTENTS, sid)!;
	const address = request.fileHost.presign(
		String(record.filename ?? sid),
		String(stored.content_type),
		Buffer.from(String(stored.body), 'base64'),
	);
	if (content) return redirect(302, address);
	const links = record.links as Record<string, string>;
	return json(200, { ...record, links: { ...links, content_direct_temporary: address } });
}
