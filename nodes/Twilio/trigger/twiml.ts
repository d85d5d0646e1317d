import { element, response, stepElements, xmlText, type TwimlStep } from '../fields/twiml/render';
import { MESSAGE_VERBS, VOICE_VERBS } from '../fields/twiml/verbs';

/** The TwiML verbs the trigger answers with: reply to a message, or speak on a call. */
export type TwimlVerb = 'Message' | 'Say';

/**
 * A TwiML document: `<Response/>` when there is nothing to say (Twilio then does nothing more),
 * or one verb with the given text, written as the Twilio TwiML node and twilio-node write it.
 */
export function twiml(verb?: TwimlVerb, text?: string, steps: TwimlStep[] = []): string {
	const first = verb && text ? [element(verb, [], xmlText(text))] : [];
	const rest = steps.length
		? stepElements(verb === 'Say' ? VOICE_VERBS : MESSAGE_VERBS, steps)
		: [];
	return response([...first, ...rest]);
}
