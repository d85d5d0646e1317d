import { seedConference } from '../../../../../emulator/products/api/behaviours/conferences';
import { seedParticipant } from '../../../../../emulator/products/api/behaviours/participants';
import type { SeededRecord } from '../../../../../emulator/types';
import { useTwilio } from '../../../../helpers/twilio';

const twilio = useTwilio();
let conference: SeededRecord;

beforeEach(() => {
	conference = seedConference(twilio.emulator);
});

const participantsPath = (suffix: string) =>
	twilio.accountPath(`/Conferences/${conference.sid}/Participants${suffix}`);
const participants = () => twilio.emulator.records(participantsPath(''));
const sent = () =>
	twilio.emulator.requests.map((request) => [request.method, request.path, request.query]);
const COACH = 'CAcccccccccccccccccccccccccccccccc';

describe('Participant → Get', () => {
	test('fetches a participant by call SID', async () => {
		const participant = seedParticipant(twilio.emulator, conference);
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'get',
				conferenceSid: conference.sid,
				callSid: participant.call_sid,
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['GET', participantsPath(`/${participant.call_sid}.json`), {}]]);
		expect(output.map((item) => item.json)).toEqual([participant]);
	});

	test('fetches a participant by its label, encoded in the path', async () => {
		seedParticipant(twilio.emulator, conference, { label: 'agent' });
		const customer = seedParticipant(twilio.emulator, conference, { label: 'Kundin Müller_2' });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'get',
				conferenceSid: conference.sid,
				callSid: 'Kundin Müller_2',
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['GET', participantsPath('/Kundin%20M%C3%BCller_2.json'), {}]]);
		expect(output.map((item) => item.json)).toEqual([customer]);
	});
});

describe('Participant → Update', () => {
	test('posts Muted and the chosen update fields, and outputs the updated participant', async () => {
		const participant = seedParticipant(twilio.emulator, conference, { label: 'customer' });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'update',
				conferenceSid: conference.sid,
				callSid: 'customer',
				muted: true,
				updateFields: {
					hold: true,
					holdUrl: 'https://example.com/hold.mp3',
					holdMethod: 'GET',
					announceUrl: 'https://example.com/announce.xml',
					announceMethod: 'POST',
					waitUrl: 'https://example.com/wait',
					waitMethod: 'GET',
					beepOnExit: false,
					endConferenceOnExit: true,
					coaching: true,
					callSidToCoach: COACH,
				},
			},
		});
		expect(error).toBeUndefined();
		const [request] = twilio.emulator.requests;
		expect([request.method, request.path]).toEqual(['POST', participantsPath('/customer.json')]);
		expect(request.form).toEqual({
			Muted: ['true'],
			Hold: ['true'],
			HoldUrl: ['https://example.com/hold.mp3'],
			HoldMethod: ['GET'],
			AnnounceUrl: ['https://example.com/announce.xml'],
			AnnounceMethod: ['POST'],
			WaitUrl: ['https://example.com/wait'],
			WaitMethod: ['GET'],
			BeepOnExit: ['false'],
			EndConferenceOnExit: ['true'],
			Coaching: ['true'],
			CallSidToCoach: [COACH],
		});
		expect(output).toHaveLength(1);
		expect(output[0].json).toMatchObject({
			call_sid: participant.call_sid,
			muted: true,
			hold: true,
			end_conference_on_exit: true,
			coaching: true,
			call_sid_to_coach: COACH,
		});
	});

	test('Muted off alone unmutes', async () => {
		const participant = seedParticipant(twilio.emulator, conference, { muted: true });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'update',
				conferenceSid: conference.sid,
				callSid: participant.call_sid,
				muted: false,
			},
		});
		expect(error).toBeUndefined();
		expect(twilio.emulator.requests[0].form).toEqual({ Muted: ['false'] });
		expect(output[0].json.muted).toBe(false);
	});

	test('Coaching without the call to coach stops the item before anything is sent', async () => {
		const participant = seedParticipant(twilio.emulator, conference);
		const { error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'update',
				conferenceSid: conference.sid,
				callSid: participant.call_sid,
				muted: false,
				updateFields: { coaching: true },
			},
		});
		expect(error?.message).toBe('Coaching needs the Call SID to Coach (Update Fields) [item 0]');
		expect(twilio.emulator.requests).toEqual([]);
	});
});

describe('Participant → Remove', () => {
	test('removes a participant by call SID', async () => {
		const participant = seedParticipant(twilio.emulator, conference);
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'remove',
				conferenceSid: conference.sid,
				callSid: participant.call_sid,
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['DELETE', participantsPath(`/${participant.call_sid}.json`), {}]]);
		expect(twilio.emulator.requests[0].status).toBe(204);
		expect(output.map((item) => item.json)).toEqual([
			{ deleted: true, conference_sid: conference.sid, call_sid: participant.call_sid },
		]);
		expect(participants()).toEqual([]);
	});

	test('removes a participant by label', async () => {
		const agent = seedParticipant(twilio.emulator, conference, { label: 'agent' });
		seedParticipant(twilio.emulator, conference, { label: 'customer 7' });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'remove',
				conferenceSid: conference.sid,
				callSid: 'customer 7',
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['DELETE', participantsPath('/customer%207.json'), {}]]);
		expect(output.map((item) => item.json)).toEqual([
			{ deleted: true, conference_sid: conference.sid, label: 'customer 7' },
		]);
		expect(participants()).toEqual([agent]);
	});
});

describe('Participant → Get Many', () => {
	test('sends the Muted, Hold and Coaching filters and outputs the matching participants', async () => {
		const muted = seedParticipant(twilio.emulator, conference, { muted: true });
		seedParticipant(twilio.emulator, conference, { muted: false });
		seedParticipant(twilio.emulator, conference, { muted: true, hold: true });
		const { output, error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'getMany',
				conferenceSid: conference.sid,
				returnAll: true,
				filters: { muted: true, hold: false, coaching: false },
			},
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([
			[
				'GET',
				participantsPath('.json'),
				{ Muted: ['true'], Hold: ['false'], Coaching: ['false'], PageSize: ['1000'] },
			],
		]);
		expect(output.map((item) => item.json)).toEqual([muted]);
	});
});

describe("Participant labels: one rule, Twilio's, for Add and for Get, Update and Remove", () => {
	test.each([
		['agent.1'],
		['team/sales'],
		['agent?Muted=true'],
		['50% off'],
		['../Calls'],
		['CA0123456789abcdef'],
	])(
		'a participant added as %p can be reached again by its label, encoded as one path segment',
		async (label) => {
			const added = await twilio.run({
				parameters: {
					resource: 'participant',
					operation: 'add',
					conference: conference.sid,
					from: '+15005550006',
					to: '+14155551234',
					additionalFields: { label },
				},
			});
			expect(added.error).toBeUndefined();
			expect(added.output[0].json.label).toBe(label);
			twilio.emulator.requests.length = 0;
			const fetched = await twilio.run({
				parameters: {
					resource: 'participant',
					operation: 'get',
					conferenceSid: conference.sid,
					callSid: label,
				},
			});
			expect(fetched.error).toBeUndefined();
			expect(fetched.output[0].json).toMatchObject({
				label,
				call_sid: added.output[0].json.call_sid,
			});
			expect(twilio.emulator.requests[0].path).toBe(
				participantsPath(`/${encodeURIComponent(label)}.json`),
			);
			const removed = await twilio.run({
				parameters: {
					resource: 'participant',
					operation: 'remove',
					conferenceSid: conference.sid,
					callSid: label,
				},
			});
			expect(removed.output.map((item) => item.json)).toEqual([
				{ deleted: true, conference_sid: conference.sid, label },
			]);
		},
	);

	test.each([
		['a dot segment', '..', 'cannot be a label: it is a path step'],
		['a line break', 'agent\nX', 'contains control characters or line breaks'],
		['an over-long label', 'x'.repeat(129), 'is longer than 128 characters'],
	])(
		'a Call SID or Label with %s stops the item before anything is sent',
		async (_, callSid, problem) => {
			const { output } = await twilio.run({
				items: [{ callSid }],
				parameters: {
					resource: 'participant',
					operation: 'remove',
					conferenceSid: conference.sid,
					callSid: '={{ $json.callSid }}',
				},
				continueOnFail: true,
			});
			expect(twilio.emulator.requests).toEqual([]);
			expect(output).toHaveLength(1);
			expect(output[0].json.error).toMatch(/^Call SID or Label /);
			expect(output[0].json.error).toContain(problem);
			expect(output[0].json.error).toMatch(/\[item 0\]$/);
			expect(output[0].json.description).toBe(
				'Check the "Call SID or Label" parameter of item 0. Nothing was sent to Twilio.',
			);
		},
	);

	test('Add refuses a label that Get, Update and Remove could not take', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'add',
				conference: conference.sid,
				from: '+15005550006',
				to: '+14155551234',
				additionalFields: { label: 'x'.repeat(129) },
			},
		});
		expect(error?.message).toMatch(/^Label is longer than 128 characters/);
		expect(twilio.emulator.requests).toEqual([]);
	});

	test('a conference to join by a name with dots and slashes is one encoded path segment', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'add',
				conference: 'Team A/B v2.0',
				from: '+15005550006',
				to: '+14155551234',
			},
		});
		expect(twilio.emulator.requests[0].path).toBe(
			twilio.accountPath('/Conferences/Team%20A%2FB%20v2.0/Participants.json'),
		);
		expect(error).toBeUndefined();
		// A second participant joins the conference the first one started.
		await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'add',
				conference: 'Team A/B v2.0',
				from: '+15005550006',
				to: '+14155551235',
			},
		});
		const named = twilio.emulator
			.records(twilio.accountPath('/Conferences'))
			.filter((record) => record.friendly_name === 'Team A/B v2.0');
		expect(named).toHaveLength(1);
		expect(
			twilio.emulator.records(
				twilio.accountPath(`/Conferences/${String(named[0].sid)}/Participants`),
			),
		).toHaveLength(2);
	});

	test('a malformed Conference SID stops the item before anything is sent', async () => {
		const { error } = await twilio.run({
			parameters: {
				resource: 'participant',
				operation: 'get',
				conferenceSid: 'CF123',
				callSid: 'agent',
			},
		});
		expect(error?.message).toBe(
			'Conference SID "CF123" is not a valid SID: expected CF followed by 32 hexadecimal characters [item 0]',
		);
		expect(twilio.emulator.requests).toEqual([]);
	});
});
