import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { studio } from './product';
import {
	studioExecutionResource,
	studioExecutionStepResource,
	studioFlowResource,
} from './resources/studio';

export const studioProduct: ProductFolder = {
	...studio,
	lists: Object.values(lists),
	resources: [studioFlowResource, studioExecutionResource, studioExecutionStepResource],
};
