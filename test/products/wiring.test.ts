import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { engineOf, PRODUCT_BEHAVIOURS, routeOf } from '../../emulator/products';
import { catalog } from '../../nodes/Twilio/products';
import { PRODUCTS } from '../../nodes/Twilio/products/registry';
import { productBaseUrls } from '../../nodes/Twilio/transport/hosts';
import { productsToGenerate } from '../../scripts/generate-digests';
import { nodeTypeInstances, PACKAGE_NAME } from '../helpers/n8n';

/**
 * Every product of the registry is wired everywhere a product is read: its folder (identity,
 * digest, resources) and the generator, its OpenAPI description, its node (class, codex, icons,
 * package.json, catalog), the transport, the emulator, the README and its tests. Adding a product
 * is a folder and a line in `nodes/Twilio/products/registry.ts`; this test names whatever else is
 * missing.
 */

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const exists = (file: string) => existsSync(path.join(ROOT, file));
const readme = read('README.md');
const packageJson = JSON.parse(read('package.json')) as { n8n: { nodes: string[] } };

test('the registry lists each product once, by a name of its own', () => {
	const names = PRODUCTS.map((product) => product.name);
	expect(new Set(names).size).toBe(names.length);
	expect(names.length).toBeGreaterThanOrEqual(6);
});

test("a resource's value names it in one node only, so a resource says which node runs it", () => {
	const values = PRODUCTS.flatMap((product) => product.resources.map((declare) => declare().value));
	const repeated = values.filter((value, index) => values.indexOf(value) !== index);
	expect(repeated).toEqual([]);
});

describe.each(PRODUCTS.map((product) => [product.name, product] as const))(
	'%s',
	(name, product) => {
		const folder = `nodes/Twilio/products/${name}`;

		test('has its folder: identity, generated digest and resources, found by the generator', () => {
			for (const file of ['product.ts', 'digest.ts', 'index.ts'])
				expect(exists(`${folder}/${file}`)).toBe(true);
			expect(read(`${folder}/digest.ts`)).toContain(`export const ${product.digest}:`);
			expect(read(`${folder}/digest.ts`)).toContain(`from openapi/${product.openApi}.`);
			expect(productsToGenerate().map(({ name: found }) => found)).toContain(name);
			expect(product.resources.length).toBeGreaterThan(0);
		});

		test("has Twilio's description in openapi/, listed in its README", () => {
			expect(exists(`openapi/${product.openApi}`)).toBe(true);
			expect(read('openapi/README.md')).toContain(`\`${product.openApi}\``);
		});

		test('has its node: class, codex, icons, package.json entry, and resources in its catalog', () => {
			const { folder: nodeFolder, name: nodeName, displayName } = product.node;
			for (const file of [
				`${nodeFolder}.node.ts`,
				`${nodeFolder}.node.json`,
				'twilio.svg',
				'twilio.dark.svg',
			])
				expect(exists(`nodes/${nodeFolder}/${file}`)).toBe(true);
			expect(packageJson.n8n.nodes).toContain(`dist/nodes/${nodeFolder}/${nodeFolder}.node.js`);
			expect(nodeTypeInstances[`${PACKAGE_NAME}.${nodeName}`].description.displayName).toBe(
				displayName,
			);
			const own = catalog(nodeName).filter((resource) =>
				resource.operations.some((operation) => operation.product === name),
			);
			expect(own.map((resource) => resource.value)).toEqual(
				product.resources.map((declare) => declare().value),
			);
		});

		test('has its own place behind a configured base URL, and its hosts at Twilio', () => {
			const urls = productBaseUrls({ baseUrl: 'http://127.0.0.1:9' });
			if (typeof urls !== 'function') throw new Error(urls.error);
			expect(urls(name)).toBe(name === 'api' ? 'http://127.0.0.1:9' : `http://127.0.0.1:9/${name}`);
			const twilio = productBaseUrls({ region: 'ie1' });
			if (typeof twilio !== 'function') throw new Error(twilio.error);
			expect(twilio(name)).toBe(`https://${name}.dublin.ie1.twilio.com`);
		});

		test('is served by the emulator: its behaviours, its engine, its routes', () => {
			expect(PRODUCT_BEHAVIOURS[name]).toBeDefined();
			expect(engineOf(name).spec.operations.length).toBeGreaterThan(0);
			const [first] = engineOf(name).spec.operations;
			const served = name === 'api' ? first.template : `/${name}${first.template}`;
			expect(routeOf(served)).toEqual({ product: name, apiPath: first.template });
		});

		test('is in the README (its node, its resources table) and has its tests', () => {
			expect(readme).toContain(`**${product.node.displayName}**`);
			// A section of its own: `## Twilio Verify`, not `## Twilio Connector Trigger`.
			expect(readme).toMatch(new RegExp(`^#+ ${product.node.displayName}(?! Trigger)\\b`, 'm'));
			expect(exists(`test/nodes/Twilio/products/${name}`)).toBe(true);
		});
	},
);
