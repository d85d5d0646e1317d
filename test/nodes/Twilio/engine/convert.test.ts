import fc from 'fast-check';

import { ContractChecker } from '../../../../emulator/contract';
import { Params } from '../../../../emulator/params';
import { toUrl } from '../../../../nodes/Twilio/engine/convert';

let contract: ContractChecker;

beforeAll(async () => {
	contract = await ContractChecker.load();
});

/**
 * What Twilio's API description says of a URL, as the emulator checks it (the Url of Call → Make).
 */
function contractAccepts(url: string): boolean {
	const form = new Params(
		new URLSearchParams({ To: '+14155551234', From: '+15005550006', Url: url }).toString(),
	);
	const { errors } = contract.check(
		'POST',
		'/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json',
		new Params(''),
		form,
	);
	return errors.length === 0;
}

const accepted = (url: string) => {
	try {
		return toUrl(url) !== undefined;
	} catch {
		return false;
	}
};

describe('toUrl', () => {
	test.each([
		'https://example.com/twiml',
		'http://example.com:8080/path/to?x=1&y=%20two#top',
		'https://user:pa%20ss@example.com/a;b=c/@here?q=/?#/?',
		'https://[2001:db8::1]:443/voice',
		"https://example.com/!$&'()*+,;=",
	])('takes %s', (url) => {
		expect(toUrl(url)).toBe(url);
		expect(contractAccepts(url)).toBe(true);
	});

	test.each([
		'https://example.com/a b',
		'https://example.com/caf\u00e9',
		'https://example.com/{Sid}',
		'https://example.com/a|b',
		'https://example.com/a\\b',
		'https://example.com/a^b',
		'https://example.com/#one#two',
		'https://example.com/100%',
	])("refuses %s, which Twilio's API description refuses too", (url) => {
		expect(() => toUrl(url)).toThrow(/is not a valid URL: write spaces, non-ASCII letters/);
		expect(contractAccepts(url)).toBe(false);
	});

	test("never takes what Twilio's API description refuses (seeded property)", () => {
		const tricky = fc.constantFrom(
			...' "<>\\^`{|}%#[]@?/:\u00e9\u202e\ud83d\ude00'.split(''),
			'%2',
			'%zz',
			'%20',
			'//',
			'..',
			'#frag',
			'?q=1',
			'[::1]',
		);
		const url = fc
			.tuple(
				fc.webUrl({ withQueryParameters: true, withFragments: true }),
				fc.array(fc.tuple(fc.nat(), tricky), { maxLength: 3 }),
			)
			.map(([base, insertions]) =>
				insertions.reduce(
					(text, [at, piece]) =>
						text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1)),
					base,
				),
			);
		let taken = 0;
		fc.assert(
			fc.property(url, (candidate) => {
				if (!accepted(candidate)) return;
				taken++;
				expect(contractAccepts(candidate)).toBe(true);
			}),
			{ seed: 3986, numRuns: 1500 },
		);
		expect(taken).toBeGreaterThan(250);
	});
});
