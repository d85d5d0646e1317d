import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

export class TwilioVerify extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioVerify',
				displayName: 'Twilio Verify',
				description:
					'Send one-time codes by SMS, call, email or WhatsApp, or verify a number silently, and check them with Twilio Verify',
				documentation: 'twilio-verify',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
