import type { ProductIdentity } from '../identity';

/** Twilio Monitor v1 (monitor.twilio.com): the account's error alerts and its audit events. */
export const monitor = {
	name: 'monitor',
	title: 'Monitor',
	openApi: 'twilio_monitor_v1.json',
	digest: 'MONITOR_V1',
	node: { name: 'twilioMonitor', folder: 'TwilioMonitor', displayName: 'Twilio Monitor' },
} satisfies ProductIdentity;
