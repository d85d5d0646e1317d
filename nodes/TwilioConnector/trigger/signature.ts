import { createHash, createHmac, timingSafeEqual } from 'crypto';

/** Form parameters of a request; a repeated name carries every value. */
export type SignedParameters = Record<string, string | string[]>;

/**
 * Twilio's `X-Twilio-Signature`: base64 HMAC-SHA1, keyed with the Auth Token, over the URL
 * followed by each POST parameter sorted by name, name and value written one after the other.
 * The values of a repeated name are de-duplicated and sorted first.
 */
export function twilioSignature(authToken: string, url: string, parameters: SignedParameters = {}): string {
	let data = url;
	for (const name of Object.keys(parameters).sort()) {
		const value = parameters[name];
		const values = Array.isArray(value) ? [...new Set(value)].sort() : [value];
		for (const entry of values) data += name + entry;
	}
	return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/**
 * The forms of a URL Twilio may have signed: as given, without its port and with the scheme's
 * default port, since Twilio's signing is not consistent about ports.
 */
export function signedUrlVariants(url: string): string[] {
	const parsed = new URL(url);
	const variants = new Set([parsed.toString()]);
	if (parsed.port) {
		const withoutPort = new URL(parsed.toString());
		withoutPort.port = '';
		variants.add(withoutPort.toString());
	} else {
		const defaultPort = parsed.protocol === 'https:' ? '443' : '80';
		variants.add(`${parsed.protocol}//${parsed.host}:${defaultPort}${parsed.pathname}${parsed.search}`);
	}
	return [...variants];
}

/** Compares two strings in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
	const left = Buffer.from(a, 'utf8');
	const right = Buffer.from(b, 'utf8');
	// Compare equal-length buffers always, so a length mismatch takes the same path.
	return timingSafeEqual(left, left.length === right.length ? right : left) && left.length === right.length;
}

/** What Twilio sent: its signature, the URL it called, and either form parameters or a raw JSON body. */
export interface SignedRequest {
	signature: string;
	url: string;
	parameters?: SignedParameters;
	/** The raw body of a JSON request; the URL then carries `bodySHA256`. */
	rawBody?: string;
}

/**
 * Whether a request really comes from Twilio. A JSON body is checked through the `bodySHA256`
 * query parameter: the signature covers the URL alone, the hash covers the body.
 */
export function isSignedByTwilio(authToken: string, request: SignedRequest): boolean {
	if (!authToken || !request.signature) return false;
	const bodyHash = new URL(request.url).searchParams.get('bodySHA256');
	const parameters = bodyHash === null ? (request.parameters ?? {}) : {};
	const signed = signedUrlVariants(request.url).some((url) =>
		constantTimeEqual(twilioSignature(authToken, url, parameters), request.signature),
	);
	if (!signed || bodyHash === null) return signed;
	const actualHash = createHash('sha256').update(Buffer.from(request.rawBody ?? '', 'utf8')).digest('hex');
	return constantTimeEqual(actualHash, bodyHash.toLowerCase());
}
