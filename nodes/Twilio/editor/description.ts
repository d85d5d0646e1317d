import type { IDisplayOptions, INodeProperties, NodeHint } from 'n8n-workflow';

import type {
	OperationDefinition,
	OptionalCollectionName,
	ResourceDefinition,
} from '../engine/types';
import { byDisplayName, byName } from '../fields/names';
import { paginationProperties } from '../fields/pagination';

const COLLECTION_LABELS: Record<
	OptionalCollectionName,
	{ displayName: string; placeholder: string }
> = {
	additionalFields: { displayName: 'Additional Fields', placeholder: 'Add Field' },
	updateFields: { displayName: 'Update Fields', placeholder: 'Add Field' },
	filters: { displayName: 'Filters', placeholder: 'Add Filter' },
};

/** Shows a property for one resource/operation pair, keeping any conditions it has of its own. */
function shownFor(property: INodeProperties, resource: string, operation: string): INodeProperties {
	const own: IDisplayOptions = property.displayOptions ?? {};
	return {
		...property,
		displayOptions: { ...own, show: { ...own.show, resource: [resource], operation: [operation] } },
	};
}

function operationProperties(
	resource: ResourceDefinition,
	operation: OperationDefinition,
): INodeProperties[] {
	const properties: INodeProperties[] = [];
	const notice = operation.retired
		? `Retired by Twilio: ${operation.retired.reason} Instead: ${operation.retired.instead}`
		: operation.notice;
	if (notice) {
		properties.push({ displayName: notice, name: 'notice', type: 'notice', default: '' });
	}
	properties.push(...(operation.fields ?? []).map((field) => field.property));
	if (operation.list) properties.push(...paginationProperties());
	if (operation.optionalFields) {
		const { collection, fields } = operation.optionalFields;
		properties.push({
			...COLLECTION_LABELS[collection],
			name: collection,
			type: 'collection',
			default: {},
			options: fields.map((field) => field.property).sort(byDisplayName),
		});
	}
	return properties.map((property) => shownFor(property, resource.value, operation.value));
}

/**
 * An operation in the Operation list; a retired one says so in its name and action (in words: n8n
 * wants actions in plain sentence case).
 */
export function operationOption({
	name,
	value,
	action,
	description,
	retired,
}: OperationDefinition) {
	return retired
		? { name: `${name} (Retired)`, value, action: `${action} no longer available`, description }
		: { name, value, action, description };
}

/**
 * The node's editor properties: Resource, then per resource its Operation, then each operation's
 * fields.
 */
export function buildProperties(resources: ResourceDefinition[]): INodeProperties[] {
	// Sending a message is what most use the classic API for; other nodes start at their first
	// resource.
	const startsWith = resources.some(({ value }) => value === 'message')
		? 'message'
		: resources[0].value;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources
				.map(({ name, value, description }) => ({
					name,
					value,
					...(description ? { description } : {}),
				}))
				.sort(byName),
			default: startsWith,
		},
	];
	for (const resource of resources) {
		const firstOperation = resource.operations[0].value;
		properties.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: resource.operations.map(operationOption).sort(byName),
			default: firstOperation,
		});
	}
	for (const resource of resources) {
		for (const operation of resource.operations)
			properties.push(...operationProperties(resource, operation));
	}
	properties.push(optionsProperty(resources));
	return properties;
}

/**
 * One Options collection for every operation, last: the same fields everywhere (the account to act
 * on, how requests are sent), so that they are described once rather than once per operation. An
 * operation that has no use for one of them refuses it when it is set (`engine/values.ts`).
 */
function optionsProperty(resources: ResourceDefinition[]): INodeProperties {
	const fields = new Map<string, INodeProperties>();
	for (const resource of resources) {
		for (const operation of resource.operations) {
			for (const field of operation.options ?? []) fields.set(field.property.name, field.property);
		}
	}
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...fields.values()].sort(byDisplayName),
	};
}

/**
 * The editor hints of operations that have one, each shown while its resource and operation are
 * chosen.
 */
export function buildHints(resources: ResourceDefinition[]): NodeHint[] {
	return resources.flatMap((resource) =>
		resource.operations
			.filter((operation) => operation.hint?.before)
			.map((operation) => ({
				message: operation.hint!.before!,
				type: 'info' as const,
				location: 'ndv' as const,
				whenToDisplay: 'beforeExecution' as const,
				displayCondition: `={{ $parameter["resource"] === "${resource.value}" && $parameter["operation"] === "${operation.value}" }}`,
			})),
	);
}

/**
 * The text under the node on the canvas: the operation and the resource as the editor names them
 * ("Get Many: Call", not "getMany: call"), looked up in a table of the catalog's names; a value the
 * table lacks (a workflow from a later version) shows as it is.
 */
export function buildSubtitle(resources: ResourceDefinition[]): string {
	const names = Object.fromEntries(
		resources.map((resource) => [
			resource.value,
			[
				resource.name,
				Object.fromEntries(
					resource.operations.map((operation) => [operation.value, operation.name]),
				),
			],
		]),
	);
	const lookUp =
		'(names, resource, operation) => { const known = names[resource] || [resource, {}]; const named = known[1][operation] || operation; return named ? named + ": " + known[0] : known[0]; }';
	return `={{ (${lookUp})(${JSON.stringify(names)}, $parameter["resource"], $parameter["operation"]) }}`;
}
