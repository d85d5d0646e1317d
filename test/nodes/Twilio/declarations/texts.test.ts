import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { plainText } from '../../../../openapi/prose';
import { PRODUCTS } from '../../../../nodes/Twilio/products/registry';
import { nodeTypeInstances, PACKAGE_NAME } from '../../../helpers/n8n';

/**
 * The texts people read in the editor, curated or taken from Twilio's descriptions, read well: no
 * links or markdown, no "we" (who is that, in n8n?), no word twice in a row, no "the SID of the
 * SID", and short enough for a field's help. The same holds for the plain text of every parameter
 * of every description in `openapi/` and beside it, the fallback of whatever nobody curated.
 */

const LONGEST = 320;

/** What makes a text read badly, each with a check. */
const FLAWS: Array<[string, (text: string) => boolean]> = [
	['a link', (text) => /https?:\/\/(?!example\.com)\w|\]\(/.test(text)],
	['markdown', (text) => /`|\*\*|<\/?[a-z]+>/.test(text)],
	['"we"', (text) => /\b[Ww]e\b|\bour\b/.test(text)],
	['a word twice', (text) => /(?<![\w-])(\w{2,})\s+\1\b/i.test(text)],
	['"the SID of the SID"', (text) => /\bSID of the \w* ?SID\b/i.test(text)],
	[`more than ${LONGEST} characters`, (text) => text.length > LONGEST],
];

const flawsOf = (text: string) => FLAWS.filter(([, found]) => found(text)).map(([flaw]) => flaw);

/** Every description of a node's properties, with where it is. */
function descriptions(
	properties: Array<INodeProperties | INodePropertyCollection | INodePropertyOptions>,
	where: string,
): Array<[string, string]> {
	return properties.flatMap((property) => {
		const here = `${where} › ${'displayName' in property ? property.displayName : property.name}`;
		const own: Array<[string, string]> =
			'description' in property && typeof property.description === 'string'
				? [[here, property.description]]
				: [];
		const nested =
			'options' in property && Array.isArray(property.options)
				? descriptions(property.options as INodeProperties[], here)
				: 'values' in property && Array.isArray(property.values)
					? descriptions(property.values, here)
					: [];
		return [...own, ...nested];
	});
}

describe.each(PRODUCTS.map((product) => [product.node.displayName, product.node.name]))(
	'%s',
	(_, nodeName) => {
		test('every text of the editor reads well', () => {
			const { description } = nodeTypeInstances[`${PACKAGE_NAME}.${nodeName}`];
			const all = descriptions(description.properties, nodeName);
			expect(all.length).toBeGreaterThan(20);
			const bad = all
				.map(([where, text]) => [where, flawsOf(text), text] as const)
				.filter(([, flaws]) => flaws.length);
			expect(bad).toEqual([]);
		});
	},
);

const OPENAPI = path.join(__dirname, '..', '..', '..', '..', 'openapi');

/** Each parameter's description in an OpenAPI file, with where it is. */
function parameterDescriptions(file: string): Array<[string, string]> {
	const spec = JSON.parse(readFileSync(file, 'utf8')) as {
		paths: Record<
			string,
			Record<
				string,
				{
					operationId?: string;
					parameters?: Array<{ name: string; description?: string }>;
					requestBody?: {
						content?: Record<
							string,
							{ schema?: { properties?: Record<string, { description?: string }> } }
						>;
					};
				}
			>
		>;
	};
	return Object.values(spec.paths).flatMap((item) =>
		Object.values(item).flatMap((operation) => {
			if (!operation || typeof operation !== 'object' || !operation.operationId) return [];
			const body = Object.values(operation.requestBody?.content ?? {})[0]?.schema?.properties ?? {};
			return [
				...(operation.parameters ?? []).map(
					(parameter) => [parameter.name, parameter.description] as const,
				),
				...Object.entries(body).map(([name, schema]) => [name, schema.description] as const),
			]
				.filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string')
				.map(([name, text]): [string, string] => [`${operation.operationId} › ${name}`, text]);
		}),
	);
}

const FILES = PRODUCTS.map((product) => path.join(OPENAPI, product.openApi));

test.each(FILES.map((file) => [path.basename(file), file]))(
	'the plain text of each parameter of %s reads well',
	(_, file) => {
		const texts = parameterDescriptions(file);
		expect(texts.length).toBeGreaterThan(5);
		const bad = texts
			.map(([where, text]) => [where, plainText(text) ?? '', text] as const)
			.map(([where, plain, text]) => [where, flawsOf(plain), plain, text] as const)
			.filter(([, flaws]) => flaws.length);
		expect(bad).toEqual([]);
	},
);

test('the plain text of a description drops links, code, markdown and "we", and keeps a sentence or two', () => {
	expect(
		plainText(
			'The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the `Call`. We **call** it once. ' +
				'x'.repeat(300),
		),
	).toBe('The SID of the Account that created the Call. Twilio call it once.');
});

test('a sentence ends at a stop followed by a space, so dotted names stay whole; one sentence has no final period', () => {
	expect(plainText('The Ecdsa public key in PKIX, ASN.1 DER format encoded in Base64.')).toBe(
		'The Ecdsa public key in PKIX, ASN.1 DER format encoded in Base64',
	);
	expect(
		plainText('Your app, such as com.example.myapp. It can be up to 100 characters long.'),
	).toBe('Your app, such as com.example.myapp. It can be up to 100 characters long.');
	expect(plainText('When the navigator.credentials.get() call completes.')).toBe(
		'When the navigator.credentials.get() call completes',
	);
});
