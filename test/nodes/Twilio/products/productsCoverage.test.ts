import { readFileSync } from 'node:fs';
import path from 'node:path';

import { EXCLUDED_EVERYWHERE } from '../../../../nodes/Twilio/declarations/complete';
import { catalog } from '../../../../nodes/Twilio/products';
import { PRODUCTS } from '../../../../nodes/Twilio/products/registry';
import { descriptionOf } from '../../../helpers/n8n';
import {
	fieldsByTwilioName,
	offered,
	pairLabel as label,
	shownProperties,
} from '../../../helpers/shownFields';

/**
 * The nodes against every operation of Twilio's products beyond the classic API, each read from
 * its product's official OpenAPI description itself, not from the node's digest:
 * every operation is exactly one resource/operation pair, sent to its product with its method and
 * path, and every parameter of it a property the editor shows for that pair. Only the paging
 * parameters, which the engine sets, are not properties.
 */
const SPEC_DIR = path.join(__dirname, '..', '..', '..', '..', 'openapi');

/** An operation of a description: its method, path and Twilio's name for it. */
interface SpecOperation {
	method: string;
	path: string;
	operationId: string;
}
interface Parameter {
	name: string;
}
type ParameterOrRef = Parameter | { $ref: string };
interface OpenApiOperation {
	operationId: string;
	parameters?: ParameterOrRef[];
	requestBody?: {
		content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, unknown> } }>;
	};
}
interface SpecFile {
	paths: Record<string, Record<string, OpenApiOperation> & { parameters?: ParameterOrRef[] }>;
	components: {
		schemas: Record<string, { properties?: Record<string, unknown> }>;
		parameters?: Record<string, Parameter>;
	};
}

/** Every operation a description has. */
function everyOperationOf(spec: SpecFile): SpecOperation[] {
	return Object.entries(spec.paths).flatMap(([apiPath, item]) =>
		Object.entries(item)
			.filter(([method]) => ['get', 'post', 'put', 'delete'].includes(method))
			.map(([method, operation]) => ({
				method: method.toUpperCase(),
				path: apiPath,
				operationId: (operation as OpenApiOperation).operationId,
			})),
	);
}

/** Every operation of every product beyond the classic API, with the names of its parameters. */
const described = PRODUCTS.filter((product) => product.name !== 'api').flatMap((registered) => {
	const spec = JSON.parse(
		readFileSync(path.join(SPEC_DIR, registered.openApi), 'utf8'),
	) as SpecFile;
	const product = registered.name;
	return everyOperationOf(spec).map(({ method, path: apiPath, operationId }) => {
		const item = spec.paths[apiPath];
		const operation = item[method.toLowerCase()];
		const content = operation.requestBody?.content ?? {};
		const schema = (content['application/x-www-form-urlencoded'] ?? content['application/json'])
			?.schema;
		const body = schema?.$ref ? spec.components.schemas[schema.$ref.split('/').pop()!] : schema;
		const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(
			(parameter) =>
				'$ref' in parameter
					? spec.components.parameters![parameter.$ref.split('/').pop()!].name
					: parameter.name,
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

const counts = { operations: 0, parameters: 0, properties: 0, engine: 0 };

test('the nodes cover Lookup, Verify, Content, Messaging, Studio, Monitor, Event Streams, Voice Intelligence and Conversations whole', () => {
	expect(described).toHaveLength(10 + 57 + 9 + 58 + 19 + 4 + 22 + 29 + 103);
	expect(described.filter((operation) => operation.product === 'messaging')).toHaveLength(58);
	expect(described.filter((operation) => operation.product === 'verify')).toHaveLength(57);
	expect(described.filter((operation) => operation.product === 'lookups')).toHaveLength(10);
	expect(described.filter((operation) => operation.product === 'content')).toHaveLength(9);
	expect(described.filter((operation) => operation.product === 'studio')).toHaveLength(19);
	expect(new Set(described.map((operation) => operation.product))).toEqual(
		new Set([
			'lookups',
			'verify',
			'content',
			'messaging',
			'studio',
			'monitor',
			'events',
			'intelligence',
			'conversations',
		]),
	);
});

describe.each(described.map((operation) => [operation.label, operation] as const))(
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
			// A path the item's values choose (Conversations' default or named service) is one of its
			// spec operations'.
			const path =
				typeof pair.path === 'string'
					? pair.path
					: pair.spec.find((spec) => spec.id === operation.id)?.path;
			expect({ method: pair.method, path }).toEqual({
				method: operation.method,
				path: operation.path,
			});
			counts.operations++;
		});

		test("every parameter is a property shown for the pair (paging and an answer's version are the engine's)", () => {
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
				if (EXCLUDED_EVERYWHERE[name]) counts.engine++;
				else counts.properties++;
			}
		});
	},
);

afterAll(() => {
	process.stdout.write(
		`Coverage beyond the classic API: ${counts.operations}/${described.length} operations mapped to one pair each, ` +
			`${counts.properties} of ${counts.parameters} parameters as properties, ${counts.engine} excluded everywhere with their reason (paging, which the engine does; an answer's version; an ETag), none excluded by an operation\n`,
	);
});
