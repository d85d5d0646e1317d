import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

export class TwilioEventStreams extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioEventStreams',
				displayName: 'Twilio Event Streams',
				description:
					"Manage where Twilio streams the account's events (sinks), which types go there (subscriptions), and read the event types and their schemas",
				documentation: 'twilio-event-streams',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
