import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { MONITOR_V1 } from '../Twilio/products/monitor/digest';
import { pollRecords } from '../Twilio/trigger/poll';
import { pollEvents } from '../Twilio/trigger/pollEvents';

/** The levels Monitor's description lists for ListAlert's LogLevel. */
const alertLevels = [
	...(MONITOR_V1.ListAlert.parameters.find(({ name }) => name === 'LogLevel')?.listed ?? []),
].sort();

/** The events whose list the option filters, by the option's name. */
const filtering = (option: string) =>
	pollEvents.filter(({ filters }) => filters && option in filters).map(({ value }) => value);

export class TwilioPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twilio Polling Trigger',
		name: 'twilioPollingTrigger',
		icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] }}',
		description:
			'Start a workflow on new Twilio recordings, transcriptions, finished calls, messages, phone numbers and alerts, by asking Twilio at the times you choose',
		defaults: { name: 'Twilio Polling Trigger' },
		documentationUrl:
			'https://www.npmjs.com/package/n8n-nodes-twilio-connector#twilio-polling-trigger',
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twilioConnectorApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: pollEvents.map(({ value, name, description }) => ({ name, value, description })),
				default: 'newRecording',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'From',
						name: 'from',
						type: 'string',
						default: '',
						placeholder: '+14155552671',
						description:
							'Only those from this number (E.164), such as one of your numbers for sent messages',
						displayOptions: { show: { '/event': filtering('from') } },
					},
					{
						displayName: 'Log Level',
						name: 'logLevel',
						type: 'options',
						options: [
							{ name: 'Any', value: '' },
							...alertLevels.map((value) => ({
								name: value.charAt(0).toUpperCase() + value.slice(1),
								value,
							})),
						],
						default: '',
						description: 'Only alerts of this level',
						displayOptions: { show: { '/event': filtering('logLevel') } },
					},
					{
						displayName: 'To',
						name: 'to',
						type: 'string',
						default: '',
						placeholder: '+14155552671',
						description:
							'Only those to this number (E.164), such as one of your numbers for received messages',
						displayOptions: { show: { '/event': filtering('to') } },
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollRecords(this);
	}
}
