import { NodeHelpers, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

import type {
	FieldDefinition,
	OperationDefinition,
	ResourceDefinition,
} from '../../nodes/Twilio/engine/types';

/** A resource/operation pair as the coverage tests name it: `message.send`. */
export const pairLabel = ({
	resource,
	operation,
}: {
	resource: ResourceDefinition;
	operation: OperationDefinition;
}) => `${resource.value}.${operation.value}`;

/** The properties n8n's editor shows for a pair, by n8n's own display rules. */
export function shownProperties(
	description: INodeTypeDescription,
	resource: string,
	operation: string,
): INodeProperties[] {
	return description.properties.filter((property) =>
		NodeHelpers.displayParameter(
			{ resource, operation },
			property,
			{ typeVersion: 1 },
			description,
		),
	);
}

/**
 * Whether the editor shows the field for the pair: at the top level, or inside a shown collection.
 */
export function offered(field: FieldDefinition, shown: INodeProperties[]): boolean {
	const { name } = field.property;
	return shown.some(
		(property) =>
			property.name === name ||
			(property.type === 'collection' &&
				(property.options ?? []).some((option) => 'name' in option && option.name === name)),
	);
}

/**
 * The fields of an operation that fill a spec parameter, by the parameter's name (`fills`
 * included).
 */
export function fieldsByTwilioName(operation: OperationDefinition): Map<string, FieldDefinition> {
	const fields = [
		...(operation.fields ?? []),
		...(operation.optionalFields?.fields ?? []),
		...(operation.options ?? []),
	];
	const byName = new Map<string, FieldDefinition>();
	for (const field of fields) {
		for (const name of [field.twilioName, ...(field.covers ?? [])]) byName.set(name, field);
	}
	for (const [specName, declared] of Object.entries(operation.fills ?? {})) {
		const field = byName.get(declared);
		if (field) byName.set(specName, field);
	}
	return byName;
}
