import twilio from 'twilio';

import { PRODUCTS } from '../../../../nodes/Twilio/products/registry';
import {
	EDGES,
	MEDIA_CONTENT_PRODUCT,
	productBaseUrls,
	REGION_EDGES,
	type Product,
} from '../../../../nodes/Twilio/transport/hosts';
import { nextPageOf } from '../../../../nodes/Twilio/transport/pagination';

/**
 * Each product's host for each Region and edge, against Twilio's own library: twilio-node places a
 * product's host in a region and an edge with `getHostname` (lib/base/BaseTwilio.js), from the host
 * its generated code names for the product (`https://verify.twilio.com`…).
 */
const library = twilio('AC0123456789abcdef0123456789abcdef', 'token');
const baseUrlOf = (settings: Record<string, string>, product: Product) => {
	const urls = productBaseUrls(settings);
	if (typeof urls !== 'function') throw new Error(urls.error);
	return urls(product);
};
const libraryHost = (product: Product, edge?: string, region?: string) =>
	`https://${library.getHostname(`${product}.twilio.com`, edge, region)}`;

describe.each(PRODUCTS.map(({ name }) => [name]))('%s', (product) => {
	test('goes to its own host by default, as the library does', () => {
		expect(baseUrlOf({}, product)).toBe(`https://${product}.twilio.com`);
		expect(baseUrlOf({}, product)).toBe(libraryHost(product));
	});

	test.each(Object.entries(REGION_EDGES))(
		'in Region %s goes through the edge %s, as the library does given both',
		(region, edge) => {
			expect(baseUrlOf({ region }, product)).toBe(
				`https://${product}.${edge}.${region}.twilio.com`,
			);
			expect(baseUrlOf({ region, edge }, product)).toBe(libraryHost(product, edge, region));
		},
	);

	test.each(EDGES.map((edge) => [edge]))(
		'through the edge %s alone goes to us1, as the library does',
		(edge) => {
			expect(baseUrlOf({ edge }, product)).toBe(`https://${product}.${edge}.us1.twilio.com`);
			expect(baseUrlOf({ edge }, product)).toBe(libraryHost(product, edge));
		},
	);

	test("with the credential's API Base URL goes to its own place there: the classic API at the base, any other below it by name", () => {
		expect(baseUrlOf({ baseUrl: 'http://127.0.0.1:9999/', region: 'ie1' }, product)).toBe(
			product === 'api' ? 'http://127.0.0.1:9999' : `http://127.0.0.1:9999/${product}`,
		);
	});

	test('with a {product} placeholder in the base URL, to the place it names', () => {
		expect(baseUrlOf({ baseUrl: 'https://{product}.proxy.example/' }, product)).toBe(
			`https://${product}.proxy.example`,
		);
		expect(baseUrlOf({ baseUrl: 'http://127.0.0.1:9999/twilio/{product}' }, product)).toBe(
			`http://127.0.0.1:9999/twilio/${product}`,
		);
	});
});

describe("Conversations' Media Content Service, outside the registry and the libraries", () => {
	test('is at mcs.us1.twilio.com, its region in the host even in US1, whatever the edge', () => {
		expect(baseUrlOf({}, MEDIA_CONTENT_PRODUCT)).toBe('https://mcs.us1.twilio.com');
		expect(baseUrlOf({ edge: 'sydney' }, MEDIA_CONTENT_PRODUCT)).toBe('https://mcs.us1.twilio.com');
	});

	test("in another Region, at that region's host", () => {
		expect(baseUrlOf({ region: 'ie1' }, MEDIA_CONTENT_PRODUCT)).toBe('https://mcs.ie1.twilio.com');
	});

	test("behind the credential's API Base URL, below it by name like a product", () => {
		expect(baseUrlOf({ baseUrl: 'http://127.0.0.1:9999' }, MEDIA_CONTENT_PRODUCT)).toBe(
			'http://127.0.0.1:9999/mcs',
		);
		expect(baseUrlOf({ baseUrl: 'https://{product}.proxy.example' }, MEDIA_CONTENT_PRODUCT)).toBe(
			'https://mcs.proxy.example',
		);
	});
});

test('no two registered products share a place behind a configured base URL', () => {
	for (const baseUrl of ['http://127.0.0.1:9999', 'https://{product}.proxy.example']) {
		const places = [...PRODUCTS.map(({ name }) => name), MEDIA_CONTENT_PRODUCT].map((name) =>
			baseUrlOf({ baseUrl }, name),
		);
		expect(new Set(places).size).toBe(PRODUCTS.length + 1);
	}
});

describe("the next page of a product's list", () => {
	const first = '/v2/Services';
	const base = 'https://verify.dublin.ie1.twilio.com';
	const page = (next: unknown) => ({ services: [], meta: { next_page_url: next } });

	test("continues with the link's path and query, on the node's own base URL", () => {
		expect(
			nextPageOf(
				page('https://verify.twilio.com/v2/Services?PageSize=50&Page=1&PageToken=PAxyz'),
				first,
				'verify',
				base,
			),
		).toBe('/v2/Services?PageSize=50&Page=1&PageToken=PAxyz');
		expect(nextPageOf(page(`${base}/v2/Services?Page=1`), first, 'verify', base)).toBe(
			'/v2/Services?Page=1',
		);
		expect(
			nextPageOf(
				page('http://127.0.0.1:9999/proxy/v2/Services?Page=1'),
				first,
				'verify',
				'http://127.0.0.1:9999/proxy',
			),
		).toBe('/v2/Services?Page=1');
	});

	test('ends on the last page', () => {
		expect(nextPageOf(page(null), first, 'verify', base)).toBeUndefined();
		expect(nextPageOf({ services: [] }, first, 'verify', base)).toBeUndefined();
	});

	test.each([
		['another host', 'https://example.com/v2/Services?Page=1'],
		["another product's host", 'https://studio.twilio.com/v2/Services?Page=1'],
		['a look-alike host', 'https://verify.twilio.com.example.com/v2/Services?Page=1'],
		['plain http', 'http://verify.twilio.com/v2/Services?Page=1'],
		[
			'another list',
			'https://verify.twilio.com/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications?Page=1',
		],
		['no URL', '/v2/Services?Page=1'],
		['not text', 42],
	])('refuses %s', (_, next) => {
		expect(nextPageOf(page(next), first, 'verify', base)).toEqual({
			error: expect.stringMatching(/^Twilio's next page link does not continue the same list/),
		});
	});
});
