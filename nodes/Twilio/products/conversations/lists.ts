import { CONSOLE, sidList } from '../../fields/lookups';

/** The account's Conversation Services. */
export const conversationServices = sidList(
	'conversationServices',
	'conversationService',
	{
		kind: 'conversationService',
		consolePage: `${CONSOLE}/conversations/manage/services/{{$value}}/configuration`,
		ofKind: true,
	},
	{ title: '{friendly_name}', details: ['{sid}'] },
);

/** The conversations of the account's default Conversation Service, newest first. */
export const conversationList = sidList(
	'conversations',
	'conversation',
	{ kind: 'conversation', ofKind: true },
	{ title: '{friendly_name}', details: ['{unique_name}', '{state}'] },
);
