import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

export class TwilioMonitor extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioMonitor',
				displayName: 'Twilio Monitor',
				description: "Read the Twilio account's error alerts and its audit log of who changed what",
				documentation: 'twilio-monitor',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
