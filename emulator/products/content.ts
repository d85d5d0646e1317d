import { json } from '../answer';
import { TwilioError } from '../errors';
import type { RecordStore } from '../store';
import { iso, metaPage } from './paging';
import type { ProductContext, ProductRoute, TwilioRecord } from './types';

/**
 * Content v1 (content.twilio.com): templates and their WhatsApp approval. The API takes JSON
 * bodies. A template starts unsubmitted; submitting it for WhatsApp makes its approval `received`,
 * and WhatsApp decides later (approved, rejected…): tests decide for it with `setContentApproval`.
 * Approval statuses and WhatsApp's template names (lowercase letters, digits, underscores) are from
 * Twilio's Content API reference (Approvals).
 */

const CONTENT = '/v1/Content';
/** Each template's WhatsApp approval, kept beside it. */
const APPROVALS = '/__emulator/content/approvals';

export type ApprovalStatus =
	'unsubmitted' | 'received' | 'pending' | 'approved' | 'rejected' | 'paused' | 'disabled';

interface Approval extends TwilioRecord {
	sid: string;
	name: string;
	category: string;
	content_type: string;
	status: ApprovalStatus;
	rejection_reason: string;
	allow_category_change: boolean;
}

function template(context: ProductContext, sid: string): TwilioRecord {
	const found = context.store.get(CONTENT, sid);
	if (!found)
		throw new TwilioError(404, 20404, `The requested resource /Content/${sid} was not found`);
	return found;
}

function approvalOf(store: RecordStore, sid: string): Approval {
	return store.get(APPROVALS, sid) as Approval;
}

/** The approval as the lists and answers show it, without the emulator's key. */
function shown(approval: Approval): TwilioRecord {
	return Object.fromEntries(Object.entries(approval).filter(([key]) => key !== 'sid'));
}

function create(context: ProductContext): TwilioRecord {
	const body = context.json ?? {};
	const types = body.types as Record<string, unknown>;
	if (!types || !Object.keys(types).length)
		throw new TwilioError(400, 20001, 'Content types must hold at least one type');
	const sid = context.newSid('HX');
	const url = `${context.host}${CONTENT}/${sid}`;
	const date = iso(context.now);
	const record: TwilioRecord = {
		date_created: date,
		date_updated: date,
		sid,
		account_sid: context.principal.sid,
		friendly_name: (body.friendly_name as string | undefined) ?? '',
		language: body.language,
		variables: (body.variables as object | undefined) ?? {},
		types,
		url,
		links: {
			approval_create: `${url}/ApprovalRequests/whatsapp`,
			approval_fetch: `${url}/ApprovalRequests`,
		},
	};
	context.store.add(CONTENT, record);
	const approval: Approval = {
		sid,
		name: '',
		category: '',
		content_type: '',
		status: 'unsubmitted',
		rejection_reason: '',
		allow_category_change: true,
	};
	context.store.add(APPROVALS, approval);
	return record;
}

/**
 * A template as the list with approvals shows it: without its own links, with its WhatsApp
 * approval.
 */
function withApproval(store: RecordStore, record: TwilioRecord): TwilioRecord {
	const rest = Object.fromEntries(
		Object.entries(record).filter(([key]) => key !== 'url' && key !== 'links'),
	);
	return { ...rest, approval_requests: shown(approvalOf(store, String(record.sid))) };
}

export const contentRoutes: ProductRoute[] = [
	{ method: 'POST', pattern: CONTENT, handle: (context) => json(201, create(context)) },
	{
		method: 'GET',
		pattern: CONTENT,
		handle: (context) => json(200, metaPage('contents', context.store.list(CONTENT), context)),
	},
	{
		method: 'GET',
		pattern: `${CONTENT}/:Sid`,
		handle: (context) => json(200, template(context, context.path.Sid)),
	},
	{
		method: 'DELETE',
		pattern: `${CONTENT}/:Sid`,
		handle(context) {
			const record = template(context, context.path.Sid);
			context.store.removeRecord(CONTENT, record);
			context.store.remove(APPROVALS, String(record.sid));
			return json(204, undefined);
		},
	},
	{
		method: 'GET',
		pattern: '/v1/ContentAndApprovals',
		handle: (context) =>
			json(
				200,
				metaPage(
					'contents',
					context.store.list(CONTENT).map((record) => withApproval(context.store, record)),
					context,
				),
			),
	},
	{
		method: 'GET',
		pattern: `${CONTENT}/:Sid/ApprovalRequests`,
		handle(context) {
			const record = template(context, context.path.Sid);
			return json(200, {
				sid: record.sid,
				account_sid: record.account_sid,
				whatsapp: { type: 'whatsapp', ...shown(approvalOf(context.store, String(record.sid))) },
				url: `${context.host}${CONTENT}/${String(record.sid)}/ApprovalRequests`,
			});
		},
	},
	{
		method: 'POST',
		pattern: `${CONTENT}/:ContentSid/ApprovalRequests/whatsapp`,
		handle(context) {
			const record = template(context, context.path.ContentSid);
			const { name, category } = (context.json ?? {}) as { name: string; category: string };
			if (!/^[a-z0-9_]+$/.test(name))
				throw new TwilioError(
					400,
					20001,
					'The template name may hold only lowercase letters, digits and underscores',
				);
			const approval = approvalOf(context.store, String(record.sid));
			Object.assign(approval, {
				name,
				category,
				content_type: Object.keys(record.types as object)[0],
				status: 'received',
				rejection_reason: '',
			});
			return json(201, shown(approval));
		},
	},
];

/** WhatsApp's decision on a submitted template, for tests: approved, or rejected with a reason. */
export function setContentApproval(
	target: { store: RecordStore },
	sid: string,
	status: ApprovalStatus,
	rejectionReason = '',
): void {
	const approval = target.store.get(APPROVALS, sid) as Approval | undefined;
	if (!approval) throw new Error(`No content template ${sid}`);
	Object.assign(approval, { status, rejection_reason: rejectionReason });
}
