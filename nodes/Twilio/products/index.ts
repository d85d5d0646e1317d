import { buildCatalog } from '../declarations/complete';
import { findOperation as findIn } from '../engine/operations';
import type { OperationDefinition, ResourceDefinition } from '../engine/types';
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
