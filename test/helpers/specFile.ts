import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Product } from '../../nodes/Twilio/engine/openApi';
import { PRODUCTS } from '../../nodes/Twilio/products/registry';

/**
 * Twilio's OpenAPI descriptions read from the files themselves, not from the node's generated
 * digests: what tests hold the node to. A parameter comes with its schema (references resolved)
 * and its description, the prose where Twilio documents values and defaults.
 */

interface Schema {
	$ref?: string;
	type?: string;
	format?: string;
	enum?: string[];
	default?: unknown;
	items?: Schema;
	description?: string;
	properties?: Record<string, Schema>;
}
interface Operation {
	operationId?: string;
	parameters?: Array<{ name: string; in: string; schema?: Schema; description?: string }>;
	requestBody?: { content?: Record<string, { schema?: Schema }> };
	responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface SpecFile {
	paths: Record<string, Record<string, Operation>>;
	components: { schemas: Record<string, Schema> };
}

export interface RawParameter {
	name: string;
	schema: Schema;
	description: string;
}

const SPEC_DIR = path.join(__dirname, '..', '..', 'openapi');
/** Each registered product's description file. */
const FILES: Record<Product, string> = Object.fromEntries(
	PRODUCTS.map((product) => [product.name, product.openApi]),
);
const loaded = new Map<Product, SpecFile>();

function specOf(product: Product): SpecFile {
	let spec = loaded.get(product);
	if (!spec) {
		spec = JSON.parse(readFileSync(path.join(SPEC_DIR, FILES[product]), 'utf8')) as SpecFile;
		loaded.set(product, spec);
	}
	return spec;
}

function resolve(spec: SpecFile, schema: Schema | undefined): Schema {
	const resolved = schema?.$ref
		? (spec.components.schemas[schema.$ref.split('/').pop()!] ?? {})
		: (schema ?? {});
	return resolved.items ? { ...resolved, items: resolve(spec, resolved.items) } : resolved;
}

/** A parameter of an operation of a product's spec file, as the file declares it. */
export function rawParameter(
	product: Product,
	operationId: string,
	name: string,
): RawParameter | undefined {
	const spec = specOf(product);
	for (const item of Object.values(spec.paths)) {
		for (const operation of Object.values(item)) {
			if (operation?.operationId !== operationId) continue;
			const declared = operation.parameters?.find((parameter) => parameter.name === name);
			if (declared)
				return {
					name,
					schema: resolve(spec, declared.schema),
					description: declared.description ?? '',
				};
			for (const content of Object.values(operation.requestBody?.content ?? {})) {
				// A body's schema may be a reference (Lookup's OverridesRequest).
				const property = resolve(spec, content.schema).properties?.[name];
				if (property)
					return { name, schema: resolve(spec, property), description: property.description ?? '' };
			}
		}
	}
	return undefined;
}

/**
 * The properties of a record a list operation answers with (its array property, references
 * resolved), each with its schema: what a record of that list carries.
 */
export function listedRecord(
	product: Product,
	operationId: string,
	key: string,
): Record<string, Schema> | undefined {
	const spec = specOf(product);
	for (const item of Object.values(spec.paths)) {
		for (const operation of Object.values(item)) {
			if (operation?.operationId !== operationId) continue;
			const page = resolve(
				spec,
				operation.responses?.['200']?.content?.['application/json']?.schema,
			);
			const record = resolve(spec, page.properties?.[key]).items;
			return Object.fromEntries(
				Object.entries(record?.properties ?? {}).map(([name, schema]) => [
					name,
					resolve(spec, schema),
				]),
			);
		}
	}
	return undefined;
}
