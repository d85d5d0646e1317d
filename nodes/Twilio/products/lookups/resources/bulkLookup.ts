import type { ResourceDeclaration } from '../../../declarations/complete';
import type { ItemValues } from '../../../engine/types';
import { jsonArray } from '../../../fields/basic';
import { LOOKUPS_V2 } from '../digest';

/** Each request names its number (the spec's `LookupRequestWithCorId` requires `phone_number`). */
function checkRequests(values: ItemValues): string | undefined {
	const requests = JSON.parse(String(values.phoneNumbers ?? '[]')) as Array<
		Record<string, unknown>
	>;
	const without = requests.findIndex(
		(request) => typeof request.phone_number !== 'string' || request.phone_number.trim() === '',
	);
	return without < 0
		? undefined
		: `Requests: entry ${without + 1} has no "phone_number" (each request names the number to look up)`;
}

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const bulkLookupResource = (): ResourceDeclaration => ({
	value: 'bulkLookup',
	name: 'Bulk Lookup',
	description: 'Many numbers looked up in one request, each with its own data packages',
	operations: [
		{
			value: 'create',
			name: 'Look Up Many',
			action: 'Look up many phone numbers at once',
			description:
				'Look up several numbers in one request; the answer lists one result per request, with its Correlation ID. Data packages other than validation are billed for each number.',
			spec: LOOKUPS_V2.CreateBulkLookup,
			// Billed for each number's packages: a create, never sent twice once Twilio may have it.
			fields: [
				jsonArray({
					name: 'phoneNumbers',
					displayName: 'Requests',
					twilioName: 'phone_numbers',
					required: true,
					placeholder:
						'[{"phone_number": "+14155552671", "fields": ["line_type_intelligence"], "correlation_id": "1"}]',
					description:
						'One object per number: "phone_number" (E.164, or national with "country_code"), and optionally "fields" (data packages), "correlation_id" (your own ID, repeated in its result) and the packages\' parameters',
				}),
			],
			check: checkRequests,
		},
	],
});
