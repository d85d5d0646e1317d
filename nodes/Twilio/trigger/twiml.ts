import { element, response, stepElements, xmlText, type TwimlStep } from '../fields/twiml/render';
import { TWIML_VERBS, type AnswerKind } from '../fields/twiml/verbs';

/** The TwiML verbs the trigger answers with: reply to a message, or speak on a call. */
export type AnswerVerb = 'Message' | 'Say';

/**
 * A TwiML document: `<Response/>` when there is nothing to say (Twilio then does nothing more),
 * or one verb with the given text, then the steps, from the verbs of the answer's kind; written as
 * the Twilio TwiML node and twilio-node write it.
 */
export function twiml(
	verb?: AnswerVerb,
	text?: string,
	then: { kind: AnswerKind; steps: TwimlStep[] } = { kind: 'voice', steps: [] },
): string {
	const first = verb && text ? [element(verb, [], xmlText(text))] : [];
	return response([...first, ...stepElements(TWIML_VERBS[then.kind], then.steps)]);
}
