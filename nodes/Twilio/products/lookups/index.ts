import type { ProductFolder } from '../folder';
import { lookups } from './product';
import { bulkLookupResource } from './resources/bulkLookup';
import { lineTypeOverrideResource } from './resources/lineTypeOverride';
import { lookupResource } from './resources/lookup';
import { rateLimitResource } from './resources/rateLimit';

export const lookupsProduct: ProductFolder = {
	...lookups,
	lists: [],
	resources: [lookupResource, bulkLookupResource, lineTypeOverrideResource, rateLimitResource],
};
