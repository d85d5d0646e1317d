import { sidList } from '../../fields/lookups';

export const sinks = sidList(
	'sinks',
	'sink',
	{ kind: 'sink', ofKind: true },
	{ title: '{description}', details: ['{sink_type}', '{status}'] },
);

export const subscriptions = sidList(
	'subscriptions',
	'subscription',
	{ kind: 'subscription', ofKind: true },
	{ title: '{description}' },
);
