import {
	sleep,
	type IBinaryKeyData,
	type INodeExecutionData,
	type IWebhookFunctions,
} from 'n8n-workflow';

import { TwilioClient } from '../transport/client';
import { extensionOf } from '../transport/fileTypes';

/** Twilio attaches at most 10 media files to a message. */
const MAX_MEDIA = 10;

/**
 * How long the trigger waits for a message's media, all files at once. Twilio waits 15 seconds for
 * the answer to a webhook and drops it after that (error 11200):
 * - `answered`: the trigger has answered Twilio already; the wait only delays the execution;
 * - `beforeAnswer`: a Respond to Webhook node answers, after the download: the workflow keeps
 *   about 10 seconds of Twilio's 15.
 */
export const MEDIA_WAIT_MS = { answered: 30_000, beforeAnswer: 5_000 } as const;

const MEDIA_PATH =
	/^\/2010-04-01\/Accounts\/AC[0-9a-fA-F]{32}\/Messages\/(SM|MM)[0-9a-fA-F]{32}\/Media\/ME[0-9a-fA-F]{32}$/;

/**
 * The path of a media URL, when it is a media file of Twilio's API at Twilio (https) or at the
 * credential's API base URL. Only such URLs get the credential: a request whose signature check
 * was skipped could name any address.
 */
export function twilioMediaPath(mediaUrl: string, apiBaseUrl: string): string | undefined {
	if (!URL.canParse(mediaUrl)) return undefined;
	const url = new URL(mediaUrl);
	const atTwilio =
		url.protocol === 'https:' &&
		(url.hostname === 'twilio.com' || url.hostname.endsWith('.twilio.com'));
	if (!atTwilio && url.origin !== new URL(apiBaseUrl).origin) return undefined;
	return MEDIA_PATH.test(url.pathname) && !url.search ? url.pathname : undefined;
}

/**
 * Downloads an incoming MMS message's media (MediaUrl0…) as binary data media0…, named with the
 * extension of their content type (`media0.jpg`). All files are fetched at once and waited for
 * `waitMs` at most; a file that is not downloaded by then, or cannot be, is named in
 * `mediaDownloadErrors`, and the message is never dropped.
 */
export async function downloadMedia(
	context: IWebhookFunctions,
	item: INodeExecutionData,
	waitMs: number,
): Promise<void> {
	const count = Math.min(Number(item.json.NumMedia ?? 0) || 0, MAX_MEDIA);
	if (count <= 0) return;
	const deadline = new AbortController();
	const stopClock = new AbortController();
	// Stops waiting for answers and retries when the time is up.
	const timeUp = sleep(waitMs, stopClock.signal).then(
		() => deadline.abort(),
		() => undefined,
	);
	const expired = new Promise<never>((_, reject) =>
		deadline.signal.addEventListener(
			'abort',
			() => reject(new Error(`not downloaded within ${waitMs / 1000} s`)),
			{ once: true },
		),
	);
	expired.catch(() => undefined);
	const client = await TwilioClient.connect(
		context,
		{ maxRetries: 2, retryDelayMs: 250, timeoutMs: waitMs },
		deadline.signal,
	);
	const outcomes = await Promise.all(
		Array.from({ length: count }, async (_, index) => {
			const path = twilioMediaPath(String(item.json[`MediaUrl${index}`] ?? ''), client.baseUrl);
			if (!path)
				return {
					index,
					error: `MediaUrl${index} is not a media URL of Twilio's API; not downloaded`,
				};
			try {
				const download = client.download({
					method: 'GET',
					path,
					retry: 'idempotent',
					itemIndex: 0,
					read: 'binary',
					abortSignal: deadline.signal,
				});
				const response = await Promise.race([download, expired]);
				const contentType = String(
					item.json[`MediaContentType${index}`] || response.headers['content-type'] || '',
				);
				const data = await context.helpers.prepareBinaryData(
					Buffer.from(response.body as ArrayBuffer),
					`media${index}.${extensionOf(contentType)}`,
					contentType || undefined,
				);
				return { index, data };
			} catch (error) {
				const reason = deadline.signal.aborted
					? `not downloaded within ${waitMs / 1000} s`
					: (error as Error).message;
				return { index, error: `MediaUrl${index}: ${reason}` };
			}
		}),
	);
	stopClock.abort();
	await timeUp;
	const binary: IBinaryKeyData = {};
	const errors: string[] = [];
	for (const outcome of outcomes) {
		if ('data' in outcome && outcome.data) binary[`media${outcome.index}`] = outcome.data;
		else if ('error' in outcome && outcome.error) errors.push(outcome.error);
	}
	if (Object.keys(binary).length) item.binary = binary;
	if (errors.length) item.json.mediaDownloadErrors = errors;
}
