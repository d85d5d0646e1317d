import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import { text } from '../../../fields/basic';
import { dateFilter } from '../../../fields/dateFilter';
import { sidLocator } from '../../../fields/locator';
import { conferences } from '../lists';

const conferenceSid = () =>
	sidLocator({
		name: 'conferenceSid',
		displayName: 'Conference SID',
		twilioName: 'Sid',
		lookup: conferences,
		location: 'path',
		required: true,
		description: 'The SID of the conference, starting with CF',
	});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const conferenceResource = (): ResourceDeclaration => ({
	value: 'conference',
	name: 'Conference',
	description: 'Conference calls, started by the Conference noun of the TwiML Dial verb',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a conference',
			description: 'Get one conference by its SID',
			spec: API_V2010.FetchConference,
			fields: [conferenceSid()],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many conferences',
			description: 'List the conferences of the account, most recently updated first',
			spec: API_V2010.ListConference,
			parameters: {
				Status: { description: 'Only conferences in this status', default: 'in-progress' },
			},
			optionalFields: {
				collection: 'filters',
				fields: [
					text({
						name: 'friendlyName',
						displayName: 'Friendly Name',
						twilioName: 'FriendlyName',
						description: 'Only conferences with exactly this name (the name given in the TwiML)',
					}),
					...dateFilter({
						name: 'dateCreated',
						displayName: 'Date Created',
						twilioName: 'DateCreated',
						format: 'date',
						subject: 'conferences created',
					}),
					...dateFilter({
						name: 'dateUpdated',
						displayName: 'Date Updated',
						twilioName: 'DateUpdated',
						format: 'date',
						subject: 'conferences last updated',
					}),
				],
			},
		},
		{
			value: 'update',
			name: 'Update',
			action: 'End a conference or make an announcement',
			description:
				'End a conference for everyone in it, or play an announcement to all participants',
			spec: API_V2010.UpdateConference,
			// The spec gives this Sid no pattern, but Twilio's documentation names only the conference's
			// SID.
			fields: [conferenceSid()],
			parameters: {
				Status: { description: 'Completed ends the conference for every participant' },
				// Repeated, the announcement would play a second time.
				AnnounceUrl: {
					description: 'URL of an audio file or TwiML (Play, Say) played to every participant now',
					actsAgain: true,
				},
			},
		},
	],
});
