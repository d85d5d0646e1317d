import { CONSOLE, sidList } from '../../fields/lookups';

export const studioFlows = sidList(
	'studioFlows',
	'studioFlow',
	{ kind: 'studioFlow', consolePage: `${CONSOLE}/studio/flows/{{$value}}`, ofKind: true },
	{ title: '{friendly_name}', details: ['{status}'] },
);
