import type { ProductFolder } from '../folder';
import { verify } from './product';
import { verificationResource } from './resources/verification';
import { verifyServiceResource } from './resources/verifyService';

export const verifyProduct: ProductFolder = {
	...verify,
	resources: [verifyServiceResource, verificationResource],
};
