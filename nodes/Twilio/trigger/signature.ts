import { createHash, createHmac, timingSafeEqual } from 'crypto';

/** Form parameters of a request; a repeated name carries every value. */
export type SignedParameters = Record<string, string | string[]>;

/**
 * Twilio's `X-Twilio-Signature`: base64 HMAC-SHA1, keyed with the Auth Token, over the URL
 * followed by each POST parameter sorted by name, name and value written one after the other.
 * The values of a repeated name are de-duplicated and sorted first.
 */
export function twilioSignature(
	authToken: string,
	url: string,
	parameters: SignedParameters = {},
): string {
	let data = url;
	for (const name of Object.keys(parameters).sort()) {
		const value = parameters[name];
		const values = Array.isArray(value) ? [...new Set(value)].sort() : [value];
		for (const entry of values) data += name + entry;
	}
	return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/**
 * The forms of a URL Twilio may have signed, in the order they are tried:
 * 1. the URL exactly as configured and as the request arrived (its query as sent, the host's
 *    letters as written): what Twilio signs;
 * 2. the forms twilio-node's `validateRequest` tries (twilio/twilio-node, src/webhooks/webhooks.ts,
 *    6.0.2, read for this): the WHATWG serialisation without its port (`removePort`), with the
 *    scheme's default port or its own (`addPort`), and both again with the query re-encoded as
 *    Node's legacy `querystring` does (`withLegacyQuerystring`), "since signature generation on the
 *    back end is inconsistent".
 * No other form is accepted. The exact URL comes first because twilio-node's forms all go through
 * `new URL()`, which lower-cases the host and escapes `'` in the query (twilio-node issue #1183).
 */
export function signedUrlVariants(url: string): string[] {
	const parsed = new URL(url);
	const withoutPort = new URL(parsed.toString());
	withoutPort.port = '';
	const withPort = parsed.port ? parsed.toString() : withStandardPort(parsed);
	return [
		...new Set([
			url,
			withoutPort.toString(),
			withPort,
			withLegacyQuerystring(withoutPort.toString()),
			withLegacyQuerystring(withPort),
		]),
	];
}

/**
 * twilio-node's `buildUrlWithStandardPort`: the URL's parts with `:443` or `:80` after the host.
 */
function withStandardPort(url: URL): string {
	const port = url.protocol === 'https:' ? ':443' : ':80';
	const credentials =
		url.username || url.password ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
	return `${url.protocol}//${credentials}${url.host ? url.host + port : ''}${url.pathname}${url.search}${url.hash}`;
}

/**
 * twilio-node's `withLegacyQuerystring`: the URL without its query, then `?` and the query as
 * Node's `querystring.stringify(querystring.parse(query))` writes it (names grouped in order of
 * first appearance, values escaped as `encodeURIComponent` does, `+` read as a space).
 */
function withLegacyQuerystring(url: string): string {
	const parsed = new URL(url);
	if (!parsed.search) return url;
	const query = parsed.search.slice(1);
	parsed.search = '';
	return `${parsed.toString()}?${stringifyLegacy(parseLegacy(query))}`;
}

/** Node's `querystring.parse` with its defaults (`&`, `=`, at most 1,000 names). */
function parseLegacy(query: string): Map<string, string[]> {
	const decode = (text: string) => {
		const spaced = text.replace(/\+/g, ' ');
		try {
			return decodeURIComponent(spaced);
		} catch {
			return unescapeLegacy(spaced);
		}
	};
	const values = new Map<string, string[]>();
	for (const piece of query.split('&').slice(0, 1000)) {
		if (!piece) continue;
		const equals = piece.indexOf('=');
		const name = decode(equals < 0 ? piece : piece.slice(0, equals));
		const value = equals < 0 ? '' : decode(piece.slice(equals + 1));
		values.set(name, [...(values.get(name) ?? []), value]);
	}
	return values;
}

/** Node's `querystring.unescape` fallback: decodes each valid `%XX` as one byte of UTF-8 text. */
function unescapeLegacy(text: string): string {
	const bytes: number[] = [];
	for (let index = 0; index < text.length; index++) {
		const hex = text.slice(index + 1, index + 3);
		if (text[index] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			index += 2;
		} else {
			bytes.push(...Buffer.from(text[index], 'utf8'));
		}
	}
	return Buffer.from(bytes).toString('utf8');
}

/** A name a JavaScript object keeps ahead of the others, in numeric order: an array index. */
const isArrayIndex = (name: string) => /^(0|[1-9]\d*)$/.test(name) && Number(name) < 2 ** 32 - 1;

/**
 * Node's `querystring.stringify` of what `parse` gave: the parsed object's names in JavaScript's
 * property order (array indexes first, ascending, then the others as they came).
 */
function stringifyLegacy(values: Map<string, string[]>): string {
	const names = [...values.keys()];
	const ordered = [
		...names.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b)),
		...names.filter((name) => !isArrayIndex(name)),
	];
	const pairs: string[] = [];
	for (const [name, entries] of ordered.map((name) => [name, values.get(name)!] as const)) {
		for (const value of entries)
			pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
	}
	return pairs.join('&');
}

/** Compares two strings in time that does not depend on where they differ. */
function constantTimeEqual(a: string, b: string): boolean {
	const left = Buffer.from(a, 'utf8');
	const right = Buffer.from(b, 'utf8');
	// Compare equal-length buffers always, so a length mismatch takes the same path.
	return (
		timingSafeEqual(left, left.length === right.length ? right : left) &&
		left.length === right.length
	);
}

/**
 * What Twilio sent: its signature, the URL it called, and either form parameters or a raw JSON
 * body.
 */
export interface SignedRequest {
	signature: string;
	url: string;
	parameters?: SignedParameters;
	/** The raw body of a JSON request; the URL then carries `bodySHA256`. */
	rawBody?: string;
	/**
	 * A JSON request: valid only with a `bodySHA256` in its URL, since the signature covers no body.
	 */
	json?: boolean;
}

/** Why a request is refused, or undefined when Twilio signed it. */
export type SignatureProblem = 'no-signature' | 'no-body-hash' | 'mismatch' | 'body-changed';

/**
 * Whether a request really comes from Twilio. A JSON body is checked through the `bodySHA256`
 * query parameter: the signature covers the URL alone, the hash covers the body. A JSON request
 * without `bodySHA256` is refused: nothing would vouch for its body.
 */
export function signatureProblem(
	authToken: string,
	request: SignedRequest,
): SignatureProblem | undefined {
	if (!authToken || !request.signature) return 'no-signature';
	const bodyHash = new URL(request.url).searchParams.get('bodySHA256');
	if (request.json && bodyHash === null) return 'no-body-hash';
	const parameters = bodyHash === null ? (request.parameters ?? {}) : {};
	const signed = signedUrlVariants(request.url).some((url) =>
		constantTimeEqual(twilioSignature(authToken, url, parameters), request.signature),
	);
	if (!signed) return 'mismatch';
	if (bodyHash === null) return undefined;
	const actualHash = createHash('sha256')
		.update(Buffer.from(request.rawBody ?? '', 'utf8'))
		.digest('hex');
	return constantTimeEqual(actualHash, bodyHash.toLowerCase()) ? undefined : 'body-changed';
}

export function isSignedByTwilio(authToken: string, request: SignedRequest): boolean {
	return signatureProblem(authToken, request) === undefined;
}
