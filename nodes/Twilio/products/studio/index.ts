import type { ProductFolder } from '../folder';
import { studio } from './product';
import {
	studioExecutionResource,
	studioExecutionStepResource,
	studioFlowResource,
} from './resources/studio';

export const studioProduct: ProductFolder = {
	...studio,
	resources: [studioFlowResource, studioExecutionResource, studioExecutionStepResource],
};
