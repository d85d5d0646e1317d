import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { messaging } from './product';
import { brandRegistrationResource, brandVettingResource, campaignResource } from './resources/a2p';
import { linkShorteningDomainResource } from './resources/linkShortening';
import { messagingServiceResource } from './resources/messagingService';
import { messagingServiceNumberResource } from './resources/messagingServiceNumber';
import {
	messagingServiceAlphaSenderResource,
	messagingServiceChannelSenderResource,
	messagingServiceDestinationAlphaSenderResource,
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
