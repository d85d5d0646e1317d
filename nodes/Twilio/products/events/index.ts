import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { events } from './product';
import { eventTypeResource, schemaResource } from './resources/eventType';
import { sinkResource } from './resources/sink';
import { subscribedEventResource, subscriptionResource } from './resources/subscription';

export const eventsProduct: ProductFolder = {
	...events,
	lists: Object.values(lists),
	resources: [
		sinkResource,
		subscriptionResource,
		subscribedEventResource,
		eventTypeResource,
		schemaResource,
	],
};
