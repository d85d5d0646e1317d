/**
 * The owner account `npm start` creates on a new n8n, so that the editor opens without a sign-up
 * form.
 */
export const DEMO_OWNER = {
	email: 'owner@example.com',
	firstName: 'Demo',
	lastName: 'Owner',
	password: 'Twilio-Connector-1',
};

/**
 * n8n ties a session to the browser that signed in: every request of the session sends the same id.
 */
const BROWSER_ID = 'n8n-nodes-twilio-connector-scripts';

/** Creates the instance owner unless n8n already has one. */
export async function createOwner(localUrl: string): Promise<void> {
	const response = await fetch(`${localUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(DEMO_OWNER),
	});
	if (response.ok) return;
	const answer = await response.text();
	if (response.status === 400 && /already/i.test(answer)) return;
	throw new Error(
		`n8n refused to create the owner account (${response.status}): ${answer.slice(0, 300)}`,
	);
}

/**
 * A request to n8n's editor API in the owner's session: a GET, or another method with a JSON body.
 */
export type EditorApi = (
	path: string,
	send?: { method: 'POST' | 'PATCH' | 'DELETE'; body?: unknown },
) => Promise<unknown>;

/** Signs in as the owner and returns requests to n8n's editor API with that session. */
export async function signIn(localUrl: string): Promise<EditorApi> {
	const response = await fetch(`${localUrl}/rest/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'browser-id': BROWSER_ID },
		body: JSON.stringify({ emailOrLdapLoginId: DEMO_OWNER.email, password: DEMO_OWNER.password }),
	});
	if (!response.ok)
		throw new Error(`n8n refused the sign-in (${response.status}): ${await response.text()}`);
	const cookie = response.headers
		.getSetCookie()
		.map((value) => value.split(';')[0])
		.join('; ');
	return async (path, send) => {
		const answer = await fetch(`${localUrl}${path}`, {
			method: send?.method ?? 'GET',
			headers: {
				cookie,
				'browser-id': BROWSER_ID,
				...(send ? { 'Content-Type': 'application/json' } : {}),
			},
			body: send?.body === undefined ? undefined : JSON.stringify(send.body),
		});
		if (!answer.ok)
			throw new Error(
				`${send?.method ?? 'GET'} ${path} answered ${answer.status}: ${await answer.text()}`,
			);
		return answer.json();
	};
}
