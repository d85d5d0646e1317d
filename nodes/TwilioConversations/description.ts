import type { BuiltDescription } from '../Twilio/actionNode';
import { describeActionNode } from '../Twilio/editor/nodeDescription';

/** Built from the node's catalog; written into dist as data by `npm run build` (gulpfile.js). */
export const { nodeProperties, nodeHints, nodeSubtitle }: BuiltDescription =
	describeActionNode('twilioConversations');
