import { productIdentity } from '../identity';

/** Twilio Monitor v1 (monitor.twilio.com): the account's error alerts and its audit events. */
export const monitor = productIdentity('monitor', 'v1', 'Monitor', 'Twilio Monitor');
