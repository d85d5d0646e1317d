import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const TWILIO_API_URL = 'https://api.twilio.com';

/**
 * The Twilio products the node reaches, each on its own host, `https://{product}.twilio.com`: `api`
 * for the classic API (2010-04-01), and the products whose OpenAPI descriptions name
 * lookups.twilio.com, verify.twilio.com, content.twilio.com, messaging.twilio.com and
 * studio.twilio.com as their servers.
 */
export const PRODUCTS = ['api', 'lookups', 'verify', 'content', 'messaging', 'studio'] as const;

export type Product = (typeof PRODUCTS)[number];

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

type Region = keyof typeof REGION_EDGES;

const isRegion = (value: string): value is Region =>
	Object.prototype.hasOwnProperty.call(REGION_EDGES, value);

/**
 * Where the requests for each product go. With the credential's API Base URL changed (a proxy, the
 * emulator), every product goes to that one base, each with its own path (`/2010-04-01/…`,
 * `/v2/…`): the paths of the products the node reaches do not collide. Otherwise each product has
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
		let parsed: URL;
		try {
			parsed = new URL(configured);
		} catch {
			return { error: `The credential's API Base URL "${configured}" is not a valid URL` };
		}
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
			return { error: "The credential's API Base URL must start with https:// or http://" };
		}
		return () => configured;
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
		return (product) => `https://${product}.${own}.${region}.twilio.com`;
	}
	return edge
		? (product) => `https://${product}.${edge}.us1.twilio.com`
		: (product) => `https://${product}.twilio.com`;
}

/** The classic API's base URL for the credential (see `productBaseUrls`), or an error message. */
export function apiBaseUrl(
	credentials: ICredentialDataDecryptedObject,
): string | { error: string } {
	const urls = productBaseUrls(credentials);
	return typeof urls === 'function' ? urls('api') : urls;
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
