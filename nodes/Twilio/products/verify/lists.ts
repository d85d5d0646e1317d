import { CONSOLE, sidList } from '../../fields/lookups';

export const verifyServices = sidList(
	'verifyServices',
	'verifyService',
	{
		kind: 'verifyService',
		consolePage: `${CONSOLE}/verify/services/{{$value}}/settings`,
		ofKind: true,
	},
	{ title: '{friendly_name}', details: ['{code_length} digits'] },
);
