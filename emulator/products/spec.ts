import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Params } from '../params';
import { typed } from '../generic/records';
import { snakeCase, SpecIndex, type RawSpec, type SpecOperation } from '../generic/spec';
import type { ProductName, TwilioRecord } from './types';

/** Each product's official OpenAPI description, in `../spec/`. */
export const PRODUCT_SPECS: Record<ProductName, string> = {
	lookups: 'twilio_lookups_v2.json',
	verify: 'twilio_verify_v2.json',
	content: 'twilio_content_v1.json',
	messaging: 'twilio_messaging_v1.json',
	studio: 'twilio_studio_v2.json',
};

export const SPEC_DIR = path.join(__dirname, '..', 'spec');

const indexes = new Map<ProductName, SpecIndex>();

/** An operation of a product's description (read once per process), which its emulation follows. */
export function productOperation(product: ProductName, operationId: string): SpecOperation {
	let index = indexes.get(product);
	if (!index) {
		index = new SpecIndex(JSON.parse(readFileSync(path.join(SPEC_DIR, PRODUCT_SPECS[product]), 'utf8')) as RawSpec);
		indexes.set(product, index);
	}
	const operation = index.operation(operationId);
	if (!operation) throw new Error(`${PRODUCT_SPECS[product]} has no operation ${operationId}`);
	return operation;
}

/**
 * Copies the operation's form parameters that the request holds onto the fields they name, typed
 * as the description types the parameter: `StickySender` → `sticky_sender`, and a dotted name into
 * the object it names (`Totp.TimeStep` → `totp.time_step`). A parameter without such a field in
 * the record changes nothing.
 */
export function applyFormParameters(record: TwilioRecord, params: Params, operation: SpecOperation): void {
	for (const [name, declared] of Object.entries(operation.body.properties)) {
		const values = params.getAll(name);
		if (!values.length) continue;
		const within = name.split('.').map(snakeCase);
		const field = within.pop()!;
		let target: TwilioRecord | undefined = record;
		for (const part of within) target = target?.[part] as TwilioRecord | undefined;
		if (target && typeof target === 'object' && field in target) target[field] = typed(declared.type === 'array' ? values : values[0], declared);
	}
}
