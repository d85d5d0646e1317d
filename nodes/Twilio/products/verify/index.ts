import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { verify } from './product';
import { verificationResource } from './resources/verification';
import { verifyServiceResource } from './resources/verifyService';

export const verifyProduct: ProductFolder = {
	...verify,
	lists: Object.values(lists),
	resources: [verifyServiceResource, verificationResource],
};
