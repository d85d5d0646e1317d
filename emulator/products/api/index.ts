import type { ProductBehaviours } from '../../engine/types';
import { BEHAVIOURS, COLLECTIONS } from './behaviours';
import { emulatedResources } from './resources';

/**
 * The classic API (api.twilio.com, 2010-04-01): behaviours by operation, and the hand-written
 * resources that serve the operations they name.
 */
export const api: ProductBehaviours = {
	behaviours: BEHAVIOURS,
	collections: COLLECTIONS,
	resources: emulatedResources,
};
