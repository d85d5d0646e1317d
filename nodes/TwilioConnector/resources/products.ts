import type { ResourceDeclaration } from '../fields/catalog';
import { contentTemplateResource } from './contentTemplate';
import { lookupResource } from './lookup';
import { messagingServiceResource } from './messagingService';
import { messagingServiceNumberResource } from './messagingServiceNumber';
import { studioExecutionResource, studioExecutionStepResource, studioFlowResource } from './studio';
import { verificationResource } from './verification';
import { verifyServiceResource } from './verifyService';

/**
 * The resources of Twilio's products beyond the classic API, each on its own host: Lookup, Verify,
 * Content, Messaging Services and Studio. Declared like the classic API's, from each product's
 * OpenAPI description (`spec/`).
 */
export const beyondClassicApi: Array<() => ResourceDeclaration> = [
	lookupResource,
	verifyServiceResource,
	verificationResource,
	contentTemplateResource,
	messagingServiceResource,
	messagingServiceNumberResource,
	studioFlowResource,
	studioExecutionResource,
	studioExecutionStepResource,
];
