import { productIdentity } from '../identity';

/** Twilio's classic REST API (api.twilio.com, 2010-04-01), offered by the Twilio Connector node. */
export const api = productIdentity('api', 'v2010', 'Classic API (2010-04-01)', 'Twilio Connector');
