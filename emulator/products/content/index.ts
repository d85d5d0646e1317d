import { json } from '../../answer';
import { TwilioError } from '../../errors';
import { metaPage } from '../../engine/paging';
import type { ProductBehaviours } from '../../engine/types';
import type { RecordStore } from '../../store';
import type { HandlerContext, TwilioRecord } from '../../types';

/**
 * Content v1 (content.twilio.com): templates and their WhatsApp approval. The API takes JSON
 * bodies. A template starts unsubmitted; submitting it for WhatsApp makes its approval `received`,
 * and WhatsApp decides later (approved, rejected…): tests decide for it with `setContentApproval`.
 * Approval statuses and WhatsApp's template names (lowercase letters, digits, underscores) are from
 * Twilio's Content API reference (Approvals).
 */

/** Where the templates are in the emulator's store (below the product's name). */
const CONTENT = '/content/v1/Content';
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

function template(context: HandlerContext, sid: string): TwilioRecord {
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

export const content: ProductBehaviours = {
	behaviours: {
		CreateContent: {
			check({ json: body }) {
				const types = body?.types as Record<string, unknown> | undefined;
				if (!types || typeof types !== 'object' || !Object.keys(types).length)
					throw new TwilioError(400, 20001, 'Content types must hold at least one type');
			},
			apply(record, { json: body, store }) {
				record.friendly_name = (body?.friendly_name as string | undefined) ?? '';
				record.variables = (body?.variables as object | undefined) ?? {};
				const approval: Approval = {
					sid: String(record.sid),
					name: '',
					category: '',
					content_type: '',
					status: 'unsubmitted',
					rejection_reason: '',
					allow_category_change: true,
				};
				store.add(APPROVALS, approval);
			},
		},
		DeleteContent: {
			deleting: (record, { store }) => void store.remove(APPROVALS, String(record.sid)),
		},
		ListContentAndApprovals: {
			handle: (context) =>
				json(
					200,
					metaPage(
						'contents',
						context.store.list(CONTENT).map((record) => withApproval(context.store, record)),
						context.params,
						`${context.host}${context.apiPath}`,
					),
				),
		},
		FetchApprovalFetch: {
			handle(context) {
				const record = template(context, context.path.Sid);
				return json(200, {
					sid: record.sid,
					account_sid: record.account_sid,
					whatsapp: { type: 'whatsapp', ...shown(approvalOf(context.store, String(record.sid))) },
					url: `${context.host}${context.apiPath}`,
				});
			},
		},
		CreateApprovalCreate: {
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
	},
	prepareContract: withInlinedRequestBodies,
};

/**
 * The Content API's JSON bodies name their types by keys holding a slash (`twilio/card`), which the
 * request validator cannot point at when it resolves a `$ref` below them. Their schemas hold no
 * cycle, so the references below each request body are replaced by what they name.
 */
function withInlinedRequestBodies<T>(spec: T): T {
	const { paths, components } = spec as unknown as {
		paths: Record<string, Record<string, { requestBody?: unknown }>>;
		components: { schemas: Record<string, unknown> };
	};
	const inline = (value: unknown, seen: string[]): unknown => {
		if (Array.isArray(value)) return value.map((entry) => inline(entry, seen));
		if (!value || typeof value !== 'object') return value;
		const { $ref, ...rest } = value as { $ref?: string };
		if ($ref) {
			const name = $ref.split('/').pop()!;
			if (seen.includes(name)) throw new Error(`The schema ${name} refers to itself`);
			return inline({ ...(components.schemas[name] as object), ...rest }, [...seen, name]);
		}
		return Object.fromEntries(
			Object.entries(rest).map(([key, entry]) => [key, inline(entry, seen)]),
		);
	};
	for (const item of Object.values(paths)) {
		for (const operation of Object.values(item)) {
			if (operation && typeof operation === 'object' && operation.requestBody)
				operation.requestBody = inline(operation.requestBody, []);
		}
	}
	return spec;
}

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
