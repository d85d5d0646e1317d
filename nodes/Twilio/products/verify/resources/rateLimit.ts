import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { VERIFY_V2 } from '../digest';

/**
 * Service rate limits: a limit names what is counted (a value Send passes in Rate Limits, such as
 * the user's IP address), its buckets how many verifications per interval. Facts from Twilio's
 * Verify Service Rate Limits reference.
 */
const RATE_LIMIT_SID = {
	displayName: 'Rate Limit SID',
	description: 'The rate limit, RK followed by 32 hexadecimal characters',
};

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const rateLimitResource = (): ResourceDeclaration => ({
	value: 'serviceRateLimit',
	name: 'Service Rate Limit',
	description:
		"Limits of a service by a value of your own (such as the user's IP address), which Send passes in Rate Limits",
	parameters: {
		Sid: RATE_LIMIT_SID,
		UniqueName: {
			description:
				'The key Send gives the value under in Rate Limits, such as end_user_ip_address: letters, digits and _ (no personal data)',
			placeholder: 'end_user_ip_address',
		},
		Description: { description: 'What the limit is for' },
	},
	operations: standardOperations(
		{ one: 'a service rate limit', many: 'service rate limits' },
		collectionOf(VERIFY_V2, VERIFY_V2.ListRateLimit),
		{ update: { description: "Change a rate limit's description" } },
	),
});

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const rateLimitBucketResource = (): ResourceDeclaration => ({
	value: 'rateLimitBucket',
	name: 'Service Rate Limit Bucket',
	description: 'How many verifications a rate limit allows per value in an interval',
	parameters: {
		RateLimitSid: RATE_LIMIT_SID,
		Sid: {
			displayName: 'Bucket SID',
			description: 'The bucket, BL followed by 32 hexadecimal characters',
		},
		Max: { description: 'How many verifications one value may start in the interval' },
		Interval: { description: 'The interval in seconds, such as 60 or 86400' },
	},
	operations: standardOperations(
		{ one: 'a bucket', many: 'buckets' },
		collectionOf(VERIFY_V2, VERIFY_V2.ListBucket),
		{ update: { description: "Change a bucket's maximum or interval" } },
	),
});
