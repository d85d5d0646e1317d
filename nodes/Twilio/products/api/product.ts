import type { ProductIdentity } from '../identity';

/** Twilio's classic REST API (api.twilio.com, 2010-04-01), offered by the Twilio Connector node. */
export const api = {
	name: 'api',
	title: 'Classic API (2010-04-01)',
	openApi: 'twilio_api_v2010.json',
	digest: 'API_V2010',
	node: { name: 'twilioConnector', folder: 'TwilioConnector', displayName: 'Twilio Connector' },
} satisfies ProductIdentity;
