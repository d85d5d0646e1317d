import { createHash, createHmac } from 'node:crypto';

/**
 * Signs a request the way Twilio documents it, written apart from the node's own code so the two
 * can be checked against each other: HMAC-SHA1 with the Auth Token over the URL, then each POST
 * parameter sorted by name, name and value together; base64.
 */
export function signLikeTwilio(authToken: string, url: string, params: Record<string, string> = {}): string {
	const payload = Object.keys(params)
		.sort()
		.reduce((text, name) => text + name + params[name], url);
	return createHmac('sha1', authToken).update(payload, 'utf8').digest('base64');
}

/** The `bodySHA256` Twilio appends to the URL of a JSON request: hex SHA-256 of the raw body. */
export function bodySha256(body: string): string {
	return createHash('sha256').update(body, 'utf8').digest('hex');
}
