import type { IExecuteFunctions } from 'n8n-workflow';

import type { ReadContext } from './types';

/** True when a raw parameter value holds an n8n expression anywhere (`=…` strings). */
function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

/**
 * Reads the node's parameters for one execution. A parameter without an expression has the same
 * value for every item, so it is resolved once: on a batch of thousands of items, n8n's parameter
 * resolution would otherwise cost more CPU than the node's own work.
 */
export class ParameterReader {
	private readonly fixed = new Map<string, unknown>();
	/**
	 * What fields read values with: the workflow's time zone (Settings → Timezone, else the
	 * instance's).
	 */
	readonly readContext: ReadContext;

	constructor(readonly context: IExecuteFunctions) {
		this.readContext = { timeZone: context.getTimezone() };
	}

	read(name: string, itemIndex: number, fallback: unknown): unknown {
		if (this.fixed.has(name)) return this.fixed.get(name);
		const value = this.context.getNodeParameter(name, itemIndex, fallback);
		if (!holdsExpression(this.context.getNode().parameters[name])) this.fixed.set(name, value);
		return value;
	}
}
