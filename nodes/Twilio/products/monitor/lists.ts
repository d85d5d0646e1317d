import { CONSOLE, sidList } from '../../fields/lookups';

/** The account's alerts, newest first. An alert's SID is a notification's (NO…). */
export const alerts = sidList(
	'alerts',
	'alert',
	{ kind: 'notification', consolePage: `${CONSOLE}/monitor/logs/debugger/errors/{{$value}}` },
	{ title: '{error_code}: {alert_text}', details: ['{log_level}', '{date_generated}'] },
);

/** The account's audit events, newest first. */
export const monitorEvents = sidList(
	'monitorEvents',
	'event',
	{ kind: 'monitorEvent', ofKind: true },
	{ title: '{event_type}', details: ['{description}', '{event_date}'] },
);
