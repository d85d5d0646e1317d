import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const TWILIO_API_URL = 'https://api.twilio.com';

/** A region or edge name goes into a host name: only lowercase letters, digits and dashes. */
const HOST_LABEL = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Where requests go: the credential's API Base URL when it was changed (a proxy, the emulator),
 * otherwise Twilio's host for the chosen edge and region (`api.{edge}.{region}.twilio.com`;
 * an edge alone implies region us1). Returns an error message instead when a setting is unusable.
 */
export function apiBaseUrl(credentials: ICredentialDataDecryptedObject): string | { error: string } {
	const configured = String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
	if (configured && configured !== TWILIO_API_URL) {
		let parsed: URL;
		try {
			parsed = new URL(configured);
		} catch {
			return { error: `The credential's API Base URL "${configured}" is not a valid URL` };
		}
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
			return { error: "The credential's API Base URL must start with https:// or http://" };
		}
		return configured;
	}
	const edge = String(credentials.edge ?? '').trim();
	const region = String(credentials.region ?? '').trim();
	for (const [label, value] of [['Edge', edge], ['Region', region]]) {
		if (value && !HOST_LABEL.test(value)) {
			return { error: `The credential's ${label} "${value}" is not a Twilio ${label.toLowerCase()} name (lowercase letters, digits, dashes)` };
		}
	}
	if (edge) return `https://api.${edge}.${region || 'us1'}.twilio.com`;
	if (region) return `https://api.${region}.twilio.com`;
	return TWILIO_API_URL;
}
