import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { messaging } from './product';
import { brandRegistrationResource, brandVettingResource, campaignResource } from './resources/a2p';
import { linkShorteningDomainResource } from './resources/linkShortening';
import { messagingServiceResource } from './resources/messagingService';
import {
	messagingServiceAlphaSenderResource,
	messagingServiceChannelSenderResource,
	messagingServiceDestinationAlphaSenderResource,
	messagingServiceNumberResource,
	messagingServiceShortCodeResource,
} from './resources/senders';
import { tollfreeVerificationResource } from './resources/tollfree';

export const messagingProduct: ProductFolder = {
	...messaging,
	lists: Object.values(lists),
	resources: [
		messagingServiceResource,
		messagingServiceNumberResource,
		messagingServiceShortCodeResource,
		messagingServiceAlphaSenderResource,
		messagingServiceDestinationAlphaSenderResource,
		messagingServiceChannelSenderResource,
		brandRegistrationResource,
		brandVettingResource,
		campaignResource,
		tollfreeVerificationResource,
		linkShorteningDomainResource,
	],
};
