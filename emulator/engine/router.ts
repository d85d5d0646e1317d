import { notFound, TwilioError } from '../errors';
import { listPage, PAGING_PARAMETERS } from './paging';
import { json, type Answer } from '../answer';
import type { RecordStore } from '../store';
import type { HandlerContext, ResourceEmulation, TwilioRecord } from '../types';

export interface Route {
	resource: ResourceEmulation;
	handle(context: HandlerContext, store: RecordStore, apiPath: string): Answer;
}

interface CompiledRoute {
	method?: string;
	pattern: RegExp;
	route: Route;
}

/**
 * `/Accounts/:AccountSid/Messages` → a regular expression with named groups, below /2010-04-01. A
 * placeholder holds no dot, so `:Sid` stops before an extension (`RE….mp3` and `RE…` are different
 * routes).
 */
function compile(pattern: string, suffix: string, { labelled = false } = {}): RegExp {
	const escaped = pattern
		.replace(/[.]/g, '\\.')
		.replace(
			/:(\w+)/g,
			(_, name: string) => `(?<${name}>${labelled && name === 'Sid' ? '[^/]+' : '[^/.]+'})`,
		);
	return new RegExp(`^/2010-04-01${escaped}${suffix}$`);
}

const methodNotAllowed = () => new TwilioError(405, 20004, 'Method not allowed');

function findRecord(
	resource: ResourceEmulation,
	context: HandlerContext,
	store: RecordStore,
): TwilioRecord | undefined {
	return resource.fetch
		? resource.fetch(context)
		: store.get(context.collectionUri, context.path.Sid);
}

/**
 * The routes of every emulated resource: list and create on the collection, fetch/update/delete on
 * a record.
 */
export class Router {
	private readonly routes: CompiledRoute[] = [];

	constructor(resources: ResourceEmulation[]) {
		for (const resource of resources) {
			for (const custom of resource.customRoutes ?? []) {
				this.routes.push({
					method: custom.method,
					pattern: compile(custom.pattern, ''),
					route: { resource, handle: (context) => custom.handle(context) },
				});
			}
			this.routes.push({
				pattern: compile(resource.collectionPath, '\\.json'),
				route: collectionRoute(resource),
			});
			this.routes.push({
				pattern: compile(`${resource.collectionPath}/:Sid`, '\\.json', {
					labelled: resource.labelled,
				}),
				route: recordRoute(resource),
			});
		}
	}

	match(
		method: string,
		apiPath: string,
	): { route: Route; path: Record<string, string> } | undefined {
		for (const { method: wanted, pattern, route } of this.routes) {
			if (wanted && wanted !== method) continue;
			const match = pattern.exec(apiPath);
			if (match) {
				const path = Object.fromEntries(
					Object.entries(match.groups ?? {}).map(([name, value]) => [
						name,
						decodeURIComponent(value),
					]),
				);
				return { route, path };
			}
		}
		return undefined;
	}
}

function collectionRoute(resource: ResourceEmulation): Route {
	return {
		resource,
		handle(context, store, apiPath) {
			if (context.method === 'GET') {
				const all = resource.listSource
					? resource.listSource(context)
					: store.list(context.collectionUri);
				const ordered = resource.order === 'newest-first' ? [...all].reverse() : all;
				// Filtering visits every record: only when the query has a filter (large lists page fast).
				const filtered =
					resource.matches && context.params.keys().some((key) => !PAGING_PARAMETERS.includes(key));
				const matching = filtered
					? ordered.filter((record) => resource.matches!(record, context.params))
					: ordered;
				return json(200, listPage(resource.listKey, matching, context.params, apiPath));
			}
			if (context.method === 'POST' && resource.create) {
				const record = resource.create(context);
				if (!resource.listSource) store.add(context.collectionUri, record);
				return json(201, record);
			}
			throw methodNotAllowed();
		},
	};
}

function recordRoute(resource: ResourceEmulation): Route {
	return {
		resource,
		handle(context, store, apiPath) {
			const record = findRecord(resource, context, store);
			if (!record) throw notFound(apiPath);
			if (context.method === 'GET') return json(200, record);
			if (context.method === 'POST' && resource.update) {
				resource.update(record, context);
				return json(200, record);
			}
			if (context.method === 'DELETE' && resource.deletable) {
				store.removeRecord(context.collectionUri, record);
				resource.deleted?.(record, context);
				return json(204, undefined);
			}
			throw methodNotAllowed();
		},
	};
}
