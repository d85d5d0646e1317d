import { CONSOLE, sidList } from '../../fields/lookups';

/** The account's Voice Intelligence services. */
export const intelligenceServices = sidList(
	'intelligenceServices',
	'intelligenceService',
	{
		kind: 'intelligenceService',
		consolePage: `${CONSOLE}/voice-intelligence/services/{{$value}}/settings`,
		ofKind: true,
	},
	{ title: '{unique_name}', details: ['{friendly_name}', '{language_code}'] },
);

/** The account's transcripts, newest first. */
export const transcripts = sidList(
	'transcripts',
	'transcript',
	{ kind: 'transcript', ofKind: true },
	{ title: '{sid}', details: ['{status}', '{date_created}'] },
);

/** Every operator the account can use. */
export const operators = sidList(
	'operators',
	'operator',
	{ kind: 'intelligenceOperator', ofKind: true },
	{ title: '{friendly_name}', details: ['{author}', '{operator_type}'] },
);
