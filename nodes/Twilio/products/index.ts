import { buildCatalog } from '../declarations/complete';
import { findOperation as findIn } from '../engine/operations';
import type { OperationDefinition, ResourceDefinition } from '../engine/types';
import { searchMethodName, SHARED_LISTS, type Lookup } from '../fields/lookups';
import type { SidKind } from '../transport/sid';
import { PRODUCTS } from './registry';

let everyResource: ResourceDefinition[] | undefined;
const byNode = new Map<string, ResourceDefinition[]>();

/** The node that offers a resource: that of its operations' product. */
function nodeOf(resource: ResourceDefinition): string | undefined {
	const product = resource.operations[0]?.product;
	return PRODUCTS.find((candidate) => candidate.name === product)?.node.name;
}

/**
 * The resources of every product, or of the products the registry gives one node, every operation
 * completed from its OpenAPI operation. Built on first use: loading a node (which n8n does at
 * start) needs only its description, built into dist as data.
 */
export function catalog(node?: string): ResourceDefinition[] {
	everyResource ??= buildCatalog(
		PRODUCTS.flatMap((product) => product.resources.map((declare) => declare())),
		listOfKind,
	);
	if (node === undefined) return everyResource;
	let resources = byNode.get(node);
	if (!resources) {
		resources = everyResource.filter((resource) => nodeOf(resource) === node);
		byNode.set(node, resources);
	}
	return resources;
}

/**
 * The operation a resource/operation pair names, in any product: what a list in the editor reads.
 */
export function findOperation(
	resource: string,
	operation: string,
): OperationDefinition | undefined {
	return findIn(catalog(), resource, operation);
}

/** Every list the editor can search: those the shared fields pick from, then each product's. */
export const SEARCH_LISTS: readonly Lookup[] = [
	...SHARED_LISTS,
	...PRODUCTS.flatMap((product) => product.lists),
];

/** The list a list-search method (`searchCalls`) reads. */
export function listSearchedBy(method: string): Lookup | undefined {
	return SEARCH_LISTS.find((list) => searchMethodName(list) === method);
}

/** The list every SID field of a kind offers when the operation names none. */
function listOfKind(kind: SidKind): Lookup | undefined {
	return SEARCH_LISTS.find((list) => list.sid?.kind === kind && list.sid.ofKind);
}
