/**
 * Writes `nodes/TwilioConnector/resources/spec/*.ts` from Twilio's official OpenAPI descriptions in
 * `emulator/spec/`: each operation's method, path, list key and parameters (name, location, type,
 * format, enumeration, bounds, required flag, SID prefixes). The node is built from these, so the
 * facts the spec states are never typed by hand. Run `npm run generate:spec` after updating a spec;
 * `test/scripts/generateSpec.test.ts` checks that the committed files match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Product, SpecItems, SpecOperation, SpecParameter, SpecType } from '../nodes/TwilioConnector/engine/spec';

// The project's folder, whether this runs from scripts/ (tests) or compiled into .build/scripts/.
const root = path.join(__dirname, ...(path.basename(path.dirname(__dirname)) === '.build' ? ['..', '..'] : ['..']));

interface Schema {
	$ref?: string;
	type?: string;
	format?: string;
	enum?: string[];
	minimum?: number;
	maximum?: number;
	pattern?: string;
	items?: Schema;
	properties?: Record<string, Schema>;
	required?: string[];
}

interface OpenApi {
	paths: Record<string, Record<string, Operation | unknown>>;
	components: { schemas: Record<string, Schema> };
}

interface Operation {
	operationId: string;
	parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Schema }>;
	requestBody?: { content?: Record<string, { schema?: Schema }> };
	responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
	'x-twilio'?: { conditional?: string[][] };
}

/** The specs the node is built from, and the product each one serves. */
export const SPECS: Array<{ product: Product; file: string; module: string; exportName: string }> = [
	{ product: 'api', file: 'twilio_api_v2010.json', module: 'api_v2010', exportName: 'API_V2010' },
];

const METHODS = ['get', 'post', 'delete'] as const;
const SID_PATTERN = /^\^(?:\(([A-Z]{2}(?:\|[A-Z]{2})*)\)|([A-Z]{2}))\[0-9a-fA-F\]\{32\}\$$/;

function resolve(spec: OpenApi, schema: Schema | undefined): Schema {
	if (!schema?.$ref) return schema ?? {};
	return spec.components.schemas[schema.$ref.split('/').pop()!] ?? {};
}

function typeOf(schema: Schema): SpecType {
	const type = schema.type ?? 'object';
	if (!['string', 'integer', 'number', 'boolean', 'array', 'object'].includes(type)) throw new Error(`Unknown type ${type}`);
	return type as SpecType;
}

/** A `snake_case` name of `x-twilio.conditional` as the parameter's own name: `media_url` → `MediaUrl`. */
function pascal(name: string, names: string[]): string {
	const found = names.find((candidate) => candidate.replace(/[<>]/g, '').toLowerCase() === name.replace(/_/g, '').toLowerCase());
	if (!found) throw new Error(`No parameter for ${name}`);
	return found;
}

function parameter(spec: OpenApi, name: string, location: SpecParameter['in'], raw: Schema, required: boolean): SpecParameter {
	const schema = resolve(spec, raw);
	const result: SpecParameter = { name, in: location, type: typeOf(schema) };
	if (schema.format) result.format = schema.format;
	if (schema.enum) result.enum = schema.enum;
	if (required) result.required = true;
	if (schema.minimum !== undefined) result.minimum = schema.minimum;
	if (schema.maximum !== undefined) result.maximum = schema.maximum;
	const sid = schema.pattern ? SID_PATTERN.exec(schema.pattern) : null;
	if (sid) result.sid = (sid[1] ?? sid[2]).split('|');
	else if (schema.pattern) throw new Error(`${name}: pattern ${schema.pattern} is not a SID's`);
	if (schema.type === 'array') {
		const items = resolve(spec, schema.items);
		const described: SpecItems = { type: typeOf(items) };
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
	const arrays = Object.entries(properties).filter(([, schema]) => resolve(spec, schema).type === 'array');
	if (arrays.length !== 1) throw new Error(`${operation.operationId}: ${arrays.length} arrays in its list answer`);
	return arrays[0][0];
}

export function operationsOf(spec: OpenApi, product: Product): SpecOperation[] {
	const operations: SpecOperation[] = [];
	for (const [apiPath, item] of Object.entries(spec.paths)) {
		for (const method of METHODS) {
			const operation = item[method] as Operation | undefined;
			if (!operation) continue;
			const parameters = [
				...((item.parameters as Operation['parameters']) ?? []),
				...(operation.parameters ?? []),
			].map((raw) => parameter(spec, raw.name, raw.in as SpecParameter['in'], raw.schema ?? {}, raw.required === true));
			const body = resolve(spec, operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema);
			for (const [name, schema] of Object.entries(body.properties ?? {})) {
				parameters.push(parameter(spec, name, 'body', schema, body.required?.includes(name) === true));
			}
			const names = parameters.map((candidate) => candidate.name);
			const oneOf = operation['x-twilio']?.conditional?.map((group) => group.map((name) => pascal(name, names)));
			const list = method === 'get' ? listKey(spec, operation) : undefined;
			operations.push({
				id: operation.operationId,
				product,
				method: method.toUpperCase() as SpecOperation['method'],
				path: apiPath,
				parameters,
				...(list ? { list } : {}),
				...(oneOf ? { oneOf } : {}),
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
export function moduleText(operations: SpecOperation[], exportName: string, file: string): string {
	const byId = Object.fromEntries(operations.map((operation) => [operation.id, operation]));
	return [
		`// Generated by scripts/generate-spec.ts from emulator/spec/${file}. Do not edit.`,
		"import { parsedOnFirstUse, type SpecOperation } from '../../engine/spec';",
		'',
		`export const ${exportName}: {`,
		...operations.map((operation) => `\t${operation.id}: SpecOperation;`),
		`} = parsedOnFirstUse(${JSON.stringify(JSON.stringify(byId))});`,
		'',
	].join('\n');
}

export function targetFile(module: string): string {
	return path.join(root, 'nodes', 'TwilioConnector', 'resources', 'spec', `${module}.ts`);
}

export function generate(): Array<{ file: string; text: string }> {
	return SPECS.map(({ product, file, module, exportName }) => {
		const spec = JSON.parse(readFileSync(path.join(root, 'emulator', 'spec', file), 'utf8')) as OpenApi;
		return { file: targetFile(module), text: moduleText(operationsOf(spec, product), exportName, file) };
	});
}

if (require.main === module) {
	for (const { file, text } of generate()) {
		writeFileSync(file, text);
		console.log(`Wrote ${path.relative(root, file)}`);
	}
}
