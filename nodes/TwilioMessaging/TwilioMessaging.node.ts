import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

export class TwilioMessaging extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioMessaging',
				displayName: 'Twilio Messaging',
				description: 'Manage Twilio Messaging Services and the phone numbers of their sender pools',
				documentation: 'twilio-messaging',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
