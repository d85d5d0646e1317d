import { TwilioError } from '../../../errors';
import type { TwilioRecord } from '../../../types';
import type { Behaviour, CollectionConfig, GenericContext } from '../../../engine/types';
import { invalid } from './common';

const membersUri = (context: GenericContext, queueSid: string) =>
	`/2010-04-01/Accounts/${context.path.AccountSid}/Queues/${queueSid}/Members`;

/** Seconds a member has waited, from when it was enqueued. */
const waited = (member: TwilioRecord, now: Date) =>
	Math.max(
		0,
		Math.floor((now.getTime() - new Date(String(member.date_enqueued)).getTime()) / 1000),
	);

/**
 * MaxSize: "The maximum number of calls allowed to be in the queue. The default is 1000. The
 * maximum is 5000." (the description, CreateQueue).
 */
function checkQueue(context: GenericContext): void {
	const maxSize = context.params.get('MaxSize');
	if (maxSize !== undefined && !(Number(maxSize) >= 1 && Number(maxSize) <= 5000)) {
		throw invalid(`MaxSize must be between 1 and 5000, not ${maxSize}`);
	}
}

/**
 * `Front` in place of a call SID names the member at the front of the queue (the description's
 * FetchMember and UpdateMember examples `fetchFront` and `dequeueFront`).
 */
function front(context: GenericContext): void {
	if (context.path.CallSid !== 'Front') return;
	const first = context.collection.list()[0];
	if (first) context.path.CallSid = String(first.call_sid);
}

export const queueBehaviours: Record<string, Behaviour> = {
	CreateQueue: {
		check: checkQueue,
		// "The default is 1000" (MaxSize); the example's 100 is what that example asked for.
		apply: (queue, context) =>
			void (queue.max_size = Number(context.params.get('MaxSize') ?? 1000)),
	},
	UpdateQueue: { check: checkQueue },
	/** "Remove an empty queue" (the description, DeleteQueue): a queue with callers waiting stays. */
	DeleteQueue: {
		deleting(queue, context) {
			const waiting = context.store.list(membersUri(context, String(queue.sid))).length;
			if (waiting > 0)
				throw new TwilioError(
					400,
					20001,
					`Queue ${String(queue.sid)} is not empty: ${waiting} calls are waiting`,
				);
		},
	},
	FetchMember: { check: front },
	/**
	 * Dequeuing a member: "Url: The absolute URL of the Queue resource" where the call goes next
	 * (the description, UpdateMember). The call leaves the queue; the answer shows it as it was.
	 */
	UpdateMember: {
		check: front,
		apply(member, context) {
			context.collection.remove(member);
		},
	},
};

export const queueCollections: Record<string, CollectionConfig> = {
	/** A queue's size and average wait are those of its members when it is read. */
	'/Accounts/{AccountSid}/Queues': {
		decorate(queue, context) {
			const members = context.store.list(membersUri(context, String(queue.sid)));
			queue.current_size = members.length;
			queue.average_wait_time = members.length
				? Math.round(
						members.reduce((total, member) => total + waited(member, context.now), 0) /
							members.length,
					)
				: 0;
		},
	},
	/** Members in the order they were enqueued: `position` counts from 1, `wait_time` in seconds. */
	'/Accounts/{AccountSid}/Queues/{QueueSid}/Members': {
		decorate(member, context) {
			const members = context.store.list(membersUri(context, context.path.QueueSid));
			const index = members.findIndex((candidate) => candidate.call_sid === member.call_sid);
			if (index >= 0) member.position = index + 1;
			member.wait_time = waited(member, context.now);
		},
	},
};
