import type { OpenApiOperation, OpenApiParameter } from '../engine/openApi';
import {
	FieldValueError,
	type FieldDefinition,
	type ItemValues,
	type OperationDefinition,
	type OperationRetry,
	type OptionalCollectionName,
	type ResourceDefinition,
} from '../engine/types';
import { accountSidOption } from '../fields/account';
import { COMMON_TEXTS } from './texts';
import { requestSettingFields } from '../fields/requestSettingFields';
import {
	derivedFields,
	type ListOfKind,
	type ParameterText,
	type ParameterTexts,
} from './derivedFields';

/**
 * An operation as a resource file declares it: what people read (names, description, hints),
 * the fields curated by hand (locators, checks), and the spec operation it sends. Method, path,
 * list key and every parameter it does not declare come from the spec.
 */
export interface OperationDeclaration
	extends
		Omit<
			OperationDefinition,
			| 'spec'
			| 'product'
			| 'method'
			| 'path'
			| 'options'
			| 'list'
			| 'excluded'
			| 'answersWithRedirect'
			| 'retry'
		>,
		Partial<Pick<OperationDefinition, 'method' | 'path' | 'list' | 'retry'>> {
	/** The spec operation(s); absent only for operations Twilio retired from its description. */
	spec?: OpenApiOperation | readonly OpenApiOperation[];
	/** This operation's texts for its parameters, over the resource's and the common ones. */
	parameters?: ParameterTexts;
	/** Spec parameters the operation does not offer, each with the reason. */
	exclude?: Record<string, string>;
}

export interface ResourceDeclaration {
	value: string;
	name: string;
	description?: string;
	/** Texts for the parameters of this resource's operations. */
	parameters?: ParameterTexts;
	operations: OperationDeclaration[];
}

/** Spec parameters no operation offers as a field, and why. */
export const EXCLUDED_EVERYWHERE: Record<string, string> = {
	PageSize: 'set from Return All and Limit',
	Page: "paging follows Twilio's next page link (next_page_uri, or meta.next_page_url)",
	PageToken: "paging follows Twilio's next page link (next_page_uri, or meta.next_page_url)",
	// Messaging's A2P campaigns: a header asking for another version of the answer.
	'X-Twilio-Api-Version':
		"asks for another version of Twilio's answer; the node reads the one Twilio's description gives",
	// Voice Intelligence's updates: the entity tag of an earlier read, which the node's output does
	// not carry (answers' headers are not output).
	'If-Match': 'needs the ETag header of an earlier answer, which the node does not output',
};

/**
 * How safe repeating an operation is, from its method, path and Twilio's name for it where the
 * declaration does not say: a POST creates (a message, a call, a purchase) and is never repeated
 * once Twilio may have received it when it goes to a list or Twilio names it Create… (a Lookup
 * override, created where the client names it), unless Twilio names it Update… (a Studio flow's
 * validation, its test users); a read, an update and a delete are repeatable. Declarations say
 * otherwise where Twilio bills a read or a field acts again.
 */
function defaultRetry(method: string, path: string, id = ''): OperationRetry {
	if (method !== 'POST') return 'idempotent';
	if (id.startsWith('Create')) return 'creates';
	if (id.startsWith('Update')) return 'idempotent';
	return /\}(?:\.json)?$/.test(path) ? 'idempotent' : 'creates';
}

/**
 * Where an operation's optional parameters go when it declares no collection: a POST to a record is
 * a change, unless Twilio names it a create (a Lookup override, created where the client names it).
 */
function collectionFor(spec: OpenApiOperation): OptionalCollectionName {
	if (spec.list) return 'filters';
	if (spec.method === 'POST' && /\}\.json$|\}$/.test(spec.path) && !spec.id.startsWith('Create'))
		return 'updateFields';
	return 'additionalFields';
}

/**
 * Every field the operation declares, Options included, by Twilio name (a date filter's three under
 * theirs).
 */
function declaredNames(declaration: OperationDeclaration, accountOption: boolean): Set<string> {
	const fields = [
		...(declaration.fields ?? []),
		...(declaration.optionalFields?.fields ?? []),
		...(accountOption ? [accountSidOption] : []),
	];
	return new Set(fields.flatMap((field) => [field.twilioName, ...(field.covers ?? [])]));
}

/** The parameters of every spec operation the declaration sends, each name once. */
function specParameters(specs: readonly OpenApiOperation[]): OpenApiParameter[] {
	const byName = new Map<string, OpenApiParameter>();
	for (const spec of specs)
		for (const parameter of spec.parameters)
			if (!byName.has(parameter.name)) byName.set(parameter.name, parameter);
	return [...byName.values()];
}

/** "Give at least one of …", for each group the spec says Twilio needs one of. */
function oneOfCheck(
	specs: readonly OpenApiOperation[],
	fields: FieldDefinition[],
): ((values: ItemValues) => string | undefined) | undefined {
	const groups = specs.flatMap((spec) => spec.oneOf ?? []);
	if (!groups.length) return undefined;
	const byTwilioName = new Map(fields.map((field) => [field.twilioName, field]));
	const resolved = groups.map((group) =>
		group
			.map((name) => byTwilioName.get(name))
			.filter((field): field is FieldDefinition => !!field),
	);
	return (values) => {
		for (const group of resolved) {
			if (group.length && !group.some((field) => values[field.property.name] !== undefined)) {
				return `Give ${group.map((field) => field.property.displayName).join(' or ')}`;
			}
		}
		return undefined;
	};
}

function completeOperation(
	resource: ResourceDeclaration,
	declaration: OperationDeclaration,
	listOfKind: ListOfKind,
): OperationDefinition {
	const { spec: declaredSpec, parameters: texts, exclude, fills, retry, ...rest } = declaration;
	const specs: readonly OpenApiOperation[] =
		declaredSpec === undefined
			? []
			: Array.isArray(declaredSpec)
				? declaredSpec
				: [declaredSpec as OpenApiOperation];
	const first = specs[0];
	if (!first && (!declaration.method || !declaration.path)) {
		throw new Error(
			`${resource.value} → ${declaration.value} has neither a spec operation nor a method and path`,
		);
	}
	// A parameter's text: curated for the operation, the resource or everywhere, else the spec's.
	const fromSpec = new Map(
		specParameters(specs).map((parameter) => [parameter.name.replace(/[<>]$/, ''), parameter.text]),
	);
	const textOf = (twilioName: string): ParameterText => {
		const curated =
			texts?.[twilioName] ?? resource.parameters?.[twilioName] ?? COMMON_TEXTS[twilioName];
		const text =
			curated ?? (fromSpec.get(twilioName) && { description: fromSpec.get(twilioName)! });
		if (!text)
			throw new Error(
				`${resource.value} → ${declaration.value}: no text for the parameter ${twilioName}`,
			);
		return text;
	};
	// Only the classic API has accounts in its paths; the other products act on the credential's
	// account.
	const accountOption = declaration.accountOption !== false && (first?.product ?? 'api') === 'api';
	const declared = declaredNames(declaration, accountOption);
	const missing = specParameters(specs).filter(
		(parameter) =>
			!declared.has(parameter.name) &&
			!declared.has(fills?.[parameter.name] ?? '') &&
			!declared.has(parameter.name.replace(/[<>]$/, '')) &&
			!EXCLUDED_EVERYWHERE[parameter.name] &&
			!exclude?.[parameter.name],
	);
	// Required parameters, and optional ones whose text puts them at the top level, come first.
	const atTop = (parameter: OpenApiParameter) =>
		parameter.required === true || textOf(parameter.name.replace(/[<>]$/, '')).topLevel === true;
	const required = derivedFields(missing.filter(atTop), textOf, true, listOfKind);
	const optional = derivedFields(
		missing.filter((parameter) => !atTop(parameter)),
		textOf,
		false,
		listOfKind,
	);
	const fields = [...(declaration.fields ?? []), ...required];
	const collection =
		declaration.optionalFields?.collection ?? (first ? collectionFor(first) : 'additionalFields');
	const declaredOptional = [...(declaration.optionalFields?.fields ?? []), ...optional];
	const optionalList =
		collection === 'updateFields' ? declaredOptional.map(clearing) : declaredOptional;
	const allFields = [...fields, ...optionalList];
	const specCheck = oneOfCheck(specs, allFields);
	const ownCheck = declaration.check;
	const method = declaration.method ?? first!.method;
	const path = declaration.path ?? first!.path;
	return {
		...rest,
		retry: retry ?? defaultRetry(method, typeof path === 'string' ? path : '', first?.id),
		spec: specs,
		...(exclude ? { excluded: exclude } : {}),
		...(fills ? { fills } : {}),
		product: first?.product ?? 'api',
		method,
		path,
		...(declaration.list
			? { list: declaration.list }
			: first?.list
				? { list: { key: first.list } }
				: {}),
		...(first?.redirects ? { answersWithRedirect: true as const } : {}),
		...(fields.length ? { fields } : {}),
		...(optionalList.length ? { optionalFields: { collection, fields: optionalList } } : {}),
		...(specCheck || ownCheck
			? { check: (values: ItemValues) => ownCheck?.(values) ?? specCheck?.(values) }
			: {}),
		...(accountOption ? {} : { accountOption: false as const }),
		options: [
			accountOption ? accountSidOption : notForThisOperation(accountSidOption),
			...requestSettingFields,
		],
	};
}

/**
 * A field of Update Fields that Twilio clears when it is sent empty: added and left empty, it is
 * sent empty (not left out, which would keep Twilio's value), and its description says so.
 */
function clearing(field: FieldDefinition): FieldDefinition {
	if (!field.clearable) return field;
	const description = `${(field.property.description ?? '').replace(/\.?$/, '.')} Added and left empty, it is cleared.`;
	return {
		...field,
		property: { ...field.property, description },
		toWire: (value, context) => (value === '' ? '' : field.toWire(value, context)),
	};
}

/**
 * An option the editor shows for every operation (the Options collection is shared) that this one
 * has no use for: it must stay empty, and is never sent.
 */
function notForThisOperation(option: FieldDefinition): FieldDefinition {
	return {
		...option,
		location: 'none',
		toWire: (value) => {
			if (value === undefined || value === null || value === '') return undefined;
			throw new FieldValueError('does not apply to this operation: leave it empty');
		},
	};
}

/**
 * The node's resources, every operation completed from its spec operation; a SID parameter nobody
 * declared offers the list of its kind.
 */
export function buildCatalog(
	declarations: ResourceDeclaration[],
	listOfKind: ListOfKind,
): ResourceDefinition[] {
	return declarations.map((resource) => ({
		value: resource.value,
		name: resource.name,
		...(resource.description ? { description: resource.description } : {}),
		operations: resource.operations.map((operation) =>
			completeOperation(resource, operation, listOfKind),
		),
	}));
}
