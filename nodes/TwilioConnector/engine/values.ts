import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { FieldValueError, type FieldDefinition, type ItemValues, type OperationDefinition, type WireValue } from './types';
import { optionFields } from './options';

/** A field and the value it will send. */
export interface WireParameter {
	field: FieldDefinition;
	value: WireValue;
}

/** What one item asks for, checked: values by n8n name, and the parameters to send. */
export interface ItemRequest {
	values: ItemValues;
	parameters: WireParameter[];
}

function invalid(context: IExecuteFunctions, itemIndex: number, message: string, field?: FieldDefinition) {
	return new NodeOperationError(context.getNode(), message, {
		itemIndex,
		description: field
			? `Check the "${field.property.displayName}" parameter of item ${itemIndex}. Nothing was sent to Twilio.`
			: `Nothing was sent to Twilio for item ${itemIndex}.`,
	});
}

/** Reads a collection parameter, refusing an expression that did not give an object. */
function readCollection(context: IExecuteFunctions, name: string, itemIndex: number): IDataObject {
	const collection = context.getNodeParameter(name, itemIndex, {});
	if (collection === null || typeof collection !== 'object' || Array.isArray(collection)) {
		throw invalid(context, itemIndex, `"${name}" must be a set of fields, not ${typeof collection} (item ${itemIndex})`);
	}
	return collection as IDataObject;
}

/**
 * Reads and checks every parameter of the operation for one item. Anything wrong stops here, with
 * a NodeOperationError naming the field and the item, before a request is built.
 */
export function readItem(context: IExecuteFunctions, operation: OperationDefinition, itemIndex: number): ItemRequest {
	const values: ItemValues = {};
	const parameters: WireParameter[] = [];

	const take = (field: FieldDefinition, raw: unknown, required: boolean) => {
		const { displayName, name } = field.property;
		let value: WireValue | undefined;
		try {
			value = field.toWire(raw);
		} catch (error) {
			const problem = error instanceof FieldValueError ? error.message : 'could not be read';
			throw invalid(context, itemIndex, `${displayName} ${problem} (item ${itemIndex})`, field);
		}
		if (value === undefined) {
			if (required) throw invalid(context, itemIndex, `${displayName} is required (item ${itemIndex})`, field);
			return;
		}
		values[name] = value;
		parameters.push({ field, value });
	};

	for (const field of operation.fields ?? []) {
		const raw = context.getNodeParameter(field.property.name, itemIndex, '', { extractValue: true });
		take(field, raw, field.property.required === true);
	}
	if (operation.optionalFields) {
		const collection = readCollection(context, operation.optionalFields.collection, itemIndex);
		for (const field of operation.optionalFields.fields) take(field, collection[field.property.name], false);
	}
	const options = readCollection(context, 'options', itemIndex);
	for (const field of optionFields(operation)) take(field, options[field.property.name], false);

	const problem = operation.check?.(values);
	if (problem) throw invalid(context, itemIndex, `${problem} (item ${itemIndex})`);
	return { values, parameters };
}
