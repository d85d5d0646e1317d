import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

/** Twilio's classic REST API (2010-04-01), every operation of the Mule connector among them. */
export class TwilioConnector extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioConnector',
				displayName: 'Twilio Connector',
				description:
					"Send messages, make calls and manage numbers, applications, conferences and recordings with Twilio's REST API",
				documentation: 'twilio-connector',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
