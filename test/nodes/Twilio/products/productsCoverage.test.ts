import { readFileSync } from 'node:fs';
import path from 'node:path';

import { EXCLUDED_EVERYWHERE } from '../../../../nodes/Twilio/declarations/complete';
import { catalog } from '../../../../nodes/Twilio/products';
import { descriptionOf } from '../../../helpers/n8n';
import {
	fieldsByTwilioName,
	offered,
	pairLabel as label,
	shownProperties,
} from '../../../helpers/shownFields';

/**
 * The node against the operations of Twilio's products beyond the classic API that it covers
 * (`openapi/beyond-scope.json`), each read from its product's official OpenAPI description
 * itself, not from the node's digest: every operation is exactly one resource/operation pair, sent
 * to its product with its method and path, and every parameter of it a property the editor shows
 * for that pair. Only the paging parameters, which the engine sets, are not properties.
 */
const SPEC_DIR = path.join(__dirname, '..', '..', '..', '..', 'openapi');

interface Scope {
	products: Record<
		string,
		{
			spec: string;
			host: string;
			operations: Array<{ method: string; path: string; operationId: string }>;
		}
	>;
}
interface Parameter {
	name: string;
}
interface OpenApiOperation {
	operationId: string;
	parameters?: Parameter[];
	requestBody?: {
		content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, unknown> } }>;
	};
}
interface SpecFile {
	paths: Record<string, Record<string, OpenApiOperation> & { parameters?: Parameter[] }>;
	components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const scope = JSON.parse(readFileSync(path.join(SPEC_DIR, 'beyond-scope.json'), 'utf8')) as Scope;

/**
 * Every operation of the scope with its product (the first label of its host) and the names of its
 * parameters.
 */
const scoped = Object.values(scope.products).flatMap(({ spec: file, host, operations }) => {
	const spec = JSON.parse(readFileSync(path.join(SPEC_DIR, file), 'utf8')) as SpecFile;
	const product = new URL(host).hostname.split('.')[0];
	return operations.map(({ method, path: apiPath, operationId }) => {
		const item = spec.paths[apiPath];
		const operation = item[method.toLowerCase()];
		const content = operation.requestBody?.content ?? {};
		const schema = (content['application/x-www-form-urlencoded'] ?? content['application/json'])
			?.schema;
		const body = schema?.$ref ? spec.components.schemas[schema.$ref.split('/').pop()!] : schema;
		const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(
			(parameter) => parameter.name,
		);
		return {
			label: `${product} ${operationId}`,
			product,
			method,
			path: apiPath,
			id: operation.operationId,
			parameters: [...parameters, ...Object.keys(body?.properties ?? {})],
		};
	});
});

const pairs = catalog().flatMap((resource) =>
	resource.operations.map((operation) => ({ resource, operation })),
);

const counts = { operations: 0, parameters: 0, properties: 0, paging: 0 };

test('the scope holds the 36 operations of the issue, and the node sends each to its own product', () => {
	expect(scoped).toHaveLength(36);
	expect(new Set(scoped.map((operation) => operation.product))).toEqual(
		new Set(['lookups', 'verify', 'content', 'messaging', 'studio']),
	);
});

describe.each(scoped.map((operation) => [operation.label, operation] as const))(
	'%s',
	(_, operation) => {
		const mapped = pairs.filter(
			(pair) =>
				pair.operation.product === operation.product &&
				pair.operation.spec.some((spec) => spec.id === operation.id),
		);

		test('is exactly one resource/operation pair, with its method and path', () => {
			expect(mapped.map(label)).toHaveLength(1);
			const [{ operation: pair }] = mapped;
			expect({ method: pair.method, path: pair.path }).toEqual({
				method: operation.method,
				path: operation.path,
			});
			counts.operations++;
		});

		test("every parameter is a property shown for the pair (paging is the engine's)", () => {
			const [pair] = mapped;
			const shown = shownProperties(
				descriptionOf(pair.resource.value),
				pair.resource.value,
				pair.operation.value,
			);
			const byName = fieldsByTwilioName(pair.operation);
			const unmapped = operation.parameters.filter((name) => {
				if (EXCLUDED_EVERYWHERE[name]) return false;
				const field = byName.get(name);
				return !field || !offered(field, shown);
			});
			expect({ pair: label(pair), unmapped, excluded: pair.operation.excluded ?? {} }).toEqual({
				pair: label(pair),
				unmapped: [],
				excluded: {},
			});
			for (const name of operation.parameters) {
				counts.parameters++;
				if (EXCLUDED_EVERYWHERE[name]) counts.paging++;
				else counts.properties++;
			}
		});
	},
);

afterAll(() => {
	process.stdout.write(
		`Coverage beyond the classic API: ${counts.operations}/${scoped.length} operations mapped to one pair each, ` +
			`${counts.properties} of ${counts.parameters} parameters as properties, ${counts.paging} paging parameters set by the engine, none excluded\n`,
	);
});
