import type { ResourceDeclaration } from '../declarations/complete';
import type { ProductIdentity } from './identity';

/** A product's folder as the registry holds it: its identity and its resources, declared. */
export interface ProductFolder extends ProductIdentity {
	/** Each declared by a function that runs when the catalog is built, not when n8n loads a node. */
	resources: Array<() => ResourceDeclaration>;
}
