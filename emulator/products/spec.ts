import { readFileSync } from 'node:fs';
import path from 'node:path';

import { SpecIndex, type RawSpec, type OpenApiOperation } from '../generic/spec';
import type { ProductName } from './types';

/** Each product's official OpenAPI description, in `../spec/`. */
export const PRODUCT_SPECS: Record<ProductName, string> = {
	lookups: 'twilio_lookups_v2.json',
	verify: 'twilio_verify_v2.json',
	content: 'twilio_content_v1.json',
	messaging: 'twilio_messaging_v1.json',
	studio: 'twilio_studio_v2.json',
};

export const SPEC_DIR = path.join(__dirname, '..', '..', 'openapi');

const indexes = new Map<ProductName, SpecIndex>();

/** An operation of a product's description (read once per process), which its emulation follows. */
export function productOperation(product: ProductName, operationId: string): OpenApiOperation {
	let index = indexes.get(product);
	if (!index) {
		index = new SpecIndex(
			JSON.parse(readFileSync(path.join(SPEC_DIR, PRODUCT_SPECS[product]), 'utf8')) as RawSpec,
		);
		indexes.set(product, index);
	}
	const operation = index.operation(operationId);
	if (!operation) throw new Error(`${PRODUCT_SPECS[product]} has no operation ${operationId}`);
	return operation;
}
