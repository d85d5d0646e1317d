import type { FieldDefinition, OperationDefinition } from '../../../../nodes/Twilio/engine/types';
import { catalog } from '../../../../nodes/Twilio/products';
import { rawParameter } from '../../../helpers/specFile';

/**
 * What a number field starts at once added, against what Twilio does without it: n8n sends the
 * value the field starts at, so a field starting at its minimum (a message valid for 1 second, a
 * call limited to 1 second) changes what Twilio would have done. Twilio's default is read here from
 * the spec file: the schema's `default`, or the parameter's description ("The default is `60`",
 * "Default value is `36,000`", "Default: 2400").
 */

function documentedDefault(description: string): number | undefined {
	const found =
		/[Dd]efault(?: value| timeout)?(?: is|:)\s*`?(-?\d[\d,]*)`?|[Dd]efaults to\s*`?(-?\d[\d,]*)`?/.exec(
			description,
		);
	const digits = found?.[1] ?? found?.[2];
	return digits === undefined ? undefined : Number(digits.replace(/,/g, ''));
}

/** Defaults Twilio documents outside the spec, with where. */
const DOCUMENTED_ELSEWHERE: Record<string, { value: number; source: string }> = {
	TimeLimit: {
		value: 14_400,
		source:
			'Twilio ends a call after 4 hours unless the account allows 24 ("Extended Call Duration")',
	},
	CodeLength: {
		value: 6,
		source: 'Verify Service reference: verification codes have 6 digits unless set',
	},
	// A factor's TOTP settings when changed: what they are when not set at its creation.
	'Config.TimeStep': { value: 30, source: 'CreateNewFactor: "Defaults to 30 seconds"' },
	'Config.Skew': { value: 1, source: 'CreateNewFactor: "If not configured defaults to 1"' },
	'Config.CodeLength': { value: 6, source: 'CreateNewFactor: "If not configured defaults to 6"' },
	CidrPrefixLength: {
		value: 32,
		source: 'CreateSipIpAddress: "By default the entire IP address is used"',
	},
};

/**
 * Numbers Twilio gives no default for, and why the field's start cannot be one that changes
 * nothing: a filter narrows a list by the value the user gives, and these values mean only what
 * the user sets.
 */
const NO_DEFAULT: Record<string, string> = {
	AreaCode: 'a filter (or the area code to buy in): it means only the value the user gives',
	Attempt: "the user's own count of attempts to send the message: 1 is a first attempt",
	MinPostalCodeLength: 'the length the caller must enter, which only the user can know',
	ChargeAmount: '"Leave blank or set to 0 to tokenize" (CreatePayments): 0 charges nothing',
	SchemaVersion:
		'Event Streams: the latest version when not sent; once added, the one the user picks',
	Max: "a Verify rate limit bucket's maximum (CreateBucket requires it): the number the user sets",
	Interval: "a Verify rate limit bucket's interval in seconds (required): only the user knows it",
	// Conversations: what a user read, and from which message a flow replays, mean only what is set.
	// "For type studio, number of times to retry the webhook request": how often only the user says.
	'AutoCreation.StudioRetryCount':
		'how many times a Studio flow is called again: the number the user sets',
	LastReadMessageIndex: "the index of the message the user last read: the user's own position",
	'Configuration.ReplayAfter': 'the message a Studio flow replays from (not set by default)',
	limit: "a Lookup bucket's limit (UpdateLookupRateLimit): the number the user sets",
	ttl: "how long the user's Lookup limit rule lasts (UpdateLookupRateLimit): only the user knows",
};

const cases = catalog().flatMap((resource) =>
	resource.operations.flatMap((operation: OperationDefinition) =>
		[...(operation.fields ?? []), ...(operation.optionalFields?.fields ?? [])]
			.filter((field) => field.property.type === 'number')
			.map(
				(field) =>
					[`${resource.value}.${operation.value} ${field.twilioName}`, operation, field] as const,
			),
	),
);

test('there are number fields to check', () => {
	expect(cases.length).toBeGreaterThan(40);
});

test.each(cases)(
	"%s starts at Twilio's default",
	(label, operation: OperationDefinition, field: FieldDefinition) => {
		const parameter = operation.spec
			.map((spec) => rawParameter(spec.product, spec.id, field.twilioName))
			.find(Boolean);
		const fromSpec =
			typeof parameter?.schema.default === 'number'
				? parameter.schema.default
				: documentedDefault(parameter?.description ?? '');
		const expected = fromSpec ?? DOCUMENTED_ELSEWHERE[field.twilioName]?.value;
		if (expected === undefined) {
			expect({ label, reason: NO_DEFAULT[field.twilioName] }).toEqual({
				label,
				reason: expect.any(String),
			});
			return;
		}
		expect({ label, default: field.property.default }).toEqual({ label, default: expected });
	},
);
