import { CONSOLE, sidList } from '../../fields/lookups';

export const messagingServices = sidList(
	'messagingServices',
	'messagingService',
	{
		kind: 'messagingService',
		consolePage: `${CONSOLE}/service/sms/{{$value}}/messaging-service-properties`,
		ofKind: true,
	},
	{ title: '{friendly_name}', details: ['{usecase}'] },
);
