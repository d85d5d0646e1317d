import type { INodeProperties } from 'n8n-workflow';

import { accountSidOption } from '../fields/account';
import { requestSettingProperties } from '../transport/settings';
import type { FieldDefinition, OperationDefinition } from './types';

/** The Options fields that go on the wire: the account to act on, unless the operation opts out. */
export function optionFields(operation: OperationDefinition): FieldDefinition[] {
	return operation.accountOption === false ? [] : [accountSidOption];
}

/** Everything in the operation's Options collection, as editor properties: the wire fields, then how requests are sent. */
export function optionProperties(operation: OperationDefinition): INodeProperties[] {
	return [...optionFields(operation).map((field) => field.property), ...requestSettingProperties];
}
