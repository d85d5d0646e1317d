import { invalidParameter } from '../../errors';
import type { Params } from '../../params';
import type { TwilioRecord } from '../../types';

const MINUTE = 60_000;

/**
 * Message Scheduling (docs: Messaging → Features → Message Scheduling): "A 'scheduled message' is a
 * Message resource with a Status of scheduled", created with `ScheduleType=fixed` and `SendAt`,
 * and "only available for use with Messaging Services". Twilio refuses a fixed schedule without
 * SendAt (error 35111), without a Messaging Service (35118), and a SendAt less than 5 minutes
 * (300 seconds) or more than 35 days from the request (35115). Scheduled messages stay scheduled:
 * the emulator does not send them later.
 */
export function applySchedule(record: TwilioRecord, params: Params, now: Date): void {
	if (params.get('ScheduleType') !== 'fixed') return;
	const sendAt = params.get('SendAt');
	if (!sendAt)
		throw invalidParameter(
			35111,
			"SendAt timestamp is missing: it is required when ScheduleType is 'fixed'",
		);
	if (!params.get('MessagingServiceSid')) {
		throw invalidParameter(35118, 'MessagingServiceSid is required to schedule a message');
	}
	const lead = new Date(sendAt).getTime() - now.getTime();
	if (!(lead > 5 * MINUTE && lead <= 35 * 24 * 60 * MINUTE)) {
		throw invalidParameter(
			35115,
			'SendAt must be more than 5 minutes and at most 35 days in the future',
		);
	}
	record.status = 'scheduled';
	record.date_sent = null;
}
