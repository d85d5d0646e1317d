import type { OperationDefinition, ResourceDefinition } from './types';

/** The operation the editor's resource/operation pair names, or undefined. */
export function findOperation(
	resources: readonly ResourceDefinition[],
	resource: string,
	operation: string,
): OperationDefinition | undefined {
	return resources
		.find((candidate) => candidate.value === resource)
		?.operations.find((candidate) => candidate.value === operation);
}

/** `Resource → Operation`, as the editor names the pair. */
export function labelOf(
	resources: readonly ResourceDefinition[],
	operation: OperationDefinition,
): string {
	const resource = resources.find((candidate) => candidate.operations.includes(operation));
	return resource ? `${resource.name} → ${operation.name}` : operation.name;
}
