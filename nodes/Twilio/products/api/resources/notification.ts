import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import type { FieldDefinition } from '../../../engine/types';
import { choice } from '../../../fields/basic';
import { dateFilter } from '../../../fields/dateFilter';
import { sid } from '../../../fields/sid';

const DEPRECATED =
	'Twilio has deprecated Notifications: Monitor Alerts (monitor.twilio.com/v1/Alerts) replace them. Reading them still works.';

const notificationSid = sid({
	name: 'notificationSid',
	displayName: 'Notification SID',
	twilioName: 'Sid',
	kind: 'notification',
	location: 'path',
	required: true,
	description: 'The SID of the notification, starting with NO',
});

/** The filters of both lists: the log level and the date the problem happened. */
const notificationFilters: FieldDefinition[] = [
	choice({
		name: 'logLevel',
		displayName: 'Log Level',
		twilioName: 'Log',
		default: '0',
		choices: [
			{ name: 'Error', value: '0' },
			{ name: 'Warning', value: '1' },
		],
		description: 'Only errors or only warnings',
	}),
	...dateFilter({
		name: 'messageDate',
		displayName: 'Message Date',
		twilioName: 'MessageDate',
		format: 'date',
		subject: 'notifications logged',
	}),
];

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const notificationResource = (): ResourceDeclaration => ({
	value: 'notification',
	name: 'Notification',
	description:
		'Errors and warnings logged for the account (deprecated by Twilio in favour of Monitor Alerts)',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a notification',
			description:
				'Get one logged error or warning by its SID (deprecated by Twilio: use Monitor Alerts)',
			spec: API_V2010.FetchNotification,
			fields: [notificationSid],
			notice: DEPRECATED,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many notifications',
			description:
				'List the errors and warnings logged for the account, newest first (deprecated by Twilio: use Monitor Alerts)',
			spec: API_V2010.ListNotification,
			optionalFields: { collection: 'filters', fields: notificationFilters },
			notice: DEPRECATED,
		},
		{
			value: 'getManyByCall',
			name: 'Get Many by Call',
			action: 'Get many notifications of a call',
			description:
				'List the errors and warnings logged for one call, newest first (deprecated by Twilio: use Monitor Alerts)',
			spec: API_V2010.ListCallNotification,
			optionalFields: { collection: 'filters', fields: notificationFilters },
			notice: DEPRECATED,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a notification',
			description: 'Twilio no longer deletes notifications: this operation always fails, saying so',
			method: 'DELETE',
			path: '/2010-04-01/Accounts/{AccountSid}/Notifications/{Sid}.json',
			fields: [notificationSid],
			retired: {
				reason: 'notifications can no longer be deleted; the notification log is read-only.',
				instead:
					'nothing deletes log entries now. Monitor Alerts (monitor.twilio.com/v1/Alerts), which replace notifications, are read-only too.',
			},
		},
		{
			value: 'getByCall',
			name: 'Get by Call',
			action: 'Get a notification of a call',
			description:
				'Get one logged error or warning of a call by its SID (deprecated by Twilio: use Monitor Alerts)',
			spec: API_V2010.FetchCallNotification,
			fields: [notificationSid],
			notice: DEPRECATED,
		},
	],
});
