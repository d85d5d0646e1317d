import type { ProductBehaviours } from '../../engine/types';
import { BEHAVIOURS, COLLECTIONS, OUTSIDE_SPEC } from './behaviours';

/**
 * The classic API (api.twilio.com, 2010-04-01): behaviours by operation, and what Twilio serves
 * beyond its description.
 */
export const api: ProductBehaviours = {
	behaviours: BEHAVIOURS,
	collections: COLLECTIONS,
	outsideSpec: OUTSIDE_SPEC,
};
