import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const TWILIO_API_URL = 'https://api.twilio.com';

/**
 * A Twilio product as the transport knows it: the first label of its host,
 * `https://{product}.twilio.com` (`api` for the classic API, `verify`…). The product registry lists
 * them; each operation names its own.
 */
export type Product = string;

/** The classic API's product: at the root of a configured base URL. */
export const CLASSIC_PRODUCT = 'api';

/** Where a configured base URL names each product's place (a host label or a path segment). */
export const PRODUCT_PLACEHOLDER = '{product}';

/**
 * Twilio's processing Regions outside the default US1, each with the edge location its API is
 * reached through. Since 28 April 2026 Twilio no longer serves `api.{region}.twilio.com`; its
 * helper libraries give a region named without an edge its default edge (twilio-go,
 * client/request_handler.go, `regionToEdge`) and build `api.{edge}.{region}.twilio.com`. Twilio's
 * CLI documents these pairs as the valid region/edge combinations of a regional profile.
 */
export const REGION_EDGES = { au1: 'sydney', ie1: 'dublin', jp1: 'tokyo' } as const;

/** Twilio's public edge locations (docs: Global Infrastructure → Edge Locations). */
export const EDGES = [
	'ashburn',
	'dublin',
	'frankfurt',
	'roaming',
	'sao-paulo',
	'singapore',
	'sydney',
	'tokyo',
	'umatilla',
] as const;

/**
 * Twilio's Media Content Service, where Conversations keeps its messages' files. Its host names
 * the region even in US1 and no edge, `https://mcs.us1.twilio.com` (Twilio's "Conversations Media
 * Resource" page, which also says the service is outside Twilio's helper libraries and OpenAPI
 * descriptions); in another region it is taken as `mcs.{region}.twilio.com`, the same shape.
 */
export const MEDIA_CONTENT_PRODUCT = 'mcs';

type Region = keyof typeof REGION_EDGES;

const isRegion = (value: string): value is Region =>
	Object.prototype.hasOwnProperty.call(REGION_EDGES, value);

/**
 * Where the requests for each product go. With the credential's API Base URL changed (a proxy, the
 * emulator), each product goes to its own place there, since Twilio's products share paths
 * (`/v1/Services` is Messaging's, Conversations' and Chat's): where the base holds `{product}`, the
 * product's name replaces it (`https://{product}.proxy.example`, `http://proxy/{product}`);
 * otherwise the classic API is at the base and every other product below it
 * (`{base}/verify/v2/…`), as the project's emulator serves them. Otherwise each product has
 * its own host, `https://{product}.twilio.com`, and with a region or an edge
 * `https://{product}.{edge}.{region}.twilio.com`, where a region given alone takes its own edge and
 * an edge given alone goes to region us1. That is how Twilio's libraries place any product's host
 * in a region: they keep the first label of the product's host and insert edge and region before
 * `twilio.com` (twilio-node lib/base/BaseTwilio.js `getHostname`: `[product, edge, region,
 * domain]`; twilio-go client/request_handler.go `BuildUrl`: `product.edge.region.twilio.com`).
 */
export type ProductBaseUrl = (product: Product) => string;

/**
 * The base URL of each product for the credential, or an error message when a setting is unusable.
 * Only these URLs ever receive the credential.
 */
export function productBaseUrls(
	credentials: ICredentialDataDecryptedObject,
): ProductBaseUrl | { error: string } {
	const configured = String(credentials.baseUrl ?? '')
		.trim()
		.replace(/\/+$/, '');
	if (configured && configured !== TWILIO_API_URL) {
		const placed = configured.includes(PRODUCT_PLACEHOLDER);
		let parsed: URL;
		try {
			parsed = new URL(configured.replaceAll(PRODUCT_PLACEHOLDER, CLASSIC_PRODUCT));
		} catch {
			return { error: `The credential's API Base URL "${configured}" is not a valid URL` };
		}
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
			return { error: "The credential's API Base URL must start with https:// or http://" };
		}
		if (placed) return (product) => configured.replaceAll(PRODUCT_PLACEHOLDER, product);
		return (product) => (product === CLASSIC_PRODUCT ? configured : `${configured}/${product}`);
	}
	const region = String(credentials.region ?? '').trim();
	const edge = String(credentials.edge ?? '').trim();
	if (region && region !== 'us1' && !isRegion(region)) {
		return {
			error: `The credential's Region "${region}" is not a Twilio Region: use ${Object.keys(REGION_EDGES).join(', ')} or leave it empty for US1`,
		};
	}
	if (edge && !(EDGES as readonly string[]).includes(edge)) {
		return {
			error: `The credential's Edge "${edge}" is not a Twilio edge location: use one of ${EDGES.join(', ')}`,
		};
	}
	if (isRegion(region)) {
		const own = REGION_EDGES[region];
		if (edge && edge !== own) {
			return {
				error: `The credential's Region ${region} is reached through the edge ${own}, not ${edge}: leave Edge empty or choose ${own}`,
			};
		}
		return (product) =>
			product === MEDIA_CONTENT_PRODUCT
				? `https://${product}.${region}.twilio.com`
				: `https://${product}.${own}.${region}.twilio.com`;
	}
	return (product) => {
		if (product === MEDIA_CONTENT_PRODUCT) return `https://${product}.us1.twilio.com`;
		return edge ? `https://${product}.${edge}.us1.twilio.com` : `https://${product}.twilio.com`;
	};
}

/** The classic API's base URL for the credential (see `productBaseUrls`), or an error message. */
export function apiBaseUrl(
	credentials: ICredentialDataDecryptedObject,
): string | { error: string } {
	const urls = productBaseUrls(credentials);
	return typeof urls === 'function' ? urls(CLASSIC_PRODUCT) : urls;
}

/**
 * Whether a URL's host is one of Twilio's own hosts of the product: `{product}.twilio.com`, with an
 * edge and a region or not. Twilio's newer APIs write absolute page links on such a host.
 */
export function isProductHost(url: URL, product: Product): boolean {
	return (
		url.protocol === 'https:' &&
		!url.port &&
		new RegExp(`^${product}(?:\\.[a-z0-9-]+){0,2}\\.twilio\\.com$`).test(url.hostname)
	);
}
