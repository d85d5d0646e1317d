import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const numbers = (output: INodeExecutionData[]) => output.map((item) => item.json.phone_number);
/** The ten numbers of the emulator's pool in one area code: +1{area}5550100 to …0109. */
const pool = (areaCode: string) =>
	Array.from({ length: 10 }, (_, index) => `+1${areaCode}555010${index}`);

describe('Available Phone Number → Search Local', () => {
	test('puts the checked country code in the path and sends every filter in the query', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'availablePhoneNumber',
				operation: 'searchLocal',
				countryCode: 'us',
				returnAll: false,
				limit: 5,
				filters: { areaCode: 415, contains: '55501*', inRegion: 'CA', inPostalCode: '94103' },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'GET',
			twilio.accountPath('/AvailablePhoneNumbers/US/Local.json'),
		]);
		expect(request.query).toEqual({
			AreaCode: ['415'],
			Contains: ['55501*'],
			InRegion: ['CA'],
			InPostalCode: ['94103'],
			PageSize: ['5'],
		});
		expect(numbers(output)).toEqual(pool('415').slice(0, 5));
		expect(output[0].json).toMatchObject({
			friendly_name: '(415) 555-0100',
			locality: 'San Francisco',
			region: 'CA',
			iso_country: 'US',
			capabilities: { voice: true, sms: true, mms: true, fax: false },
		});
	});

	test('filters really narrow the result: region, then postal code, then a keypad pattern', async () => {
		const search = async (filters: INodeParameters) => {
			const { output } = await twilio.run({
				parameters: {
					resource: 'availablePhoneNumber',
					operation: 'searchLocal',
					countryCode: 'US',
					returnAll: true,
					filters,
				},
			});
			return numbers(output);
		};
		expect(await search({ inRegion: 'CA' })).toEqual([
			...pool('415'),
			...pool('510'),
			...pool('650'),
		]);
		expect(await search({ inPostalCode: '94612' })).toEqual(pool('510'));
		// J, K and L are 5 on a phone keypad.
		expect(await search({ areaCode: 212, contains: 'JKL0107' })).toEqual(['+12125550107']);
		expect(await search({ areaCode: 303 })).toEqual([]);
	});

	test('a number once bought is no longer offered', async () => {
		await twilio.run({
			parameters: {
				resource: 'incomingPhoneNumber',
				operation: 'buyByPhoneNumber',
				phoneNumber: '+16505550103',
			},
		});
		const { output } = await twilio.run({
			parameters: {
				resource: 'availablePhoneNumber',
				operation: 'searchLocal',
				countryCode: 'US',
				returnAll: true,
				filters: { areaCode: 650 },
			},
		});
		expect(numbers(output)).toEqual(pool('650').filter((number) => number !== '+16505550103'));
	});

	test('Twilio has no numbers of that kind in the country: its 404 reaches the user', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'availablePhoneNumber',
				operation: 'searchLocal',
				countryCode: 'FR',
				returnAll: true,
			},
		});
		expect(error?.message).toBe(
			`Twilio error 20404: The requested resource ${twilio.accountPath('/AvailablePhoneNumbers/FR/Local.json')} was not found`,
		);
	});

	test('a country code that is not ISO 3166-1 alpha-2 is refused before anything is sent', async () => {
		const cases: Array<[string, string]> = [
			[
				'UK',
				'Country Code "UK" is not an ISO 3166-1 alpha-2 country code such as US, CA or GB (the United Kingdom is GB) [item 0]',
			],
			[
				'USA',
				'Country Code "USA" is not an ISO 3166-1 alpha-2 country code such as US, CA or GB [item 0]',
			],
			[
				'../Calls',
				'Country Code "../Calls" is not an ISO 3166-1 alpha-2 country code such as US, CA or GB [item 0]',
			],
			[
				'XX',
				'Country Code "XX" is not an ISO 3166-1 alpha-2 country code such as US, CA or GB [item 0]',
			],
		];
		for (const [countryCode, message] of cases) {
			const { error } = await twilio.run({
				parameters: {
					resource: 'availablePhoneNumber',
					operation: 'searchLocal',
					countryCode,
					returnAll: true,
				},
			});
			expect(error?.message).toBe(message);
			expect(error?.description).toBe(
				'Check the "Country Code" parameter of item 0. Nothing was sent to Twilio.',
			);
		}
		expect(twilio.emulator.requests).toHaveLength(0);
	});

	test('an area code that is not three digits, or a pattern with other characters, is refused before sending', async () => {
		const cases: Array<[INodeParameters, string]> = [
			[{ areaCode: 41 }, 'Area Code must be between 200 and 999 [item 0]'],
			[
				{ contains: '555-01' },
				'Contains "555-01" is not a pattern of 2 to 16 digits, letters and * [item 0]',
			],
		];
		for (const [filters, message] of cases) {
			const { error } = await twilio.run({
				parameters: {
					resource: 'availablePhoneNumber',
					operation: 'searchLocal',
					countryCode: 'US',
					returnAll: true,
					filters,
				},
			});
			expect(error?.message).toBe(message);
		}
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Available Phone Number → Search Local (Advanced)', () => {
	const searchNear = (filters: INodeParameters) =>
		twilio.run({
			parameters: {
				resource: 'availablePhoneNumber',
				operation: 'searchLocalAdvanced',
				countryCode: 'US',
				returnAll: true,
				filters,
			},
		});

	test('sends NearLatLong and Distance; only numbers within that many miles come back', async () => {
		const { output, error } = await searchNear({
			nearLatLong: '37.7749,-122.4194',
			distance: 10,
			inRegion: 'CA',
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect(request.path).toBe(twilio.accountPath('/AvailablePhoneNumbers/US/Local.json'));
		expect(request.query).toEqual({
			InRegion: ['CA'],
			NearLatLong: ['37.7749,-122.4194'],
			Distance: ['10'],
			PageSize: ['1000'],
		});
		// Oakland is about 8 miles from San Francisco, Palo Alto about 30.
		expect(numbers(output)).toEqual([...pool('415'), ...pool('510')]);
	});

	test('sends NearNumber (the Mule nearPhoneNumber), InLata and InRateCenter, with every local filter', async () => {
		const { output, error } = await searchNear({
			nearNumber: '+16505550999',
			distance: 50,
			inLata: '722',
			inRateCenter: 'OKLD',
			areaCode: 510,
			contains: '5550*0*',
			inPostalCode: '94612',
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query).toEqual({
			AreaCode: ['510'],
			Contains: ['5550*0*'],
			InPostalCode: ['94612'],
			NearNumber: ['+16505550999'],
			Distance: ['50'],
			InLata: ['722'],
			InRateCenter: ['OKLD'],
			PageSize: ['1000'],
		});
		expect(numbers(output)).toEqual(pool('510'));
	});

	test('the default distance around a number is 25 miles', async () => {
		const { output } = await searchNear({ nearNumber: '+14155550999' });
		expect(twilio.emulator.requests[0].query).toEqual({
			NearNumber: ['+14155550999'],
			PageSize: ['1000'],
		});
		expect(numbers(output)).toEqual([...pool('415'), ...pool('510')]);
	});

	test('rules between filters and malformed values stop the item before sending', async () => {
		const cases: Array<[INodeParameters, string]> = [
			[{ inRateCenter: 'OKLD' }, 'In Rate Center needs In LATA as well [item 0]'],
			[
				{ distance: 30 },
				'Distance applies to Near Lat/Long or Near Number: set one of them as well [item 0]',
			],
			[
				{ nearLatLong: '37.7749 -122.4194' },
				'Near Lat/Long "37.7749 -122.4194" is not a latitude and longitude such as 37.7749,-122.4194 [item 0]',
			],
			[
				{ nearNumber: '415-555-0100' },
				'Near Number "415-555-0100" is not a phone number in E.164 format such as +14155552671 [item 0]',
			],
			[
				{ nearNumber: '+14155550100', distance: 501 },
				'Distance must be between 1 and 500 [item 0]',
			],
		];
		for (const [filters, message] of cases) {
			const { error } = await searchNear(filters);
			expect(error?.message).toBe(message);
		}
		expect(twilio.emulator.requests).toHaveLength(0);
	});
});

describe('Available Phone Number → Search Toll-Free', () => {
	test('searches the TollFree list of the country with Contains', async () => {
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'availablePhoneNumber',
				operation: 'searchTollFree',
				countryCode: 'US',
				returnAll: false,
				limit: 3,
				filters: { contains: '888' },
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual([
			'GET',
			twilio.accountPath('/AvailablePhoneNumbers/US/TollFree.json'),
		]);
		expect(request.query).toEqual({ Contains: ['888'], PageSize: ['3'] });
		expect(numbers(output)).toEqual(['+18885550100', '+18885550101', '+18885550102']);
		expect(output[0].json).toMatchObject({
			friendly_name: '(888) 555-0100',
			locality: null,
			iso_country: 'US',
		});
	});

	test('searches another country in the account given in Options', async () => {
		const { output } = await twilio.run({
			parameters: {
				resource: 'availablePhoneNumber',
				operation: 'searchTollFree',
				countryCode: 'CA',
				returnAll: true,
				options: { accountSid: twilio.emulator.account.sid },
			},
		});
		expect(twilio.emulator.requests[0].path).toBe(
			twilio.accountPath('/AvailablePhoneNumbers/CA/TollFree.json'),
		);
		expect(new Set(output.map((item) => item.json.iso_country))).toEqual(new Set(['CA']));
		expect(output).toHaveLength(10);
	});
});
