import fc from 'fast-check';
import { getExpectedBodyHash, getExpectedTwilioSignature, validateRequest, validateRequestWithBody } from 'twilio';

import {
	isSignedByTwilio,
	signedUrlVariants,
	twilioSignature,
} from '../../../../nodes/TwilioConnector/trigger/signature';
import { formVectors as formCases, jsonVector as jsonCase } from '../../../helpers/signatureVectors';

/**
 * Twilio's own helper library (the `twilio` package) is the reference: it signs the cases below and
 * its validateRequest is what Twilio's customers check with. The fixed vectors stay as a check on both:
 * the library of today and the node must still give the signatures recorded there.
 */
describe("Twilio's signature vectors: the node and Twilio's library agree with them", () => {
	test.each(formCases)('$url', ({ authToken, url, params, signature }) => {
		expect(twilioSignature(authToken, url, params)).toBe(signature);
		expect(getExpectedTwilioSignature(authToken, url, params)).toBe(signature);
		expect(validateRequest(authToken, signature, url, params)).toBe(true);
		expect(isSignedByTwilio(authToken, { signature, url, parameters: params })).toBe(true);
	});

	test("the first vector is the example of Twilio's security documentation", () => {
		expect(formCases[0]).toMatchObject({ authToken: '12345', url: 'https://mycompany.com/myapp.php?foo=1&bar=2' });
	});

	test('a JSON body is checked through bodySHA256: the signature covers the URL, the hash the body', () => {
		const { authToken, url, jsonBody, signature } = jsonCase;
		expect(twilioSignature(authToken, url)).toBe(signature);
		expect(new URL(url).searchParams.get('bodySHA256')).toBe(getExpectedBodyHash(jsonBody));
		expect(validateRequestWithBody(authToken, signature, url, jsonBody)).toBe(true);
		expect(isSignedByTwilio(authToken, { signature, url, rawBody: jsonBody })).toBe(true);
		const changed = jsonBody.replace('status', 'state');
		expect(validateRequestWithBody(authToken, signature, url, changed)).toBe(false);
		expect(isSignedByTwilio(authToken, { signature, url, rawBody: changed })).toBe(false);
	});
});

describe('isSignedByTwilio refuses', () => {
	const { authToken, url, params, signature } = formCases[1];

	test('a changed parameter, an added one, a changed URL, another token, or no signature', () => {
		expect(isSignedByTwilio(authToken, { signature, url, parameters: { ...params, Body: 'Hello' } })).toBe(false);
		expect(isSignedByTwilio(authToken, { signature, url, parameters: { ...params, Extra: '' } })).toBe(false);
		expect(isSignedByTwilio(authToken, { signature, url: url.replace('/webhook/', '/webhook-test/'), parameters: params })).toBe(false);
		expect(isSignedByTwilio(`${authToken}0`, { signature, url, parameters: params })).toBe(false);
		expect(isSignedByTwilio(authToken, { signature: '', url, parameters: params })).toBe(false);
		expect(isSignedByTwilio('', { signature, url, parameters: params })).toBe(false);
	});

	test('any single flipped character of the signature', () => {
		fc.assert(
			fc.property(fc.nat({ max: signature.length - 1 }), (position) => {
				const flipped = signature[position] === 'A' ? 'B' : 'A';
				const tampered = signature.slice(0, position) + flipped + signature.slice(position + 1);
				return !isSignedByTwilio(authToken, { signature: tampered, url, parameters: params });
			}),
		);
	});
});

describe('URL variants Twilio may have signed', () => {
	test('a URL without a port also matches with the default port, and the other way round', () => {
		expect(signedUrlVariants('https://n8n.example.com/webhook/a/webhook?x=1')).toEqual([
			'https://n8n.example.com/webhook/a/webhook?x=1',
			'https://n8n.example.com:443/webhook/a/webhook?x=1',
		]);
		expect(signedUrlVariants('https://n8n.example.com:8443/webhook/a/webhook')).toEqual([
			'https://n8n.example.com:8443/webhook/a/webhook',
			'https://n8n.example.com/webhook/a/webhook',
		]);
		const { authToken, params } = formCases[1];
		const signedWithPort = getExpectedTwilioSignature(authToken, 'https://n8n.example.com:443/hook', params);
		expect(isSignedByTwilio(authToken, { signature: signedWithPort, url: 'https://n8n.example.com/hook', parameters: params })).toBe(true);
	});

	test("any parameters signed by Twilio's library are accepted, and refused with another token", () => {
		const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/);
		fc.assert(
			fc.property(fc.dictionary(name, fc.string()), fc.string({ minLength: 1 }), (params, token) => {
				const url = 'https://n8n.example.com/webhook/abc/webhook';
				const signature = getExpectedTwilioSignature(token, url, params);
				return (
					isSignedByTwilio(token, { signature, url, parameters: params }) &&
					!isSignedByTwilio(`${token}x`, { signature, url, parameters: params })
				);
			}),
		);
	});

	test("repeated parameters (MediaUrl, StatusCallbackEvent…) are signed as Twilio's library signs them", () => {
		const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/);
		const value = fc.oneof(fc.string(), fc.array(fc.string(), { minLength: 1, maxLength: 4 }));
		fc.assert(
			fc.property(fc.dictionary(name, value), fc.string({ minLength: 1 }), (params, token) => {
				const url = 'https://n8n.example.com/webhook/abc/webhook?x=1';
				const signature = getExpectedTwilioSignature(token, url, params);
				return twilioSignature(token, url, params) === signature && isSignedByTwilio(token, { signature, url, parameters: params });
			}),
		);
	});
});
