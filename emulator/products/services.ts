import { json } from '../answer';
import { TwilioError } from '../errors';
import { metaPage } from './paging';
import type { ProductContext, ProductRoute, TwilioRecord } from './types';

/**
 * What a product's Services collection (`/v1/Services`, `/v2/Services`) does beyond plain records.
 */
export interface ServiceCollection {
	/** The collection's path, e.g. `/v2/Services`. */
	path: string;
	/** A new service from the create request's parameters. */
	create(context: ProductContext): TwilioRecord;
	/** Applies an update request's parameters to the service. */
	update(record: TwilioRecord, context: ProductContext): void;
	/** Removes what belongs to a deleted service (its numbers, its verifications). */
	removeDependents(record: TwilioRecord, context: ProductContext): void;
}

/** The service the path names, or Twilio's 404 (20404). */
export function findService(
	context: ProductContext,
	collection: string,
	sid: string,
): TwilioRecord {
	const found = context.store.get(collection, sid);
	if (!found)
		throw new TwilioError(404, 20404, `The requested resource /Services/${sid} was not found`);
	return found;
}

/** Create, list (paged by `meta`), fetch, update and delete of a product's services. */
export function serviceRoutes(services: ServiceCollection): ProductRoute[] {
	const { path } = services;
	return [
		{
			method: 'POST',
			pattern: path,
			handle(context) {
				const record = services.create(context);
				context.store.add(path, record);
				return json(201, record);
			},
		},
		{
			method: 'GET',
			pattern: path,
			handle: (context) => json(200, metaPage('services', context.store.list(path), context)),
		},
		{
			method: 'GET',
			pattern: `${path}/:Sid`,
			handle: (context) => json(200, findService(context, path, context.path.Sid)),
		},
		{
			method: 'POST',
			pattern: `${path}/:Sid`,
			handle(context) {
				const record = findService(context, path, context.path.Sid);
				services.update(record, context);
				return json(200, record);
			},
		},
		{
			method: 'DELETE',
			pattern: `${path}/:Sid`,
			handle(context) {
				const record = findService(context, path, context.path.Sid);
				context.store.removeRecord(path, record);
				services.removeDependents(record, context);
				return json(204, undefined);
			},
		},
	];
}
