import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import type { FieldDefinition } from '../../../engine/types';
import { url } from '../../../fields/basic';
import { friendlyName } from '../../../fields/friendlyName';
import { sidLocator } from '../../../fields/locator';
import { voiceSmsFields } from '../../../fields/voiceSms';
import { applications } from '../lists';

const applicationSid = sidLocator({
	name: 'applicationSid',
	displayName: 'Application SID',
	twilioName: 'Sid',
	lookup: applications,
	location: 'path',
	required: true,
	description: 'The SID of the application, starting with AP',
});

/** Where an application's messages report their status, besides the voice/SMS group. */
const messageStatusCallbacks: FieldDefinition[] = [
	url({
		name: 'smsStatusCallback',
		displayName: 'SMS Status Callback URL',
		twilioName: 'SmsStatusCallback',
		description:
			'URL Twilio calls with the status (sent, failed…) of SMS messages sent with this application',
	}),
	url({
		name: 'messageStatusCallback',
		displayName: 'Message Status Callback URL',
		twilioName: 'MessageStatusCallback',
		description:
			'URL Twilio calls with each status change of messages sent with this application as their Application SID',
	}),
];

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const applicationResource = (): ResourceDeclaration => ({
	value: 'application',
	name: 'Application',
	description: 'TwiML applications: voice and SMS URLs that several phone numbers can share',
	parameters: {
		PublicApplicationConnectEnabled: {
			description:
				'Whether other Twilio accounts may dial this application with a TwiML Dial of the application',
		},
	},
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get an application',
			description: 'Get one application by its SID, with its URLs',
			spec: API_V2010.FetchApplication,
			fields: [applicationSid],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an application',
			description:
				"Change an application's name or URLs; every phone number that uses it follows at once",
			spec: API_V2010.UpdateApplication,
			fields: [applicationSid],
			optionalFields: {
				collection: 'updateFields',
				fields: [
					...voiceSmsFields({ owner: 'application', friendlyName: true }),
					...messageStatusCallbacks,
				],
			},
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete an application',
			description:
				'Delete an application. Phone numbers that used it as their Voice or SMS Application lose that setting.',
			spec: API_V2010.DeleteApplication,
			fields: [applicationSid],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many applications',
			description: "List the account's applications",
			spec: API_V2010.ListApplication,
			optionalFields: {
				collection: 'filters',
				fields: [
					friendlyName({ description: 'Only applications whose friendly name is exactly this' }),
				],
			},
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create an application',
			description: 'Create an application: a set of voice and SMS URLs that phone numbers can use',
			spec: API_V2010.CreateApplication,
			fields: [
				friendlyName({
					required: true,
					description: 'A name for the application, up to 64 characters',
				}),
			],
			optionalFields: {
				collection: 'additionalFields',
				fields: [
					...voiceSmsFields({ owner: 'application', friendlyName: false }),
					...messageStatusCallbacks,
				],
			},
		},
	],
});
