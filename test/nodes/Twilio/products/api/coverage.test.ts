import { readFileSync } from 'node:fs';
import path from 'node:path';

import { EXCLUDED_EVERYWHERE } from '../../../../../nodes/Twilio/declarations/complete';
import { catalog } from '../../../../../nodes/Twilio/products';
import { TwilioConnector } from '../../../../../nodes/TwilioConnector/TwilioConnector.node';
import {
	fieldsByTwilioName,
	offered,
	pairLabel as label,
	shownProperties,
} from '../../../../helpers/shownFields';
import { MULE_REPLACEMENTS } from '../../../../../scripts/muleMigration';

/**
 * The node against Twilio's official OpenAPI description of API 2010-04-01, read here from the
 * file itself (not from the node's generated digest): every operation of the spec is a pair of the
 * node, and every parameter of it a property the editor shows for that pair, or a listed exclusion.
 */
interface SpecFile {
	paths: Record<
		string,
		Record<string, { operationId?: string; parameters?: Parameter[]; requestBody?: Body }> & {
			parameters?: Parameter[];
		}
	>;
}
interface Parameter {
	name: string;
	in: string;
}
interface Body {
	content?: Record<string, { schema?: { properties?: Record<string, unknown> } }>;
}

const SPEC_FILE = path.join(
	__dirname,
	'..',
	'..',
	'..',
	'..',
	'..',
	'openapi',
	'twilio_api_v2010.json',
);
const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as SpecFile;

/** Each operation of the spec with the names of its parameters (path, query and form body). */
const specOperations = Object.values(spec.paths).flatMap((item) =>
	(['get', 'post', 'delete'] as const)
		.filter((method) => item[method])
		.map((method) => {
			const operation = item[method];
			const body =
				operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema?.properties ??
				{};
			const names = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(
				(parameter) => parameter.name,
			);
			return { id: operation.operationId!, parameters: [...names, ...Object.keys(body)] };
		}),
);

const resources = catalog();
const { description } = new TwilioConnector();
const pairs = resources.flatMap((resource) =>
	resource.operations.map((operation) => ({ resource, operation })),
);
const mulePairs = new Set(
	Object.values(MULE_REPLACEMENTS).map(({ resource, operation }) => `${resource}.${operation}`),
);

const counts = { operations: 0, parameters: 0, mapped: 0, excluded: [] as string[] };

describe.each(specOperations.map((operation) => [operation.id, operation] as const))(
	'%s',
	(id, operation) => {
		const mapped = pairs.filter((pair) =>
			pair.operation.spec.some((candidate) => candidate.product === 'api' && candidate.id === id),
		);

		test('is at least one resource/operation pair; several only for operations of the Mule reference', () => {
			expect(mapped.length).toBeGreaterThan(0);
			if (mapped.length > 1)
				expect(mapped.map(label).filter((pair) => !mulePairs.has(pair))).toEqual([]);
			counts.operations++;
		});

		test('every parameter is a property shown for the pair, or an exclusion with its reason', () => {
			for (const pair of mapped) {
				const shown = shownProperties(description, pair.resource.value, pair.operation.value);
				const byName = fieldsByTwilioName(pair.operation);
				const unmapped = operation.parameters.filter((name) => {
					const reason = EXCLUDED_EVERYWHERE[name] ?? pair.operation.excluded?.[name];
					if (reason) return false;
					const field = byName.get(name) ?? byName.get(name.replace(/[<>]$/, ''));
					return !field || !offered(field, shown);
				});
				expect({ pair: label(pair), unmapped }).toEqual({ pair: label(pair), unmapped: [] });
			}
			const [first] = mapped;
			for (const name of operation.parameters) {
				counts.parameters++;
				const reason = EXCLUDED_EVERYWHERE[name] ?? first.operation.excluded?.[name];
				if (reason) counts.excluded.push(`${id}.${name}: ${reason}`);
				else counts.mapped++;
			}
		});
	},
);

afterAll(() => {
	const exclusions = counts.excluded.filter(
		(entry) => !Object.keys(EXCLUDED_EVERYWHERE).some((name) => entry.includes(`.${name}:`)),
	);
	process.stdout.write(
		`Coverage of API 2010-04-01: ${counts.operations}/${specOperations.length} operations, ` +
			`${counts.mapped} of ${counts.parameters} parameters as properties, paging (${Object.keys(EXCLUDED_EVERYWHERE).join(', ')}) by the engine, ` +
			`${exclusions.length} excluded:\n${exclusions.map((entry) => `  ${entry}`).join('\n')}\n`,
	);
});

test('the exclusions of operations are few, and each says why', () => {
	const excluded = pairs.flatMap(({ operation }) => Object.entries(operation.excluded ?? {}));
	expect(excluded.length).toBeLessThanOrEqual(8);
	for (const [, reason] of excluded) expect(reason.length).toBeGreaterThan(10);
});
