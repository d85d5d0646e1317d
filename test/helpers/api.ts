import type { TwilioEmulator } from '../../emulator';

export interface ApiAnswer {
	status: number;
	headers: Headers;
	/** The parsed JSON body; undefined for an empty one (204). */
	body: Record<string, unknown> & { code?: number; message?: string };
}

/**
 * Sends a request to the emulator's API as a client would: `path` below
 * `/2010-04-01/Accounts/{the account}` (or from `/2010-04-01` when it starts with it), a form
 * body for POST, Basic authentication with the account's Auth Token unless other credentials are
 * given.
 */
export async function api(
	emulator: TwilioEmulator,
	method: 'GET' | 'POST' | 'PUT' | 'DELETE',
	path: string,
	form: Record<string, string | string[]> = {},
	credentials: { user: string; password: string } = {
		user: emulator.account.sid,
		password: emulator.account.authToken,
	},
): Promise<ApiAnswer> {
	const full = path.startsWith('/2010-04-01')
		? path
		: `/2010-04-01/Accounts/${emulator.account.sid}${path}`;
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(form))
		for (const item of [value].flat()) body.append(name, item);
	const response = await fetch(`${emulator.url}${full}`, {
		method,
		redirect: 'manual',
		headers: {
			Authorization: `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`,
			...(method === 'POST' ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
		},
		body: method === 'POST' ? body.toString() : undefined,
	});
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		body: text ? JSON.parse(text) : undefined,
	};
}
