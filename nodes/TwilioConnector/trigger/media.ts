import type { IBinaryKeyData, INodeExecutionData, IWebhookFunctions } from 'n8n-workflow';

import { TwilioClient } from '../transport/client';

/** Twilio attaches at most 10 media files to a message. */
const MAX_MEDIA = 10;

const MEDIA_PATH = /^\/2010-04-01\/Accounts\/AC[0-9a-fA-F]{32}\/Messages\/(SM|MM)[0-9a-fA-F]{32}\/Media\/ME[0-9a-fA-F]{32}$/;

/**
 * The path of a media URL, when it is a media file of Twilio's API at Twilio (https) or at the
 * credential's API base URL. Only such URLs get the credential: a request whose signature check
 * was skipped could name any address.
 */
export function twilioMediaPath(mediaUrl: string, apiBaseUrl: string): string | undefined {
	if (!URL.canParse(mediaUrl)) return undefined;
	const url = new URL(mediaUrl);
	const atTwilio = url.protocol === 'https:' && (url.hostname === 'twilio.com' || url.hostname.endsWith('.twilio.com'));
	if (!atTwilio && url.origin !== new URL(apiBaseUrl).origin) return undefined;
	return MEDIA_PATH.test(url.pathname) && !url.search ? url.pathname : undefined;
}

/**
 * Downloads an incoming MMS message's media (MediaUrl0…) as binary data media0…. A file that
 * cannot be downloaded is named in `mediaDownloadErrors`; the message itself is never dropped.
 */
export async function downloadMedia(context: IWebhookFunctions, item: INodeExecutionData): Promise<void> {
	const count = Math.min(Number(item.json.NumMedia ?? 0) || 0, MAX_MEDIA);
	if (count <= 0) return;
	const client = await TwilioClient.connect(context);
	const binary: IBinaryKeyData = {};
	const errors: string[] = [];
	for (let index = 0; index < count; index++) {
		const path = twilioMediaPath(String(item.json[`MediaUrl${index}`] ?? ''), client.baseUrl);
		if (!path) {
			errors.push(`MediaUrl${index} is not a media URL of Twilio's API; not downloaded`);
			continue;
		}
		try {
			const response = await client.download({ method: 'GET', path, retry: 'idempotent', itemIndex: 0, read: 'binary' });
			const contentType = String(item.json[`MediaContentType${index}`] || response.headers['content-type'] || '');
			binary[`media${index}`] = await context.helpers.prepareBinaryData(
				Buffer.from(response.body as ArrayBuffer),
				`media${index}`,
				contentType || undefined,
			);
		} catch (error) {
			errors.push(`MediaUrl${index}: ${(error as Error).message}`);
		}
	}
	if (Object.keys(binary).length) item.binary = binary;
	if (errors.length) item.json = { ...item.json, mediaDownloadErrors: errors };
}
