import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

export class TwilioContent extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioContent',
				displayName: 'Twilio Content',
				description:
					'Create message templates with Twilio Content and submit them for WhatsApp approval',
				documentation: 'twilio-content',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
