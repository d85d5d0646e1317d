import type { ResourceDefinition } from '../nodes/Twilio/engine/types';
import { operationOption } from '../nodes/Twilio/editor/description';
import { byName } from '../nodes/Twilio/fields/names';
import { catalog } from '../nodes/Twilio/products';
import { PRODUCTS } from '../nodes/Twilio/products/registry';

export const TABLE_START = '<!-- operations-table:start -->';
export const TABLE_END = '<!-- operations-table:end -->';

/**
 * One node's table of resources and operations: every resource as the editor lists it, with what it
 * is and its operations in the editor's order.
 */
function nodeTable(resources: ResourceDefinition[]): string {
	const rows = [...resources].sort(byName).map((resource) => {
		const operations = resource.operations
			.map(operationOption)
			.sort(byName)
			.map((operation) => operation.name);
		return `| ${resource.name} | ${resource.description ?? ''} | ${operations.join(', ')} |`;
	});
	return ['| Resource | What it is | Operations |', '|---|---|---|', ...rows].join('\n');
}

/**
 * The README's tables of resources and operations, one per action node of the product registry,
 * from each node's catalog.
 */
export function operationsTable(): string {
	const nodes = [...new Map(PRODUCTS.map(({ node }) => [node.name, node])).values()];
	return nodes
		.map(({ name, displayName }) => `**${displayName}**\n\n${nodeTable(catalog(name))}`)
		.join('\n\n');
}

/** The table as the README holds it, between its markers. */
export function tableInReadme(readme: string): string | undefined {
	const start = readme.indexOf(TABLE_START);
	const end = readme.indexOf(TABLE_END);
	return start < 0 || end < start
		? undefined
		: readme.slice(start + TABLE_START.length, end).trim();
}
