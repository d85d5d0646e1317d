import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

export class TwilioStudio extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioStudio',
				displayName: 'Twilio Studio',
				description:
					'Start Twilio Studio flows for a contact and follow their executions and steps',
				documentation: 'twilio-studio',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
