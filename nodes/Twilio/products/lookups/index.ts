import type { ProductFolder } from '../folder';
import { lookups } from './product';
import { lookupResource } from './resources/lookup';

export const lookupsProduct: ProductFolder = { ...lookups, lists: [], resources: [lookupResource] };
