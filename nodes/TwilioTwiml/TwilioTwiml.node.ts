import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { FieldValueError } from '../Twilio/engine/types';
import { twimlStepsProperty } from '../Twilio/fields/twiml/editor';
import { renderSteps, type TwimlStep } from '../Twilio/fields/twiml/render';
import { TWIML_VERBS } from '../Twilio/fields/twiml/verbs';

/** Which answer: to a call, or to a message; each with its verbs and its steps field. */
const ANSWERS = {
	voice: { verbs: TWIML_VERBS.voice, field: 'voiceSteps' },
	message: { verbs: TWIML_VERBS.message, field: 'messageSteps' },
} as const;

/**
 * Builds TwiML, the answer Twilio acts on, for a Respond to Webhook node to send after other nodes
 * ran (a look-up before routing a call, the next level of a phone menu): the same verbs and the
 * same XML as the triggers' own answers. Each item gets the document in `twiml`.
 */
export class TwilioTwiml implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twilio TwiML',
		name: 'twilioTwiml',
		icon: { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["answer"] === "message" ? "Message reply" : "Call answer" }}',
		description:
			'Build TwiML for a call (Say, Play, Gather, Dial, Record…) or a message reply, for a Respond to Webhook node',
		defaults: { name: 'Twilio TwiML' },
		documentationUrl:
			'https://www.npmjs.com/package/n8n-nodes-twilio-connector#twilio-twiml-and-phone-menus',
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{
				displayName: 'Answer To',
				name: 'answer',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Call',
						value: 'voice',
						description: 'Voice TwiML: a phone menu, a message, a transfer',
					},
					{ name: 'Message', value: 'message', description: 'Messaging TwiML: a reply' },
				],
				default: 'voice',
			},
			twimlStepsProperty(ANSWERS.voice.field, ANSWERS.voice.verbs, {
				displayOptions: { show: { answer: ['voice'] } },
			}),
			twimlStepsProperty(ANSWERS.message.field, ANSWERS.message.verbs, {
				displayOptions: { show: { answer: ['message'] } },
			}),
			{
				displayName:
					"Send the output's twiml with a Respond to Webhook node (Respond With: Text, Response Body {{ $json.twiml }}, header Content-Type: text/xml). A relative action URL such as ?step=menu brings the caller's input back to the same trigger, with step in its output.",
				name: 'notice',
				type: 'notice',
				default: '',
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		return [
			items.map((item, itemIndex) => {
				const answer = ANSWERS[this.getNodeParameter('answer', itemIndex) as keyof typeof ANSWERS];
				const steps = this.getNodeParameter(`${answer.field}.step`, itemIndex, []) as TwimlStep[];
				let twiml: string;
				try {
					twiml = renderSteps(answer.verbs, steps);
				} catch (error) {
					const message = error instanceof FieldValueError ? error.message : String(error);
					throw new NodeOperationError(this.getNode(), `${message} [item ${itemIndex}]`, {
						itemIndex,
						description: 'Check the Steps of the Twilio TwiML node.',
					});
				}
				return { json: { ...(item.json as IDataObject), twiml }, pairedItem: { item: itemIndex } };
			}),
		];
	}
}
