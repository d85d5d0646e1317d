import { NodeHelpers, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { seedRecording } from '../../../../emulator/products/api/behaviours/recordings';
import { toIncomingNumberReference } from '../../../../nodes/Twilio/fields/incomingPhoneNumber';
import { SEARCH_LISTS } from '../../../../nodes/Twilio/products';
import { sidFromConsoleUrl } from '../../../../nodes/Twilio/fields/locator';
import { nodeTypeInstances, PACKAGE_NAME } from '../../../helpers/n8n';
import { useTwilio } from '../../../helpers/twilio';

const twilio = useTwilio();

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const consolePage = (sid: string) =>
	`https://console.twilio.com/us1/monitor/logs/calls?frameUrl=%2Fconsole%2Fvoice%2Fcalls%2Flogs%2F${sid}%3Fx-target-region%3Dus1`;
const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

/** A call made through the node, for the locators to find. */
let call: string;
beforeEach(async () => {
	await twilio.run({
		parameters: {
			resource: 'call',
			operation: 'make',
			from: '+14155550100',
			to: '+14155551234',
			url: 'https://example.com/twiml',
		},
	});
	call = String(twilio.emulator.records(twilio.accountPath('/Calls'))[0].sid);
	twilio.emulator.requests.length = 0;
});

/** Call → Get with the Call SID as given: the run, and the SID the request asked for. */
async function getCall(callSid: unknown, items?: Array<Record<string, string>>) {
	const { error, output } = await twilio.run({
		items,
		parameters: { resource: 'call', operation: 'get', callSid } as INodeParameters,
	});
	const request = twilio.emulator.requests[0];
	return { error, output, requested: request && request.path.split('/').pop() };
}

describe('a SID locator sends the SID picked', () => {
	test.each([
		['from the list', () => locator('list', call)],
		['typed', () => locator('id', call)],
		["from the record's Twilio Console URL", () => locator('url', consolePage(call))],
		['as plain text (older workflows)', () => call],
		['from an expression', () => locator('id', '={{ $json.sid }}')],
	])('%s', async (_, callSid) => {
		const { error, output, requested } = await getCall(callSid(), [{ sid: call }]);
		expect(error).toBeUndefined();
		expect(requested).toBe(`${call}.json`);
		expect(output[0].json.sid).toBe(call);
	});

	test('in a collection too, where the editor may leave out __rl', async () => {
		const recording = seedRecording(twilio.emulator, { callSid: call });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'recording',
				operation: 'getMany',
				returnAll: true,
				filters: { callSid: { mode: 'url', value: consolePage(call) } },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query.CallSid).toEqual([call]);
		expect(output.map((item) => item.json.sid)).toEqual([recording.sid]);
	});
});

describe('a locator value that is not a SID of its kind stops the item before anything is sent', () => {
	test.each([
		[
			'a SID of another kind in the list',
			() => locator('list', ACCOUNT),
			/^Call SID "AC.*" is not a valid SID: expected CA followed by 32/,
		],
		[
			'an expression giving a URL outside the Twilio Console',
			() => locator('url', `={{ "https://example.com/calls/${call}" }}`),
			/^Call SID ".*" is not the address of one record's page in the Twilio Console/,
		],
		[
			'an expression giving a Console URL of two calls',
			() => locator('url', `={{ "${consolePage(call)}&next=CA${'f'.repeat(32)}" }}`),
			/is not the address of one record's page/,
		],
		[
			'an expression giving a URL as a SID',
			() => locator('id', `={{ "${consolePage(call)}" }}`),
			/^Call SID is longer than 64 characters \[item 0\]$/,
		],
	])('%s', async (_, callSid, message) => {
		const { error } = await getCall(callSid());
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(message);
		expect(error?.description).toContain(
			'Check the "Call SID" parameter of item 0. Nothing was sent to Twilio.',
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});

	test.each([
		[
			'a URL outside the Twilio Console',
			() => locator('url', `https://example.com/calls/${call}`),
			'Paste the address of the page in the Twilio Console',
		],
		[
			'a Console URL without a call',
			() => locator('url', 'https://console.twilio.com/us1/monitor/logs/calls'),
			'Paste the address of the page',
		],
		[
			'a URL typed as a SID',
			() => locator('id', consolePage(call)),
			'A SID is CA followed by 32 hexadecimal characters',
		],
		['an empty pick', () => locator('list', ''), 'Parameter "Call SID" is required.'],
	])(
		"typed: %s, which n8n's own check of the locator refuses first",
		async (_, callSid, message) => {
			await expect(getCall(callSid())).rejects.toThrow(message);
			expect(twilio.emulator.requests).toHaveLength(0);
		},
	);
});

describe('From', () => {
	test.each([
		['picked from the list', locator('list', '+14155550100'), '+14155550100'],
		[
			'typed as a channel address',
			locator('phoneNumber', 'whatsapp:+14155550100'),
			'whatsapp:+14155550100',
		],
		['as plain text (older workflows)', '+14155550100', '+14155550100'],
	])('%s is sent as given', async (_, from, sent) => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'send',
				from,
				to: '+14155551234',
				body: 'Hi',
			} as INodeParameters,
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].form.From).toEqual([sent]);
	});

	test('left empty in the list, with a Messaging Service instead, sends no From', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'message',
				operation: 'send',
				from: locator('list', ''),
				to: '+14155551234',
				body: 'Hi',
				additionalFields: { messagingServiceSid: 'MG0123456789abcdef0123456789abcdef' },
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].form.From).toBeUndefined();
	});
});

describe('the country of a number search', () => {
	const searchIn = (countryCode: unknown) =>
		twilio.run({
			parameters: {
				resource: 'availablePhoneNumber',
				operation: 'searchTollFree',
				countryCode,
				limit: 1,
			} as INodeParameters,
		});

	test.each([
		['picked from the list', locator('list', 'CA'), '/CA/TollFree.json'],
		['typed in lower case', locator('code', 'us'), '/US/TollFree.json'],
		['as plain text (older workflows)', 'US', '/US/TollFree.json'],
	])('%s goes in the path', async (_, countryCode, path) => {
		const { error } = await searchIn(countryCode);
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].path).toBe(
			twilio.accountPath(`/AvailablePhoneNumbers${path}`),
		);
	});

	test('a code that is not a country stops the item', async () => {
		const { error } = await searchIn(locator('code', 'UK'));
		expect(error?.message).toMatch(
			/^Country Code "UK" is not an ISO 3166-1 alpha-2 country code .* \(the United Kingdom is GB\)/,
		);
		expect(twilio.emulator.requests).toHaveLength(0);
	});

	test('is United States unless changed, as before', async () => {
		const description = nodeTypeInstances[`${PACKAGE_NAME}.twilioConnector`].description;
		const parameters = NodeHelpers.getNodeParameters(
			description.properties,
			{ resource: 'availablePhoneNumber', operation: 'searchLocal' },
			true,
			false,
			null,
			description,
		);
		expect(parameters?.countryCode).toEqual({ __rl: true, mode: 'list', value: 'US' });
	});
});

describe("the trigger's phone number", () => {
	const PN = 'PN0123456789abcdef0123456789abcdef';
	test.each([
		[locator('list', PN), { sid: PN }],
		[
			locator(
				'url',
				`https://console.twilio.com/us1/develop/phone-numbers/manage/incoming/${PN}/configure`,
			),
			{ sid: PN },
		],
		[locator('phoneNumber', '+14155550100'), { phoneNumber: '+14155550100' }],
		['+14155550100', { phoneNumber: '+14155550100' }],
	])('%j is read as %j', (value, reference) => {
		expect(toIncomingNumberReference(value)).toEqual(reference);
	});

	test('a number typed as a SID is refused', () => {
		expect(() => toIncomingNumberReference(locator('id', '+14155550100'))).toThrow(
			'is neither a phone number SID',
		);
	});
});

/** Every URL mode of both nodes, with the Console page it shows as its example. */
function urlModes(
	properties: INodeProperties[],
): Array<[string, { placeholder?: string; validation?: unknown }]> {
	return properties.flatMap((property) => [
		...(property.modes ?? [])
			.filter((mode) => mode.name === 'url')
			.map((mode) => [property.displayName, mode] as [string, typeof mode]),
		...urlModes(
			((property.options ?? []) as INodeProperties[]).filter((option) => 'type' in option),
		),
	]);
}

test.each(
	['twilioConnector', 'twilioConnectorTrigger'].flatMap((node) =>
		urlModes(nodeTypeInstances[`${PACKAGE_NAME}.${node}`].description.properties),
	),
)(
	"%s: the Console page shown as an example, with a real SID, passes the editor's check and gives the SID",
	(_, mode) => {
		const [{ properties }] = mode.validation as Array<{ properties: { regex: string } }>;
		const example = mode.placeholder!;
		const sid = SEARCH_LISTS.flatMap((lookup) => (lookup.sid ? [lookup.sid] : [])).find(
			(candidate) =>
				candidate.consolePage && example.startsWith(candidate.consolePage.split('{{$value}}')[0]),
		)!;
		const real = example.replace(/x{32}/, '0123456789abcdef0123456789abcdef');
		expect(new RegExp(`^${properties.regex}$`).test(real)).toBe(true);
		expect(sidFromConsoleUrl(sid.kind, real)).toBe(
			real.match(/[A-Z]{2}0123456789abcdef0123456789abcdef/)![0],
		);
	},
);
