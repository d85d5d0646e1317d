import * as workflow from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { incomingPhoneNumberLocator } from '../fields/incomingPhoneNumber';
import { twimlStepsProperty } from '../fields/twiml/editor';
import { TWIML_VERBS } from '../fields/twiml/verbs';
import { eventsOnNumbers, triggerEvents } from './events';

const PRODUCTION_URL = 'the Production URL under Webhook URLs at the top of this panel';

/** Where the webhook URL goes: set on a number by the trigger, or pasted by the user. */
function webhookSetup(events: string[], byDefault: 'phoneNumber' | 'manual'): INodeProperties {
	return {
		displayName: 'Webhook Setup',
		name: 'webhookSetup',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Set on a Phone Number',
				value: 'phoneNumber',
				description:
					"On activation the trigger points the number's URL at n8n, and on deactivation it restores what was there before",
			},
			{
				name: 'Paste the URL Into Twilio Myself',
				value: 'manual',
				description: `Copy ${PRODUCTION_URL} into Twilio yourself`,
			},
		],
		default: byDefault,
		displayOptions: { show: { event: events } },
	};
}

/**
 * Where to paste the URL for each event the user sets up themselves (every event without a number
 * setting; a number's only when chosen).
 */
const pasteNotices: INodeProperties[] = triggerEvents.map(({ value, webhook }) => ({
	displayName: `Copy ${PRODUCTION_URL} into ${webhook.pasteInto}. Twilio signs each request with this exact URL.`,
	name: `${value}Notice`,
	type: 'notice',
	default: '',
	displayOptions: {
		show: { event: [value], ...(webhook.on === 'phoneNumber' ? { webhookSetup: ['manual'] } : {}) },
	},
}));

/** The events a workflow may answer (with TwiML from the trigger or a Respond to Webhook node). */
export const ANSWERED = triggerEvents.filter((event) => event.answer).map((event) => event.value);

/**
 * Whether n8n answers at once or leaves the answer to a Respond to Webhook node: only an answered
 * event set to use one. Self-contained, since n8n also writes it into a template its expression
 * engine runs (in the editor, and where the parameters hold expressions): the answered events are
 * written in it, and a test holds them to the events' list.
 */
export const responseModeOf = (parameters: Record<string, unknown>) =>
	['incomingMessage', 'incomingCall'].includes(String(parameters.event)) &&
	parameters.responseMode === 'responseNode'
		? 'responseNode'
		: 'onReceived';

/**
 * The webhook's response mode. n8n evaluates it for every request: with n8n-workflow's
 * `webhookDescriptionFields` it calls the function itself; a template alone goes through n8n's
 * expression engine, whose isolate cost more than the rest of the trigger's work per delivery
 * (docs/performance.md). Without that helper (older n8n), the template is all there is.
 */
export const triggerResponseMode: { responseMode: string } =
	'webhookDescriptionFields' in workflow && typeof workflow.webhookDescriptionFields === 'function'
		? (workflow.webhookDescriptionFields({
				responseMode: workflow.fromFunction(responseModeOf),
			}) as { responseMode: string })
		: { responseMode: `={{(${String(responseModeOf)})($parameter)}}` };

/**
 * The chosen event's name, under the node on the canvas ("Incoming Message", not
 * "incomingMessage").
 */
export const triggerSubtitle = `={{ ${triggerEvents
	.map(({ value, name }) => `$parameter["event"] === "${value}" ? "${name}" : `)
	.join('')}$parameter["event"] }}`;

/** The trigger's editor properties. */
export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: triggerEvents.map(({ name, value, description }) => ({ name, value, description })),
		// Saved workflows rely on it: what a new trigger listens for.
		default: 'incomingMessage',
	},
	...(['phoneNumber', 'manual'] as const)
		.filter((setup) => eventsOnNumbers(setup).length)
		.map((setup) => webhookSetup(eventsOnNumbers(setup), setup)),
	{
		...incomingPhoneNumberLocator({
			name: 'phoneNumber',
			displayName: 'Phone Number',
			description: "The account's number whose webhook the trigger sets",
		}),
		displayOptions: { show: { event: eventsOnNumbers(), webhookSetup: ['phoneNumber'] } },
	},
	...pasteNotices,
	{
		displayName: 'Respond',
		name: 'responseMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'With TwiML From This Node',
				value: 'twiml',
				description: 'Answer at once: empty TwiML, or the reply set below',
			},
			{
				name: "Using 'Respond to Webhook' Node",
				value: 'responseNode',
				description: 'A Respond to Webhook node later in the workflow answers with its own TwiML',
			},
		],
		default: 'twiml',
		displayOptions: { show: { event: ANSWERED } },
	},
	...triggerEvents.flatMap(({ value, answer }): INodeProperties[] =>
		answer
			? [
					{
						displayName: answer.field.displayName,
						name: answer.field.name,
						type: 'string',
						typeOptions: { rows: 2 },
						default: '',
						description: answer.field.description,
						displayOptions: { show: { event: [value], responseMode: ['twiml'] } },
					},
					twimlStepsProperty(answer.steps.name, TWIML_VERBS[answer.steps.kind], {
						displayName: 'Then',
						description:
							'What Twilio does after the text, in order: a Gather whose relative Action URL (?step=menu) brings the input back to this trigger, a Dial…',
						displayOptions: { show: { event: [value], responseMode: ['twiml'] } },
					}),
				]
			: [],
	),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Download Media',
				name: 'downloadMedia',
				type: 'boolean',
				default: false,
				description:
					"Whether to download an MMS message's media (MediaUrl0, MediaUrl1…) as binary data media0, media1…. Twilio gets its answer first; files not downloaded in time are listed in mediaDownloadErrors.",
				displayOptions: {
					show: {
						'/event': triggerEvents.filter((event) => event.media).map((event) => event.value),
					},
				},
			},
			{
				displayName: 'Skip Signature Check (Insecure)',
				name: 'skipSignatureCheck',
				type: 'boolean',
				default: false,
				description:
					'Whether to accept requests without a valid X-Twilio-Signature. Anyone who knows the URL can then start the workflow with made-up data.',
			},
		],
	},
];
