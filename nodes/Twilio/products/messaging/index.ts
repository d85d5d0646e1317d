import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { messaging } from './product';
import { messagingServiceResource } from './resources/messagingService';
import { messagingServiceNumberResource } from './resources/messagingServiceNumber';

export const messagingProduct: ProductFolder = {
	...messaging,
	lists: Object.values(lists),
	resources: [messagingServiceResource, messagingServiceNumberResource],
};
