import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { monitor } from './product';
import { alertResource } from './resources/alert';
import { eventResource } from './resources/event';

export const monitorProduct: ProductFolder = {
	...monitor,
	lists: Object.values(lists),
	resources: [alertResource, eventResource],
};
