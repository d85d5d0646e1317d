import { TwilioActionNode } from '../Twilio/actionNode';
import { nodeHints, nodeProperties, nodeSubtitle } from './description';

export class TwilioVoiceIntelligence extends TwilioActionNode {
	constructor() {
		super(
			{
				name: 'twilioVoiceIntelligence',
				displayName: 'Twilio Voice Intelligence',
				description:
					'Transcribe and analyse recorded calls with Twilio Voice Intelligence: transcripts, sentences, operator results',
				documentation: 'twilio-voice-intelligence',
			},
			{ nodeProperties, nodeHints, nodeSubtitle },
		);
	}
}
