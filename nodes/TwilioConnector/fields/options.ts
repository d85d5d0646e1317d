import type { ResourceDefinition } from '../engine/types';
import { accountSidOption } from './account';
import { requestSettingFields } from './requestSettings';

/**
 * The resource with every operation's Options fields in place: the account to act on (unless the
 * operation opts out) and the request settings.
 */
export function withOptions(resource: ResourceDefinition): ResourceDefinition {
	return {
		...resource,
		operations: resource.operations.map((operation) => ({
			...operation,
			options: [...(operation.accountOption === false ? [] : [accountSidOption]), ...requestSettingFields],
		})),
	};
}
