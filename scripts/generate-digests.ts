/**
 * Writes each product's digest, `nodes/Twilio/products/{product}/digest.ts`, from Twilio's official
 * OpenAPI descriptions in `openapi/`: each operation's method, path, list key and parameters (name,
 * location, type, format, enumeration, bounds, required flag, SID prefixes). The node is built from
 * these, so the facts the spec states are never typed by hand. Run `npm run generate:digests` after
 * updating a spec; `test/scripts/generateDigests.test.ts` checks that the committed files match.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ProductIdentity } from '../nodes/Twilio/products/identity';
import type {
	Product,
	OpenApiItems,
	OpenApiOperation,
	OpenApiParameter,
	OpenApiType,
} from '../nodes/Twilio/engine/openApi';
import { defaultIn, plainText, takesDayOffsets, valuesListedIn } from '../openapi/prose';

// The project's folder, whether this runs from scripts/ (tests) or compiled into .build/scripts/.
const root = path.join(
	__dirname,
	...(path.basename(path.dirname(__dirname)) === '.build' ? ['..', '..'] : ['..']),
);

interface Schema {
	$ref?: string;
	type?: string;
	format?: string;
	enum?: string[];
	minimum?: number;
	maximum?: number;
	default?: unknown;
	pattern?: string;
	items?: Schema;
	properties?: Record<string, Schema>;
	required?: string[];
	description?: string;
}

interface OpenApi {
	paths: Record<string, Record<string, Operation | unknown>>;
	components: { schemas: Record<string, Schema>; parameters?: Record<string, RawParameter> };
}

interface RawParameter {
	name: string;
	in: string;
	required?: boolean;
	schema?: Schema;
	description?: string;
}

interface Operation {
	operationId: string;
	parameters?: Array<RawParameter | { $ref: string }>;
	requestBody?: { content?: Record<string, { schema?: Schema }> };
	responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
	'x-twilio'?: { conditional?: string[][] };
}

/** Where each product's folder is (`{name}/product.ts` says what it is). */
const PRODUCTS_DIR = path.join(__dirname, '..', 'nodes', 'Twilio', 'products');

/**
 * The products the node is built from, found as folders with a `product.ts`: each one's description
 * and digest, every operation of it.
 */
export function productsToGenerate(): ProductIdentity[] {
	return readdirSync(PRODUCTS_DIR, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => {
			const folder = path.join(PRODUCTS_DIR, entry.name);
			if (!readdirSync(folder).some((file) => /^product\.(ts|js)$/.test(file))) return [];
			// The folders are found at run time: a product added is generated before anything imports it.
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const exported = Object.values(require(path.join(folder, 'product')) as object);
			return exported.filter(
				(value): value is ProductIdentity =>
					typeof value === 'object' && value !== null && 'openApi' in value,
			);
		});
}

const METHODS = ['get', 'post', 'put', 'delete'] as const;
const ANY_SID_PATTERN = '^[a-zA-Z]{2}[0-9a-fA-F]{32}$';
const SID_PATTERN = /^\^(?:\(([A-Z]{2}(?:\|[A-Z]{2})*)\)|([A-Z]{2}))\[0-9a-fA-F\]\{32\}\$$/;

function resolve(spec: OpenApi, schema: Schema | undefined): Schema {
	if (!schema?.$ref) return schema ?? {};
	return spec.components.schemas[schema.$ref.split('/').pop()!] ?? {};
}

function typeOf(schema: Schema): OpenApiType {
	const type = schema.type ?? 'object';
	if (!['string', 'integer', 'number', 'boolean', 'array', 'object'].includes(type))
		throw new Error(`Unknown type ${type}`);
	return type as OpenApiType;
}

/**
 * A `snake_case` name of `x-twilio.conditional` as the parameter's own name: `media_url` →
 * `MediaUrl`.
 */
function pascal(name: string, names: string[]): string {
	const found = names.find(
		(candidate) =>
			candidate.replace(/[<>]/g, '').toLowerCase() === name.replace(/_/g, '').toLowerCase(),
	);
	if (!found) throw new Error(`No parameter for ${name}`);
	return found;
}

function parameter(
	spec: OpenApi,
	name: string,
	location: OpenApiParameter['in'],
	raw: Schema,
	required: boolean,
	description?: string,
): OpenApiParameter {
	const schema = resolve(spec, raw);
	const result: OpenApiParameter = { name, in: location, type: typeOf(schema) };
	if (schema.format) result.format = schema.format;
	if (schema.enum) result.enum = schema.enum;
	const texts =
		schema.type === 'string' ||
		(schema.type === 'array' && resolve(spec, schema.items).type === 'string');
	const listed =
		schema.enum || resolve(spec, schema.items).enum || !texts
			? undefined
			: valuesListedIn(description ?? schema.description);
	if (listed) result.listed = listed;
	if (schema.format === 'date' && takesDayOffsets(description ?? schema.description))
		result.dayOffsets = true;
	if (schema.type === 'integer' || schema.type === 'number') {
		const documented =
			typeof schema.default === 'number'
				? schema.default
				: defaultIn(description ?? schema.description);
		if (documented !== undefined) result.default = documented;
	}
	if (required) result.required = true;
	if (schema.minimum !== undefined) result.minimum = schema.minimum;
	if (schema.maximum !== undefined) result.maximum = schema.maximum;
	const sid = schema.pattern ? SID_PATTERN.exec(schema.pattern) : null;
	if (sid) result.sid = (sid[1] ?? sid[2]).split('|');
	else if (schema.pattern === ANY_SID_PATTERN) result.anySid = true;
	else if (schema.pattern) throw new Error(`${name}: pattern ${schema.pattern} is not a SID's`);
	const text = plainText(description ?? raw.description ?? schema.description);
	if (text) result.text = text;
	if (schema.type === 'array') {
		const items = resolve(spec, schema.items);
		const described: OpenApiItems = { type: typeOf(items) };
		if (items.format) described.format = items.format;
		if (items.enum) described.enum = items.enum;
		result.items = described;
	}
	return result;
}

/** The key of the records in a list answer: its one array property. */
function listKey(spec: OpenApi, operation: Operation): string | undefined {
	const ok = operation.responses['200']?.content?.['application/json']?.schema;
	const properties = resolve(spec, ok).properties ?? {};
	if (!('next_page_uri' in properties) && !('meta' in properties)) return undefined;
	const arrays = Object.entries(properties).filter(
		([, schema]) => resolve(spec, schema).type === 'array',
	);
	if (arrays.length !== 1)
		throw new Error(`${operation.operationId}: ${arrays.length} arrays in its list answer`);
	return arrays[0][0];
}

/**
 * The spec's operations, as the node's digest holds them.
 */
export function operationsOf(spec: OpenApi, product: Product): OpenApiOperation[] {
	const operations: OpenApiOperation[] = [];
	for (const [apiPath, item] of Object.entries(spec.paths)) {
		for (const method of METHODS) {
			const operation = item[method] as Operation | undefined;
			if (!operation) continue;
			const parameters = [
				...((item.parameters as Operation['parameters']) ?? []),
				...(operation.parameters ?? []),
			]
				.map((raw) =>
					'$ref' in raw ? spec.components.parameters![raw.$ref.split('/').pop()!] : raw,
				)
				.map((raw) =>
					parameter(
						spec,
						raw.name,
						raw.in as OpenApiParameter['in'],
						raw.schema ?? {},
						raw.required === true,
						raw.description,
					),
				);
			// Most operations take a form; the Content API takes JSON.
			const content = operation.requestBody?.content ?? {};
			const json =
				!content['application/x-www-form-urlencoded'] && content['application/json'] !== undefined;
			const body = resolve(
				spec,
				content[json ? 'application/json' : 'application/x-www-form-urlencoded']?.schema,
			);
			for (const [name, schema] of Object.entries(body.properties ?? {})) {
				parameters.push(
					parameter(spec, name, 'body', schema, body.required?.includes(name) === true),
				);
			}
			const names = parameters.map((candidate) => candidate.name);
			const oneOf = operation['x-twilio']?.conditional?.map((group) =>
				group.map((name) => pascal(name, names)),
			);
			const list = method === 'get' ? listKey(spec, operation) : undefined;
			operations.push({
				id: operation.operationId,
				product,
				method: method.toUpperCase() as OpenApiOperation['method'],
				path: apiPath,
				parameters,
				...(list ? { list } : {}),
				...(oneOf ? { oneOf } : {}),
				...(json ? { body: 'json' as const } : {}),
				...(Object.keys(operation.responses).some((status) => status.startsWith('3'))
					? { redirects: true as const }
					: {}),
			});
		}
	}
	return operations;
}

/**
 * The TypeScript module of one spec: its operations by operationId, as one JSON text parsed the
 * first time an operation is looked up (V8 reads JSON faster than the same object written as
 * code), so that loading the node parses none of it.
 */
function moduleText(operations: OpenApiOperation[], exportName: string, file: string): string {
	const byId = Object.fromEntries(operations.map((operation) => [operation.id, operation]));
	return [
		`// Generated by scripts/generate-digests.ts from openapi/${file}. Do not edit.`,
		"import { parsedOnFirstUse, type OpenApiOperation } from '../../engine/openApi';",
		'',
		`export const ${exportName}: {`,
		...operations.map((operation) => `\t${operation.id}: OpenApiOperation;`),
		`} = parsedOnFirstUse(${JSON.stringify(JSON.stringify(byId))});`,
		'',
	].join('\n');
}

function targetFile(product: Product): string {
	return path.join(root, 'nodes', 'Twilio', 'products', product, 'digest.ts');
}

export function generate(): Array<{ file: string; text: string }> {
	return productsToGenerate().map(({ name: product, openApi: file, digest: exportName }) => {
		const spec = JSON.parse(readFileSync(path.join(root, 'openapi', file), 'utf8')) as OpenApi;
		const operations = operationsOf(spec, product);
		return { file: targetFile(product), text: moduleText(operations, exportName, file) };
	});
}

if (require.main === module) {
	for (const { file, text } of generate()) {
		writeFileSync(file, text);
		console.log(`Wrote ${path.relative(root, file)}`);
	}
}
