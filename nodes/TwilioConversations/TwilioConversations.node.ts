import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

export class TwilioConversations extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioConversations',
				displayName: 'Twilio Conversations',
				description:
					'Multichannel conversations with Twilio: threads across SMS, WhatsApp and chat, their participants and messages',
				documentation: 'twilio-conversations',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
