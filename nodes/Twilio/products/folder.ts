import type { ResourceDeclaration } from '../declarations/complete';
import type { Lookup } from '../fields/lookups';
import type { ProductIdentity } from './identity';

/**
 * A product's folder as the registry holds it: its identity, its resources, declared, and the lists
 * of its records that the editor can search (`lists.ts`).
 */
export interface ProductFolder extends ProductIdentity {
	/** Each declared by a function that runs when the catalog is built, not when n8n loads a node. */
	resources: Array<() => ResourceDeclaration>;
	lists: readonly Lookup[];
}
