import type { ProductFolder } from '../folder';
import { messaging } from './product';
import { messagingServiceResource } from './resources/messagingService';
import { messagingServiceNumberResource } from './resources/messagingServiceNumber';

export const messagingProduct: ProductFolder = {
	...messaging,
	resources: [messagingServiceResource, messagingServiceNumberResource],
};
