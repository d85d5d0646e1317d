import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { verify } from './product';
import { safeListResource, verifyTemplateResource } from './resources/account';
import { verificationAttemptResource } from './resources/attempts';
import {
	accessTokenResource,
	challengeResource,
	entityResource,
	factorResource,
} from './resources/factor';
import { rateLimitBucketResource, rateLimitResource } from './resources/rateLimit';
import { messagingConfigurationResource, verifyWebhookResource } from './resources/serviceSettings';
import { verificationResource } from './resources/verification';
import { verifyServiceResource } from './resources/verifyService';

export const verifyProduct: ProductFolder = {
	...verify,
	lists: Object.values(lists),
	resources: [
		verifyServiceResource,
		verificationResource,
		verificationAttemptResource,
		entityResource,
		factorResource,
		challengeResource,
		accessTokenResource,
		rateLimitResource,
		rateLimitBucketResource,
		messagingConfigurationResource,
		verifyWebhookResource,
		verifyTemplateResource,
		safeListResource,
	],
};
