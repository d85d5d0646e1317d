import type { ResourceDeclaration } from '../../../declarations/complete';
import type { ParameterTexts } from '../../../declarations/derivedFields';
import { LOOKUPS_V2 } from '../digest';

/**
 * A limit is set per data package and bucket (twilio-node's Lookup v2 `Bucket` and `RateLimit`);
 * the spec calls both path values "bucket name".
 */
const BUCKET: ParameterTexts = {
	Field: {
		displayName: 'Data Package',
		description: 'The data package the limit applies to, as Lookup names it',
		placeholder: 'line_type_intelligence',
	},
	Bucket: {
		description: 'The name of the bucket that counts the requests',
		placeholder: 'default',
	},
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const rateLimitResource = (): ResourceDeclaration => ({
	value: 'rateLimit',
	name: 'Rate Limit',
	description: "Limits on the account's Lookup requests, per data package and bucket",
	parameters: BUCKET,
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many rate limits',
			description: "The account's limits for every data package, Twilio's own included",
			spec: LOOKUPS_V2.FetchLookupAccountRateLimits,
			parameters: {
				Fields: {
					displayName: 'Data Packages',
					description: 'Only the limits of these data packages (all when empty)',
				},
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a rate limit',
			description: 'The limit of one data package and bucket',
			spec: LOOKUPS_V2.FetchLookupRateLimit,
		},
		{
			value: 'update',
			name: 'Set',
			action: 'Set a rate limit',
			description: "Set a bucket's limit: the number of requests it allows, and for how long",
			spec: LOOKUPS_V2.UpdateLookupRateLimit,
			parameters: {
				limit: {
					// Not `limit`: n8n reads a parameter named so as a list's page limit.
					name: 'requestLimit',
					displayName: 'Limit',
					description: 'The number of requests the bucket allows',
				},
				ttl: {
					description: 'How long the rule lasts, in seconds',
				},
			},
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a rate limit',
			description:
				"Remove a bucket's limit: its data package's requests no longer count against it",
			spec: LOOKUPS_V2.DeleteLookupRateLimit,
		},
	],
});
