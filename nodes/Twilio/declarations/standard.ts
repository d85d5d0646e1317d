import type { OpenApiOperation } from '../engine/openApi';
import type { OperationDeclaration } from './complete';

/** The five operations most Twilio resources have. */
type StandardKind = 'create' | 'get' | 'getMany' | 'update' | 'delete';

/** How a resource's records are named in operation texts: `a queue`, `queues`. */
interface Noun {
	/** With its article: `a queue`, `an address`. */
	one: string;
	many: string;
}

const ORDER: StandardKind[] = ['create', 'get', 'getMany', 'update', 'delete'];

/** The names, actions and descriptions of the standard operations, in the project's words. */
function standardText(
	kind: StandardKind,
	noun: Noun,
): Pick<OperationDeclaration, 'value' | 'name' | 'action' | 'description'> {
	const bare = noun.one.replace(/^an? /, '');
	switch (kind) {
		case 'create':
			return {
				value: 'create',
				name: 'Create',
				action: `Create ${noun.one}`,
				description: `Create ${noun.one}; the output is the new record with its SID`,
			};
		case 'get':
			return {
				value: 'get',
				name: 'Get',
				action: `Get ${noun.one}`,
				description: `Get one ${bare} by its SID`,
			};
		case 'getMany':
			return {
				value: 'getMany',
				name: 'Get Many',
				action: `Get many ${noun.many}`,
				description: `List ${noun.many}: all of them, or up to a limit`,
			};
		case 'update':
			return {
				value: 'update',
				name: 'Update',
				action: `Update ${noun.one}`,
				description: `Change the settings of ${noun.one}`,
			};
		case 'delete':
			return {
				value: 'delete',
				name: 'Delete',
				action: `Delete ${noun.one}`,
				description: `Delete ${noun.one}; Twilio cannot restore it`,
			};
	}
}

/**
 * Create, Get, Get Many, Update and Delete of one resource, for the spec operations it has. Each
 * may say more of itself in `more` (a better description, a hint, a curated field).
 */
export function standardOperations(
	noun: Noun,
	specs: Partial<Record<StandardKind, OpenApiOperation>>,
	more: Partial<Record<StandardKind, Partial<OperationDeclaration>>> = {},
): OperationDeclaration[] {
	return ORDER.filter((kind) => specs[kind]).map((kind) => ({
		...standardText(kind, noun),
		spec: specs[kind],
		...more[kind],
	}));
}

/** A path without its `.json`: the classic API writes it, the newer APIs do not. */
const bare = (path: string) => path.replace(/\.json$/, '');

/**
 * The standard operations of the collection a list operation reads, found in the product's digest
 * by their paths: Create beside the list on its path, Get, Update and Delete on the path of one of
 * its records (`…/Queues/{Sid}`).
 */
export function collectionOf(
	digest: Record<string, OpenApiOperation>,
	list: OpenApiOperation,
): Partial<Record<StandardKind, OpenApiOperation>> {
	const listPath = bare(list.path);
	const record = new RegExp(`^${listPath.replace(/[{}.]/g, '\\$&')}/\\{\\w+\\}$`);
	const operations = Object.values(digest);
	const at = (method: string, onRecord: boolean) =>
		operations.find(
			(operation) =>
				operation.method === method &&
				(onRecord ? record.test(bare(operation.path)) : bare(operation.path) === listPath),
		);
	const found: Partial<Record<StandardKind, OpenApiOperation | undefined>> = {
		create: at('POST', false),
		get: at('GET', true),
		getMany: list,
		update: at('POST', true),
		delete: at('DELETE', true),
	};
	return Object.fromEntries(Object.entries(found).filter(([, operation]) => operation));
}
