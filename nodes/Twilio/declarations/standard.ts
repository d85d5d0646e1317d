import type { OpenApiOperation } from '../engine/openApi';
import type { OperationDeclaration } from './complete';

/** The five operations most Twilio resources have. */
export type StandardKind = 'create' | 'get' | 'getMany' | 'update' | 'delete';

/** How a resource's records are named in operation texts: `a queue`, `queues`. */
export interface Noun {
	/** With its article: `a queue`, `an address`. */
	one: string;
	many: string;
}

const ORDER: StandardKind[] = ['create', 'get', 'getMany', 'update', 'delete'];

/** The names, actions and descriptions of the standard operations, in the project's words. */
function standardText(
	kind: StandardKind,
	noun: Noun,
): Pick<OperationDeclaration, 'value' | 'name' | 'action' | 'description' | 'retry'> {
	const bare = noun.one.replace(/^an? /, '');
	switch (kind) {
		case 'create':
			return {
				value: 'create',
				name: 'Create',
				action: `Create ${noun.one}`,
				description: `Create ${noun.one}; the output is the new record with its SID`,
				retry: 'creates',
			};
		case 'get':
			return {
				value: 'get',
				name: 'Get',
				action: `Get ${noun.one}`,
				description: `Get one ${bare} by its SID`,
				retry: 'idempotent',
			};
		case 'getMany':
			return {
				value: 'getMany',
				name: 'Get Many',
				action: `Get many ${noun.many}`,
				description: `List ${noun.many}: all of them, or up to a limit`,
				retry: 'idempotent',
			};
		case 'update':
			return {
				value: 'update',
				name: 'Update',
				action: `Update ${noun.one}`,
				description: `Change the settings of ${noun.one}`,
				retry: 'idempotent',
			};
		case 'delete':
			return {
				value: 'delete',
				name: 'Delete',
				action: `Delete ${noun.one}`,
				description: `Delete ${noun.one}; Twilio cannot restore it`,
				retry: 'idempotent',
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
