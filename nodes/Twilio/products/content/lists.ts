import { sidList } from '../../fields/lookups';

export const contents = sidList(
	'contents',
	'contentTemplate',
	{ kind: 'content', ofKind: true },
	{ title: '{friendly_name}', details: ['{language}'] },
);

/** Templates WhatsApp approved, for a message that must use one. */
export const approvedContents = sidList(
	'approvedContents',
	'contentTemplate',
	{ kind: 'content' },
	{
		title: '{friendly_name}',
		details: ['{language}'],
		only: { field: 'approval_requests.status', equals: 'approved' },
	},
	'getManyWithApprovals',
);
