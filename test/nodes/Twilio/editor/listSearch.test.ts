import type { INodeListSearchResult, INodeParameters, INodeProperties } from 'n8n-workflow';

import { seedConference } from '../../../../emulator/products/api/behaviours/conferences';
import { incomingPhoneNumberRecord } from '../../../../emulator/products/api/behaviours/incomingPhoneNumbers';
import { outgoingCallerIdRecord } from '../../../../emulator/products/api/behaviours/outgoingCallerIds';
import { seedRecording } from '../../../../emulator/products/api/behaviours/recordings';
import { findOperation, listSearchedBy, SEARCH_LISTS } from '../../../../nodes/Twilio/products';
import { expectContractClean } from '../../../helpers/contract';
import { loadOptionsContext, nodeTypeInstances, PACKAGE_NAME } from '../../../helpers/n8n';
import { startTwilio, type TwilioFixture } from '../../../helpers/twilio';

let twilio: TwilioFixture;

const numberSid = (index: number) =>
	`PN0123456789abcdef0123456789ab${index.toString(16).padStart(4, '0')}`;

beforeAll(async () => {
	twilio = await startTwilio();
	// 150 numbers: more than one page of the editor's list.
	for (let index = 0; index < 150; index++) {
		const record = incomingPhoneNumberRecord(
			twilio.emulator.account.sid,
			numberSid(index),
			`+1415555${String(index).padStart(4, '0')}`,
			new Date(),
		);
		if (index === 7) record.friendly_name = 'Support line';
		twilio.emulator.store.add(twilio.accountPath('/IncomingPhoneNumbers'), record);
	}
});
afterAll(async () => {
	expectContractClean(twilio.emulator);
	await twilio.emulator.close();
});

const NODES = { action: 'twilioConnector', trigger: 'twilioConnectorTrigger' } as const;

/**
 * A list search as the editor runs it: through n8n-core's LoadOptionsContext, with the node's
 * current parameters.
 */
async function search(
	method: string,
	options: {
		node?: keyof typeof NODES;
		parameters?: INodeParameters;
		filter?: string;
		paginationToken?: string;
	} = {},
): Promise<INodeListSearchResult> {
	const type = `${PACKAGE_NAME}.${NODES[options.node ?? 'action']}`;
	const parameters = options.parameters ?? {};
	const context = loadOptionsContext(type, parameters, twilio.credentials);
	const listSearch = nodeTypeInstances[type].methods!.listSearch!;
	expect(listSearch[method]).toBeInstanceOf(Function);
	return await listSearch[method].call(context, options.filter, options.paginationToken);
}

const lastRequest = () => twilio.emulator.requests.at(-1)!;

describe("the account's phone numbers", () => {
	test('are listed page by page, each as its number (and friendly name) with its SID', async () => {
		const first = await search('searchIncomingPhoneNumbers', {
			node: 'trigger',
			parameters: { event: 'incomingMessage' },
		});
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: '+14155550000', value: numberSid(0) });
		expect(first.results[7]).toEqual({ name: '+14155550007 (Support line)', value: numberSid(7) });
		expect(first.paginationToken).toEqual(expect.stringContaining('/IncomingPhoneNumbers.json'));

		const second = await search('searchIncomingPhoneNumbers', {
			node: 'trigger',
			paginationToken: first.paginationToken as string,
		});
		expect(second.results).toHaveLength(50);
		expect(second.results.at(-1)?.name).toBe('+14155550149');
		expect(second.paginationToken).toBeUndefined();
	});

	test('a search of digits asks Twilio for numbers containing them; other text matches the entries', async () => {
		twilio.emulator.requests.length = 0;
		const byDigits = await search('searchIncomingPhoneNumbers', { filter: '555 0142' });
		expect(byDigits.results.map((result) => result.name)).toEqual(['+14155550142']);
		expect(twilio.emulator.requests[0].query.PhoneNumber).toEqual(['5550142']);

		const byName = await search('searchIncomingPhoneNumbers', { filter: 'support' });
		expect(byName.results.map((result) => result.value)).toEqual([numberSid(7)]);
	});

	test('as senders (From), the list gives the numbers themselves', async () => {
		const senders = await search('searchFromNumbers', { filter: '+1415555014' });
		expect(senders.results.slice(0, 2)).toEqual([
			{ name: '+14155550140', value: '+14155550140' },
			{ name: '+14155550141', value: '+14155550141' },
		]);
		expect(lastRequest().query.PhoneNumber).toEqual(['+1415555014']);
	});

	test('a page link that leaves the list is refused before anything is sent', async () => {
		const sent = twilio.emulator.requests.length;
		await expect(
			search('searchIncomingPhoneNumbers', {
				paginationToken: twilio.accountPath('/Calls.json?Page=1'),
			}),
		).rejects.toThrow('The list cannot continue from that page');
		expect(twilio.emulator.requests).toHaveLength(sent);
	});
});

describe("each list shows its resource's records", () => {
	test('applications by name', async () => {
		await twilio.run({
			parameters: { resource: 'application', operation: 'create', friendlyName: 'Order hotline' },
		});
		const created = twilio.emulator.records(twilio.accountPath('/Applications'))[0];
		const { results } = await search('searchApplications');
		expect(results).toEqual([{ name: 'Order hotline', value: created.sid }]);
		expect(lastRequest().path).toBe(twilio.accountPath('/Applications.json'));
	});

	test('calls as From → To, with status and start', async () => {
		await twilio.run({
			items: [{ to: '+14155550900' }, { to: '+14155550901' }],
			parameters: {
				resource: 'call',
				operation: 'make',
				from: '+14155550000',
				to: '={{ $json.to }}',
				url: 'https://example.com/twiml',
			},
		});
		const { results } = await search('searchCalls', { filter: '0901' });
		const call = twilio.emulator
			.records(twilio.accountPath('/Calls'))
			.find((record) => record.to === '+14155550901')!;
		expect(results).toEqual([
			{
				name: `+14155550000 → +14155550901 (${String(call.status)}, ${String(call.start_time)})`,
				value: call.sid,
			},
		]);
	});

	test('conferences and recordings, by name or date, with their details', async () => {
		const conference = seedConference(twilio.emulator, {
			friendlyName: 'Weekly sync',
			status: 'completed',
			dateCreated: new Date('2024-05-01T10:00:00Z'),
		});
		const recording = seedRecording(twilio.emulator, {
			callSid: 'CA0123456789abcdef0123456789abcdef',
			durationSeconds: 42,
			dateCreated: new Date('2024-05-02T09:30:00Z'),
		});
		expect((await search('searchConferences')).results).toEqual([
			{ name: 'Weekly sync (completed, Wed, 01 May 2024 10:00:00 +0000)', value: conference.sid },
		]);
		expect((await search('searchRecordings')).results).toEqual([
			{
				name: 'Thu, 02 May 2024 09:30:00 +0000 (42 s, call CA0123456789abcdef0123456789abcdef)',
				value: recording.sid,
			},
		]);
	});

	test('verified caller IDs by number', async () => {
		const sid = 'PN99999999999999999999999999999999';
		twilio.emulator.store.add(
			twilio.accountPath('/OutgoingCallerIds'),
			outgoingCallerIdRecord(
				twilio.emulator.account.sid,
				sid,
				'+14155559999',
				'Front desk',
				new Date(),
			),
		);
		expect((await search('searchOutgoingCallerIds')).results).toEqual([
			{ name: '+14155559999 (Front desk)', value: sid },
		]);
	});

	test('countries with numbers for sale, by name, giving the ISO code', async () => {
		const { results, paginationToken } = await search('searchCountries');
		expect(results).toEqual([
			{ name: 'United States (US)', value: 'US' },
			{ name: 'Canada (CA)', value: 'CA' },
			{ name: 'United Kingdom (GB)', value: 'GB' },
		]);
		expect(paginationToken).toBeUndefined();
		expect(lastRequest().path).toBe(twilio.accountPath('/AvailablePhoneNumbers.json'));
		expect((await search('searchCountries', { filter: 'king' })).results).toEqual([
			{ name: 'United Kingdom (GB)', value: 'GB' },
		]);
	});
});

test("lists the subaccount's records when the node acts on one (Options → Account SID)", async () => {
	const { output } = await twilio.run({
		parameters: { resource: 'account', operation: 'createSubaccount' },
	});
	const subaccount = String(output[0].json.sid);
	await twilio.run({
		parameters: {
			resource: 'application',
			operation: 'create',
			friendlyName: 'Customer app',
			options: { accountSid: subaccount },
		},
	});
	const { results } = await search('searchApplications', {
		parameters: { resource: 'application', operation: 'get', options: { accountSid: subaccount } },
	});
	expect(results.map((result) => result.name)).toEqual(['Customer app']);
	expect(lastRequest().path).toBe(`/2010-04-01/Accounts/${subaccount}/Applications.json`);
});

/**
 * Every list-search method the node's properties name, at any depth (collections, locator modes).
 */
function searchMethodsNamed(properties: INodeProperties[]): string[] {
	return properties.flatMap((property) => [
		...(property.modes ?? []).flatMap((mode) =>
			mode.typeOptions?.searchListMethod ? [mode.typeOptions.searchListMethod] : [],
		),
		...searchMethodsNamed(
			((property.options ?? []) as INodeProperties[]).filter(
				(option) => 'displayName' in option && 'type' in option,
			),
		),
	]);
}

test.each(Object.keys(nodeTypeInstances))(
	'%s has every list-search method its fields name, each reading a list of the registry',
	(type) => {
		const nodeType = nodeTypeInstances[type];
		const named = new Set(searchMethodsNamed(nodeType.description.properties));
		expect(Object.keys(nodeType.methods?.listSearch ?? {}).sort()).toEqual([...named].sort());
		for (const method of named) expect(listSearchedBy(method)?.name).toBeDefined();
	},
);

test('every list has a name of its own, reads a list operation, and a SID kind offers one list', () => {
	const names = SEARCH_LISTS.map((list) => list.name);
	expect(new Set(names).size).toBe(names.length);
	const kinds = SEARCH_LISTS.flatMap((list) => (list.sid?.ofKind ? [list.sid.kind] : []));
	expect(new Set(kinds).size).toBe(kinds.length);
	expect(kinds).toEqual(expect.arrayContaining(['phoneNumber', 'call', 'verifyService']));
	for (const list of SEARCH_LISTS) {
		if ('path' in list.list) continue;
		expect([list.name, findOperation(list.list.resource, list.list.operation)?.list]).toEqual([
			list.name,
			expect.objectContaining({ key: expect.any(String) }),
		]);
	}
});
