import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const shortCodeResource = (): ResourceDeclaration => ({
	value: 'shortCode',
	name: 'Short Code',
	description: "The account's SMS short codes and where their incoming messages go",
	parameters: {
		Sid: {
			displayName: 'Short Code SID',
			description: 'The short code, SC followed by 32 hexadecimal characters',
		},
		ShortCode: {
			description:
				'Only this short code, or the ones matching this pattern; * matches any one digit',
		},
	},
	operations: standardOperations(
		{ one: 'a short code', many: 'short codes' },
		collectionOf(API_V2010, API_V2010.ListShortCode),
		{
			update: { description: "Change a short code's name or the URLs its incoming messages go to" },
		},
	),
});
