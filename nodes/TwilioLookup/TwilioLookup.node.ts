import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

export class TwilioLookup extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioLookup',
				displayName: 'Twilio Lookup',
				description:
					'Check a phone number with Twilio Lookup: whether it is valid, its formats, line type and carrier, caller name, SIM swap and more',
				documentation: 'twilio-lookup',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
