import { parse, stringify } from 'node:querystring';

import fc from 'fast-check';
import {
	getExpectedBodyHash,
	getExpectedTwilioSignature,
	validateRequest,
	validateRequestWithBody,
} from 'twilio';

import {
	isSignedByTwilio,
	signedUrlVariants,
	twilioSignature,
} from '../../../../nodes/Twilio/trigger/signature';
import {
	formVectors as formCases,
	jsonVector as jsonCase,
} from '../../../helpers/signatureVectors';

/**
 * Twilio's own helper library (the `twilio` package) is the reference: it signs the cases below and
 * its validateRequest is what Twilio's customers check with. The fixed vectors stay as a check on
 * both: the library of today and the node must still give the signatures recorded there.
 */
describe("Twilio's signature vectors: the node and Twilio's library agree with them", () => {
	test.each(formCases)('$url', ({ authToken, url, params, signature }) => {
		expect(twilioSignature(authToken, url, params)).toBe(signature);
		expect(getExpectedTwilioSignature(authToken, url, params)).toBe(signature);
		expect(validateRequest(authToken, signature, url, params)).toBe(true);
		expect(isSignedByTwilio(authToken, { signature, url, parameters: params })).toBe(true);
	});

	test("the first vector is the example of Twilio's security documentation", () => {
		expect(formCases[0]).toMatchObject({
			authToken: '12345',
			url: 'https://mycompany.com/myapp.php?foo=1&bar=2',
		});
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
		expect(
			isSignedByTwilio(authToken, { signature, url, parameters: { ...params, Body: 'Hello' } }),
		).toBe(false);
		expect(
			isSignedByTwilio(authToken, { signature, url, parameters: { ...params, Extra: '' } }),
		).toBe(false);
		expect(
			isSignedByTwilio(authToken, {
				signature,
				url: url.replace('/webhook/', '/webhook-test/'),
				parameters: params,
			}),
		).toBe(false);
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

/**
 * The URL forms twilio-node's validateRequest tries (twilio/twilio-node src/webhooks/webhooks.ts,
 * 6.0.2: removePort, addPort, and each with withLegacyQuerystring), restated with Node's own
 * `querystring` as twilio-node uses it, to check the trigger's forms against.
 */
function twilioNodeForms(url: string): string[] {
	const parsed = new URL(url);
	const withoutPort = new URL(parsed);
	withoutPort.port = '';
	const port = parsed.protocol === 'https:' ? ':443' : ':80';
	const withPort = parsed.port
		? parsed.toString()
		: `${parsed.protocol}//${parsed.username}${parsed.password ? `:${parsed.password}` : ''}${parsed.username || parsed.password ? '@' : ''}${parsed.host}${port}${parsed.pathname}${parsed.search}${parsed.hash}`;
	const legacy = (form: string) => {
		const target = new URL(form);
		if (!target.search) return form;
		const query = stringify(parse(target.search.slice(1)));
		target.search = '';
		return `${target.toString()}?${query}`;
	};
	return [withoutPort.toString(), withPort, legacy(withoutPort.toString()), legacy(withPort)];
}

describe('URL variants Twilio may have signed', () => {
	test('the URL exactly as configured first, then the forms twilio-node tries', () => {
		expect(signedUrlVariants('https://N8N.example.com/webhook/a/webhook?x=1')).toEqual([
			'https://N8N.example.com/webhook/a/webhook?x=1',
			'https://n8n.example.com/webhook/a/webhook?x=1',
			'https://n8n.example.com:443/webhook/a/webhook?x=1',
		]);
		expect(signedUrlVariants('https://n8n.example.com:8443/webhook/a/webhook')).toEqual([
			'https://n8n.example.com:8443/webhook/a/webhook',
			'https://n8n.example.com/webhook/a/webhook',
		]);
		expect(signedUrlVariants("https://n8n.example.com/hook?name=O'Brien&tag=a+b")).toEqual([
			"https://n8n.example.com/hook?name=O'Brien&tag=a+b",
			'https://n8n.example.com/hook?name=O%27Brien&tag=a+b',
			'https://n8n.example.com:443/hook?name=O%27Brien&tag=a+b',
			// twilio-node's legacy form of the :443 URL parses it again, which drops the default port:
			// the same form.
			"https://n8n.example.com/hook?name=O'Brien&tag=a%20b",
		]);
		const { authToken, params } = formCases[1];
		const signedWithPort = getExpectedTwilioSignature(
			authToken,
			'https://n8n.example.com:443/hook',
			params,
		);
		expect(
			isSignedByTwilio(authToken, {
				signature: signedWithPort,
				url: 'https://n8n.example.com/hook',
				parameters: params,
			}),
		).toBe(true);
	});

	test('besides the URL as given, every form tried is one twilio-node tries, and every form twilio-node tries is tried', () => {
		const text = fc.string({
			unit: fc.constantFrom(
				'a',
				'Z',
				'0',
				"'",
				'%',
				'+',
				' ',
				'&',
				'=',
				'~',
				'*',
				'(',
				'2',
				'7',
				'é',
				'/',
				'?',
			),
		});
		const host = fc.constantFrom(
			'n8n.example.com',
			'N8N.Example.COM',
			'hooks.example.org:8443',
			'localhost:5678',
			'example.com:443',
		);
		const url = fc
			.tuple(fc.constantFrom('https', 'http'), host, text, fc.option(text))
			.map(
				([scheme, authority, path, query]) =>
					`${scheme}://${authority}/webhook/${encodeURI(path)}${query === null ? '' : `?${query}`}`,
			);
		fc.assert(
			fc.property(
				url.filter((candidate) => URL.canParse(candidate)),
				(candidate) => {
					const [exact, ...forms] = signedUrlVariants(candidate);
					const expected = new Set(twilioNodeForms(candidate));
					expect(exact).toBe(candidate);
					for (const form of forms) expect(expected).toContain(form);
					for (const form of expected) expect(signedUrlVariants(candidate)).toContain(form);
				},
			),
		);
	});

	test("any parameters signed by Twilio's library are accepted, and refused with another token", () => {
		const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/);
		fc.assert(
			fc.property(
				fc.dictionary(name, fc.string()),
				fc.string({ minLength: 1 }),
				(params, token) => {
					const url = 'https://n8n.example.com/webhook/abc/webhook';
					const signature = getExpectedTwilioSignature(token, url, params);
					return (
						isSignedByTwilio(token, { signature, url, parameters: params }) &&
						!isSignedByTwilio(`${token}x`, { signature, url, parameters: params })
					);
				},
			),
		);
	});

	test("repeated parameters (MediaUrl, StatusCallbackEvent…) are signed as Twilio's library signs them", () => {
		const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/);
		const value = fc.oneof(fc.string(), fc.array(fc.string(), { minLength: 1, maxLength: 4 }));
		fc.assert(
			fc.property(fc.dictionary(name, value), fc.string({ minLength: 1 }), (params, token) => {
				const url = 'https://n8n.example.com/webhook/abc/webhook?x=1';
				const signature = getExpectedTwilioSignature(token, url, params);
				return (
					twilioSignature(token, url, params) === signature &&
					isSignedByTwilio(token, { signature, url, parameters: params })
				);
			}),
		);
	});
});
