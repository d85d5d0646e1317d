import twilio from 'twilio';
import RequestClient from 'twilio/lib/base/RequestClient';

import type { TwilioEmulator } from '../../emulator';

const TWILIO_API = 'https://api.twilio.com';

/**
 * Twilio's own Node.js library's HTTP client (axios, with its query and form encoding), sending to
 * the emulator instead of api.twilio.com. Any other host (a region or edge, a product domain) is
 * refused, so a request that would not reach the 2010-04-01 API shows up as an error instead of a
 * silent detour.
 */
class EmulatorRequestClient extends RequestClient {
	constructor(private readonly baseUrl: () => string) {
		super();
	}

	request<TData>(options: RequestClient.RequestOptions<TData>) {
		if (!options.uri.startsWith(`${TWILIO_API}/`))
			throw new Error(`The library asked for ${options.uri}`);
		return super.request({
			...options,
			uri: this.baseUrl() + options.uri.slice(TWILIO_API.length),
		});
	}
}

/**
 * A function giving the library's client of the suite's emulator, with the account's Auth Token
 * or with other credentials.
 */
export function libraryClient(emulator: () => TwilioEmulator) {
	const httpClient = new EmulatorRequestClient(() => emulator().url);
	return (username = emulator().account.sid, password = emulator().account.authToken) =>
		twilio(username, password, { httpClient, accountSid: emulator().account.sid });
}

/**
 * The fields of a record the library read as `undefined`: each one is a field the library's typed
 * record maps from Twilio's JSON and the emulator left out (Twilio sends every field, `null` when
 * unset).
 */
export function missingFields(record: object): string[] {
	return Object.entries(record)
		.filter(
			([name, value]) =>
				!name.startsWith('_') && typeof value !== 'function' && value === undefined,
		)
		.map(([name]) => name);
}
