import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { TwilioEmulator } from '../../emulator';

/**
 * What the storage host received, as seen by a test: each request's status, whether it carried an
 * Authorization header, and whether the credential's secret was anywhere in it (headers, URL), as
 * it is or inside Basic authentication.
 */
export function fileHostRequests(
	emulator: TwilioEmulator,
	credentials: ICredentialDataDecryptedObject,
) {
	const pairs: Array<[unknown, unknown]> = [
		[credentials.accountSid, credentials.authToken],
		[credentials.apiKeySid, credentials.apiKeySecret],
	];
	const secrets = pairs
		.filter(([, secret]) => typeof secret === 'string' && secret)
		.flatMap(([user, secret]) => [
			String(secret),
			Buffer.from(`${String(user)}:${String(secret)}`).toString('base64'),
		]);
	return emulator.fileHost.requests.map((request) => {
		const seen = JSON.stringify(request);
		return {
			status: request.status,
			authorization: request.headers.authorization !== undefined,
			secret: secrets.some((secret) => seen.includes(secret)),
		};
	});
}
