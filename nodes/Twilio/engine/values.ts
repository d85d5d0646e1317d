import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import {
	FieldValueError,
	type FieldDefinition,
	type ItemValues,
	type OperationDefinition,
	type WireValue,
} from './types';
import { toBoolean, toInteger } from './convert';
import type { ParameterReader } from './parameterReader';

/** A field and the value it will send. */
interface WireParameter {
	field: FieldDefinition;
	value: WireValue;
}

/** What one item asks for, checked: values by n8n name, and the parameters to send. */
export interface ItemRequest {
	values: ItemValues;
	parameters: WireParameter[];
}

function invalid(
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	parameter?: string,
) {
	return new NodeOperationError(context.getNode(), message, {
		itemIndex,
		description: parameter
			? `Check the "${parameter}" parameter of item ${itemIndex}. Nothing was sent to Twilio.`
			: `Nothing was sent to Twilio for item ${itemIndex}.`,
	});
}

/** Reads a collection parameter, refusing an expression that did not give an object. */
function readCollection(parameters: ParameterReader, name: string, itemIndex: number): IDataObject {
	const collection = parameters.read(name, itemIndex, {});
	if (collection === null || typeof collection !== 'object' || Array.isArray(collection)) {
		throw invalid(
			parameters.context,
			itemIndex,
			`"${name}" must be a set of fields, not ${typeof collection} [item ${itemIndex}]`,
		);
	}
	return collection as IDataObject;
}

/**
 * Reads and checks every parameter of the operation for one item. Anything wrong stops here, with
 * a NodeOperationError naming the field and the item, before a request is built.
 */
export function readItem(
	reader: ParameterReader,
	operation: OperationDefinition,
	itemIndex: number,
): ItemRequest {
	const { context } = reader;
	const values: ItemValues = {};
	const parameters: WireParameter[] = [];

	const take = (field: FieldDefinition, raw: unknown, required: boolean) => {
		const { displayName, name } = field.property;
		let value: WireValue | undefined;
		try {
			value = field.toWire(raw, reader.readContext);
		} catch (error) {
			const problem = error instanceof FieldValueError ? error.message : 'could not be read';
			throw invalid(
				context,
				itemIndex,
				`${displayName} ${problem} [item ${itemIndex}]`,
				displayName,
			);
		}
		if (value === undefined) {
			if (required)
				throw invalid(
					context,
					itemIndex,
					`${displayName} is required [item ${itemIndex}]`,
					displayName,
				);
			return;
		}
		values[name] = value;
		parameters.push({ field, value });
	};

	for (const field of operation.fields ?? []) {
		// Read as given: a resource locator's mode tells how to read its value (a SID, a Console URL…).
		const raw = reader.read(field.property.name, itemIndex, '');
		take(field, raw, field.property.required === true);
	}
	if (operation.optionalFields) {
		const collection = readCollection(reader, operation.optionalFields.collection, itemIndex);
		for (const field of operation.optionalFields.fields)
			take(field, collection[field.property.name], false);
	}
	const options = readCollection(reader, 'options', itemIndex);
	for (const field of operation.options ?? []) take(field, options[field.property.name], false);

	const problem = operation.check?.(values);
	if (problem) throw invalid(context, itemIndex, `${problem} [item ${itemIndex}]`);
	return { values, parameters };
}

const MAX_LIMIT = 1_000_000_000;

/** How many records a list item asks for (Return All / Limit), or undefined for all of them. */
export function readLimit(reader: ParameterReader, itemIndex: number): number | undefined {
	const read = <T>(
		name: string,
		displayName: string,
		fallback: unknown,
		check: (value: unknown) => T,
	): T => {
		try {
			return check(reader.read(name, itemIndex, fallback));
		} catch (error) {
			const problem = error instanceof FieldValueError ? error.message : 'could not be read';
			throw invalid(
				reader.context,
				itemIndex,
				`${displayName} ${problem} [item ${itemIndex}]`,
				displayName,
			);
		}
	};
	if (read('returnAll', 'Return All', false, toBoolean) === 'true') return undefined;
	return Number(read('limit', 'Limit', 50, (value) => toInteger(value, 1, MAX_LIMIT) ?? '50'));
}
