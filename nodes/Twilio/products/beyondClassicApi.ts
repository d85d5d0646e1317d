import type { ResourceDeclaration } from '../declarations/complete';
import { contentTemplateResource } from './content/resources/contentTemplate';
import { lookupResource } from './lookups/resources/lookup';
import { messagingServiceResource } from './messaging/resources/messagingService';
import { messagingServiceNumberResource } from './messaging/resources/messagingServiceNumber';
import {
	studioExecutionResource,
	studioExecutionStepResource,
	studioFlowResource,
} from './studio/resources/studio';
import { verificationResource } from './verify/resources/verification';
import { verifyServiceResource } from './verify/resources/verifyService';

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
