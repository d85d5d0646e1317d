import { seedConference } from '../../../../../emulator/products/api/behaviours/conferences';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();

const sent = () =>
	twilio.emulator.requests.map((request) => [request.method, request.path, request.query]);

describe('Conference → Get', () => {
	test('fetches the conference by SID', async () => {
		const conference = seedConference(twilio.emulator, { friendlyName: 'Weekly sync' });
		const { output, error } = await twilio.run({
			parameters: { resource: 'conference', operation: 'get', conferenceSid: conference.sid },
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			['GET', twilio.accountPath(`/Conferences/${conference.sid}.json`), {}],
		]);
		expect(output.map((item) => item.json)).toEqual([conference]);
	});

	test("an unknown conference fails with Twilio's 20404", async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'conference',
				operation: 'get',
				conferenceSid: 'CF0123456789abcdef0123456789abcdef',
			},
		});
		expect(error?.message).toMatch(
			/^Twilio error 20404: The requested resource .*CF0123456789abcdef0123456789abcdef\.json was not found$/,
		);
	});
});

describe('Conference → Get Many', () => {
	test('sends status, name and both date filters as days, and outputs the matching conferences', async () => {
		const at = (iso: string) => new Date(iso);
		const match = seedConference(twilio.emulator, {
			friendlyName: 'Support',
			status: 'completed',
			dateCreated: at('2026-05-04T08:00:00Z'),
			dateUpdated: at('2026-05-06T09:00:00Z'),
		});
		seedConference(twilio.emulator, {
			friendlyName: 'Support',
			status: 'completed',
			dateCreated: at('2026-04-30T08:00:00Z'),
			dateUpdated: at('2026-05-06T09:00:00Z'),
		});
		seedConference(twilio.emulator, {
			friendlyName: 'Support',
			status: 'in-progress',
			dateCreated: at('2026-05-04T08:00:00Z'),
			dateUpdated: at('2026-05-06T09:00:00Z'),
		});
		seedConference(twilio.emulator, {
			friendlyName: 'Sales',
			status: 'completed',
			dateCreated: at('2026-05-04T08:00:00Z'),
			dateUpdated: at('2026-05-06T09:00:00Z'),
		});
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'conference',
				operation: 'getMany',
				limit: 20,
				filters: {
					status: 'completed',
					friendlyName: 'Support',
					dateCreatedOnOrAfter: '2026-05-01T00:00:00',
					dateCreatedOnOrBefore: '2026-05-31',
					dateUpdated: '2026-05-05T22:30:00-04:00',
				},
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'GET',
				twilio.accountPath('/Conferences.json'),
				{
					Status: ['completed'],
					FriendlyName: ['Support'],
					// Twilio reads DateCreated<=D as "on or before midnight" of D: the whole of 31 May ends
					// at 1 June's.
					'DateCreated<': ['2026-06-01'],
					'DateCreated>': ['2026-05-01'],
					// 22:30 at UTC-4 on 5 May is already 6 May on Twilio's clock.
					DateUpdated: ['2026-05-06'],
					PageSize: ['20'],
				},
			],
		]);
		expect(output.map((item) => item.json)).toEqual([match]);
	});

	test('Date Updated on or after and on or before the same day ask for the whole day', async () => {
		const conference = seedConference(twilio.emulator, {
			status: 'init',
			dateCreated: new Date('2026-05-04T08:00:00Z'),
			dateUpdated: new Date('2026-05-06T09:00:00Z'),
		});
		seedConference(twilio.emulator, {
			status: 'init',
			dateUpdated: new Date('2026-05-08T09:00:00Z'),
		});
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'conference',
				operation: 'getMany',
				returnAll: true,
				filters: {
					status: 'init',
					dateUpdatedOnOrAfter: '2026-05-06',
					dateUpdatedOnOrBefore: '2026-05-06',
				},
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].query).toEqual({
			Status: ['init'],
			'DateUpdated<': ['2026-05-07'],
			'DateUpdated>': ['2026-05-06'],
			PageSize: ['1000'],
		});
		expect(output.map((item) => item.json)).toEqual([conference]);
	});

	test.each([
		[
			'a day that does not exist',
			{ dateCreated: '2026-02-30' },
			'Date Created "2026-02-30" is not a date that exists [item 0]',
		],
		[
			'a month that does not exist',
			{ dateCreated: '2026-13-45' },
			'Date Created "2026-13-45" is not a date that exists [item 0]',
		],
		[
			'a time of day on a filter Twilio reads by day',
			{ dateCreatedOnOrAfter: '2026-05-01T18:00:00' },
			'Date Created On or After takes a day, not a time of day: Twilio filters it by day (give e.g. 2026-05-01) [item 0]',
		],
	])(
		'%s stops the item, naming the field, before anything is sent',
		async (_, filters, message) => {
			const { error } = await twilio.run({
				parameters: { resource: 'conference', operation: 'getMany', filters },
			});
			expect(error?.message).toBe(message);
			expect(twilio.emulator.requests).toEqual([]);
		},
	);

	test('a status Twilio does not know stops the item before anything is sent', async () => {
		const { error } = await twilio.run({
			parameters: { resource: 'conference', operation: 'getMany', filters: { status: 'finished' } },
		});
		expect(error?.message).toBe(
			'Status "finished" is not one of: init, in-progress, completed [item 0]',
		);
		expect(twilio.emulator.requests).toEqual([]);
	});
});
