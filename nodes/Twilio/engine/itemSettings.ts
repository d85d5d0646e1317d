import { NodeOperationError } from 'n8n-workflow';

import {
	REQUEST_SETTING_BOUNDS,
	requestSettings,
	type RequestSettings,
} from '../transport/requestSettings';
import { FieldValueError, type ItemValues, type OperationDefinition } from './types';
import type { ParameterReader } from './parameterReader';

/**
 * An item's retries, retry delay and timeout, from its own Options (checked when the item was
 * read).
 */
export function settingsOf(values: ItemValues): RequestSettings {
	const number = (name: string) => (values[name] === undefined ? undefined : Number(values[name]));
	return requestSettings({
		maxRetries: number('maxRetries'),
		retryDelay: number('retryDelay'),
		requestTimeout: number('requestTimeout'),
	});
}

/**
 * How many items run at once: one pool for the whole node, so it is read once, from the first
 * item's Options, with the same field as every item's. A bad value stops the node before anything
 * is sent, naming the option.
 */
export function readConcurrency(
	reader: ParameterReader,
	firstOperation: OperationDefinition | undefined,
): number {
	const fallback = REQUEST_SETTING_BOUNDS.maxConcurrentRequests.default;
	const field = firstOperation?.options?.find(
		(candidate) => candidate.property.name === 'maxConcurrentRequests',
	);
	let options: unknown;
	try {
		options = reader.read('options', 0, {});
	} catch {
		// An expression that fails here fails again when item 0 is read, with that item's error.
		return fallback;
	}
	if (!field || options === null || typeof options !== 'object' || Array.isArray(options))
		return fallback;
	try {
		const value = field.toWire(
			(options as Record<string, unknown>)[field.property.name],
			reader.readContext,
		);
		return value === undefined ? fallback : Number(value);
	} catch (error) {
		const problem = error instanceof FieldValueError ? error.message : 'could not be read';
		throw new NodeOperationError(
			reader.context.getNode(),
			`Options → ${field.property.displayName} ${problem}`,
			{
				description:
					'It applies to the whole node and is read from the first item. Nothing was sent to Twilio.',
			},
		);
	}
}
