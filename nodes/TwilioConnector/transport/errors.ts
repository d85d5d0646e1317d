import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import type { TwilioResponse } from '../engine/types';

/** Twilio's error body: `{ code, message, more_info, status }`. */
interface TwilioErrorBody {
	code?: number;
	message?: string;
	more_info?: string;
	status?: number;
}

function errorBody(body: unknown): TwilioErrorBody | undefined {
	// A file download reads the answer as bytes, Twilio's JSON error included.
	if (Buffer.isBuffer(body)) return errorBody(body.toString('utf8'));
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as TwilioErrorBody;
	if (typeof body === 'string' && body.trim().startsWith('{')) {
		try {
			return errorBody(JSON.parse(body));
		} catch {
			return undefined;
		}
	}
	return undefined;
}

/** The fields of a Twilio error kept on the NodeApiError, for output items and tests. */
export interface TwilioErrorDetails {
	httpStatus: number;
	code?: number;
	moreInfo?: string;
}

/** Turns an error answer into a NodeApiError with Twilio's code, message and `more_info` link. */
export function twilioApiError(node: INode, response: TwilioResponse, itemIndex: number): NodeApiError {
	const body = errorBody(response.body);
	const twilioMessage = body?.message ?? `Twilio answered with HTTP ${response.statusCode}`;
	const code = typeof body?.code === 'number' ? body.code : undefined;
	const moreInfo = typeof body?.more_info === 'string' ? body.more_info : undefined;
	const message = code !== undefined ? `Twilio error ${code}: ${twilioMessage}` : twilioMessage;
	const description = [
		`HTTP ${response.statusCode}.`,
		moreInfo ? `More information: ${moreInfo}` : undefined,
	]
		.filter(Boolean)
		.join(' ');
	const error = new NodeApiError(
		node,
		{ code: code ?? null, message: twilioMessage, more_info: moreInfo ?? null, status: response.statusCode } as JsonObject,
		{ message, description, httpCode: String(response.statusCode), itemIndex },
	);
	const details: TwilioErrorDetails = { httpStatus: response.statusCode, code, moreInfo };
	Object.assign(error.context, details);
	return error;
}

/**
 * A request that got no answer. Built from the error code alone: the HTTP client's error carries
 * the request configuration, credentials included, and must not travel further.
 */
export function connectionError(node: INode, cause: unknown, itemIndex: number, detail: string): NodeApiError {
	const code = networkErrorCode(cause) ?? 'ERROR';
	return new NodeApiError(node, { code, message: detail } as JsonObject, {
		message: `No answer from Twilio (${code}): ${detail}`,
		itemIndex,
	});
}

/** The Node.js / HTTP client code of a failed request (ECONNRESET, ECONNABORTED…), if any. */
export function networkErrorCode(error: unknown): string | undefined {
	for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}
