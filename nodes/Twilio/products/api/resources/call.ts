import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';
import type { ItemValues } from '../../../engine/types';
import { choice, httpMethod, integer, text, url } from '../../../fields/basic';
import { dateFilter } from '../../../fields/dateFilter';
import { recipient } from '../../../fields/phoneNumber';
import { senderLocator, sidLocator } from '../../../fields/locator';
import { calls } from '../lists';

const callSid = sidLocator({
	name: 'callSid',
	displayName: 'Call SID',
	twilioName: 'Sid',
	lookup: calls,
	location: 'path',
	required: true,
	description: 'The SID of the call, starting with CA',
});

const twiml = text({
	name: 'twiml',
	displayName: 'TwiML',
	twilioName: 'Twiml',
	rows: 4,
	maxLength: 4000,
	placeholder: '<Response><Say>Hello</Say></Response>',
	description:
		'TwiML instructions for the call, given inline instead of a URL (up to 4,000 characters)',
	// New instructions start over: a <Say> plays again, a <Dial> dials again.
	actsAgain: true,
});

/** Twilio needs exactly one source of instructions for a new call. */
function checkOneInstructionSource(values: ItemValues): string | undefined {
	const given = [
		values.url && 'URL',
		values.applicationSid && 'Application SID',
		values.twiml && 'TwiML',
	].filter(Boolean);
	if (given.length === 1) return undefined;
	return given.length === 0
		? 'Give the call its instructions: a URL, or an Application SID or TwiML in Additional Fields'
		: `Give only one of URL, Application SID and TwiML (got ${given.join(' and ')})`;
}

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const callResource = (): ResourceDeclaration => ({
	value: 'call',
	name: 'Call',
	description: 'Voice calls',
	parameters: {
		EndTime: { subject: 'calls that ended', description: 'Only calls that ended on this date' },
	},
	operations: [
		{
			value: 'make',
			name: 'Make',
			action: 'Make a call',
			description:
				'Start an outgoing call; Twilio fetches its instructions (TwiML) when the call connects',
			spec: API_V2010.CreateCall,
			parameters: {
				ApplicationSid: {
					description:
						"A TwiML Application whose Voice URL gives the call's instructions, instead of URL",
				},
			},
			fields: [
				senderLocator({
					required: true,
					placeholder: '+14155552671 or client:alice',
					description:
						'A Twilio number or verified caller ID of the account, in E.164 format, or a client:/sip: address',
				}),
				recipient('The number to call (E.164), or a SIP address or client identifier'),
				url({
					name: 'url',
					displayName: 'URL',
					twilioName: 'Url',
					description:
						'The URL Twilio fetches TwiML instructions from when the call connects. Leave empty to use an Application SID or inline TwiML (Additional Fields) instead.',
				}),
			],
			optionalFields: {
				collection: 'additionalFields',
				fields: [
					twiml,
					httpMethod({
						name: 'method',
						displayName: 'Method',
						twilioName: 'Method',
						description: 'HTTP method Twilio uses to fetch URL',
					}),
					url({
						name: 'fallbackUrl',
						displayName: 'Fallback URL',
						twilioName: 'FallbackUrl',
						description: 'URL Twilio fetches instructions from when URL fails or returns an error',
					}),
					httpMethod({
						name: 'fallbackMethod',
						displayName: 'Fallback Method',
						twilioName: 'FallbackMethod',
						description: 'HTTP method Twilio uses to fetch Fallback URL',
					}),
					url({
						name: 'statusCallback',
						displayName: 'Status Callback URL',
						twilioName: 'StatusCallback',
						description:
							"URL Twilio calls as the call progresses: only when it completes, unless Status Callback Events asks for more. The Twilio Connector Trigger's Call Status event gives one.",
					}),
					httpMethod({
						name: 'statusCallbackMethod',
						displayName: 'Status Callback Method',
						twilioName: 'StatusCallbackMethod',
						description: 'HTTP method Twilio uses to call Status Callback URL',
					}),
					text({
						name: 'sendDigits',
						displayName: 'Send Digits',
						twilioName: 'SendDigits',
						maxLength: 32,
						placeholder: 'ww1234#',
						description:
							"Keys to press once the call connects: digits, # and *; each 'w' waits half a second. Overrides Machine Detection.",
					}),
					choice({
						name: 'machineDetection',
						displayName: 'Machine Detection',
						twilioName: 'MachineDetection',
						default: 'Enable',
						choices: [
							{
								name: 'Enable',
								value: 'Enable',
								description: 'Report who answered (human or machine) as soon as it is known',
							},
							{
								name: 'Detect Message End',
								value: 'DetectMessageEnd',
								description:
									"Wait for the end of a voicemail greeting before running the call's instructions",
							},
						],
						description:
							'Detect whether a person or a machine answered; Twilio sends the result as AnsweredBy. Replaces the old IfMachine parameter: for IfMachine=Continue choose Enable and branch on AnsweredBy; for IfMachine=Hangup end the call when AnsweredBy is a machine.',
					}),
					integer({
						name: 'timeout',
						displayName: 'Timeout',
						twilioName: 'Timeout',
						min: 1,
						max: 600,
						default: 60,
						description: 'Seconds to let the call ring before giving up as unanswered',
					}),
				],
			},
			check: checkOneInstructionSource,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a call',
			description: 'Get one call by its SID',
			spec: API_V2010.FetchCall,
			fields: [callSid],
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many calls',
			description: 'List calls made and received by the account, newest first',
			spec: API_V2010.ListCall,
			parameters: {
				To: { description: 'Only calls to this number' },
				Status: { description: 'Only calls in this status', default: 'completed' },
			},
			optionalFields: {
				collection: 'filters',
				fields: [
					senderLocator({
						placeholder: '+14155552671',
						description: 'Only calls from this number',
					}),
					...dateFilter({
						name: 'startTime',
						displayName: 'Start Time',
						twilioName: 'StartTime',
						format: 'date-time',
						subject: 'calls that started',
					}),
				],
			},
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a call',
			description: 'Redirect a call in progress to new instructions, or end it',
			spec: API_V2010.UpdateCall,
			fields: [callSid],
			optionalFields: {
				collection: 'updateFields',
				fields: [
					url({
						name: 'url',
						displayName: 'URL',
						twilioName: 'Url',
						description:
							'Redirect the call: Twilio fetches new TwiML instructions from this URL at once',
						actsAgain: true,
					}),
					httpMethod({
						name: 'method',
						displayName: 'Method',
						twilioName: 'Method',
						description: 'HTTP method Twilio uses to fetch URL',
					}),
					choice({
						name: 'status',
						displayName: 'Status',
						twilioName: 'Status',
						default: 'completed',
						choices: [
							{
								name: 'Canceled',
								value: 'canceled',
								description: 'End a call that is queued or ringing',
							},
							{
								name: 'Completed',
								value: 'completed',
								description: 'Hang up a call that is in progress',
							},
						],
						description: 'End the call',
					}),
					twiml,
				],
			},
			check: (values) => {
				if (!values.url && !values.status && !values.twiml) {
					return 'Choose what to change in Update Fields: a URL, TwiML or a Status';
				}
				if (values.url && values.twiml) return 'Give either URL or TwiML, not both';
				return undefined;
			},
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a call',
			description: "Delete a finished call's record from the account's call logs",
			spec: API_V2010.DeleteCall,
			fields: [callSid],
		},
		{
			value: 'getEvents',
			name: 'Get Events',
			action: 'Get the events of a call',
			description:
				'List the requests Twilio made for a call (to its URLs and callbacks) and the answers it got',
			spec: API_V2010.ListCallEvent,
		},
	],
});
