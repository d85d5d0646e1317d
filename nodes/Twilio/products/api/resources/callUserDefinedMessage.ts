import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const callUserDefinedMessageResource = (): ResourceDeclaration => ({
	value: 'callUserDefinedMessage',
	name: 'Call User-Defined Message',
	description: 'Messages between your application and a Voice SDK client during a call',
	operations: [
		{
			value: 'send',
			name: 'Send',
			action: 'Send a message to a call',
			description: 'Send a message to the Voice SDK client of a call in progress',
			spec: API_V2010.CreateUserDefinedMessage,
			parameters: {
				Content: {
					description: 'The message, as JSON: it reaches the client as it is',
					json: true,
				},
			},
		},
		{
			value: 'subscribe',
			name: 'Subscribe',
			action: 'Subscribe to the messages of a call',
			description: "Have the messages a call's Voice SDK client sends posted to your URL",
			spec: API_V2010.CreateUserDefinedMessageSubscription,
			parameters: {
				Callback: {
					displayName: 'Callback URL',
					description: "URL Twilio posts the client's messages to",
				},
				Method: { description: 'HTTP method Twilio uses to call Callback URL' },
			},
		},
		{
			value: 'unsubscribe',
			name: 'Unsubscribe',
			action: 'Unsubscribe from the messages of a call',
			description: 'Stop a subscription to the messages of a call',
			spec: API_V2010.DeleteUserDefinedMessageSubscription,
			parameters: {
				Sid: {
					displayName: 'Subscription SID',
					description: 'The subscription, ZY followed by 32 hexadecimal characters',
				},
			},
		},
	],
});
