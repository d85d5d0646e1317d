import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const usageTriggerResource = (): ResourceDeclaration => ({
	value: 'usageTrigger',
	name: 'Usage Trigger',
	description:
		'Webhooks Twilio calls when usage of a category reaches a value, such as a spending alert',
	parameters: {
		Sid: {
			displayName: 'Usage Trigger SID',
			description: 'The usage trigger, UT followed by 32 hexadecimal characters',
		},
		CallbackUrl: {
			description: 'URL Twilio calls when the trigger fires',
		},
		CallbackMethod: { description: 'HTTP method Twilio uses to call Callback URL' },
		TriggerValue: {
			description:
				'The usage at which the trigger fires, in the unit of Trigger By; +30 means 30 more than the usage now',
			placeholder: '100',
		},
		UsageCategory: {
			description:
				'The usage category the trigger watches, such as calls, sms or totalprice (Twilio lists them in its usage docs)',
			filter: 'Only triggers watching this usage category',
		},
		TriggerBy: {
			description:
				'Whether Trigger Value counts units (count), the usage measure (usage) or money (price)',
			filter: 'Only triggers that fire by this measure',
		},
		Recurring: {
			description:
				'Whether the trigger fires again every day, month or year, or only once (alltime)',
			filter: 'Only triggers that recur this way',
		},
	},
	operations: standardOperations(
		{ one: 'a usage trigger', many: 'usage triggers' },
		collectionOf(API_V2010, API_V2010.ListUsageTrigger),
		{
			create: {
				description:
					'Create a usage trigger: Twilio calls Callback URL once usage of the category reaches Trigger Value',
			},
			update: { description: "Change a usage trigger's name or callback" },
		},
	),
});
