import path from 'node:path';

import { PRODUCTS } from '../../nodes/Twilio/products/registry';
import { ContractChecker } from '../contract';
import { GenericEmulation } from '../engine/engine';
import { OPENAPI_DIR } from '../engine/spec';
import { seedThrough } from '../engine/seed';
import type { EmulatedProduct, ProductBehaviours } from '../engine/types';
import type { SeededRecord, SeedTarget, TwilioRecord } from '../types';
import { api } from './api';
import { content } from './content';
import { conversations } from './conversations';
import { events } from './events';
import { intelligence } from './intelligence';
import { lookups } from './lookups';
import { messaging } from './messaging';
import { monitor } from './monitor';
import { studio } from './studio';
import { verify } from './verify';

export { setContentApproval, type ApprovalStatus } from './content';
export { MESSAGING_SERVICES } from './messaging';
export { seedStudioFlow, type FlowSeed } from './studio';
export { expireVerification, openSnaUrl, SNA_URL, verificationCode } from './verify';

/** What the emulator knows each product does, by its name in the package's product registry. */
export const PRODUCT_BEHAVIOURS: Record<string, ProductBehaviours> = {
	api,
	lookups,
	verify,
	content,
	messaging,
	studio,
	monitor,
	events,
	intelligence,
	conversations,
};

/** Every product of the registry, with its behaviours. */
const EMULATED_PRODUCTS: EmulatedProduct[] = PRODUCTS.map(({ name, openApi }) => {
	const behaviours = PRODUCT_BEHAVIOURS[name];
	if (!behaviours) throw new Error(`The emulator has no behaviours for the product ${name}`);
	return { name, openApi, ...behaviours };
});

const engines = new Map<string, GenericEmulation>();

/** The engine of a product, built once per process (it keeps no records: the store does). */
export function engineOf(product: string): GenericEmulation {
	let engine = engines.get(product);
	if (!engine) {
		const emulated = EMULATED_PRODUCTS.find((candidate) => candidate.name === product);
		if (!emulated) throw new Error(`No product ${product}`);
		engine = new GenericEmulation(emulated);
		engines.set(product, engine);
	}
	return engine;
}

const contracts = new Map<string, Promise<ContractChecker>>();

/** The contract check of a product's description, loaded on first use, once per process. */
export function contractOf(product: string): Promise<ContractChecker> {
	let contract = contracts.get(product);
	if (!contract) {
		const emulated = EMULATED_PRODUCTS.find((candidate) => candidate.name === product)!;
		contract = ContractChecker.load(
			path.join(OPENAPI_DIR, emulated.openApi),
			emulated.prepareContract,
		);
		contracts.set(product, contract);
	}
	return contract;
}

/** The classic API's paths start with its version. */
const CLASSIC = /^\/\d{4}-\d{2}-\d{2}\//;

/**
 * Which product a request is for, and its path below the product: the first segment names the
 * product (`/verify/v2/Services`), as the credential's API Base URL reaches it (`{base}/{product}`,
 * or a `{product}` placeholder). Twilio tells its products apart by host; the newer ones share
 * paths (`/v1/Services` is Messaging's, Conversations' and Chat's). The classic API is also served
 * at the root (`/2010-04-01/…`), where the base URL reaches it.
 */
export function routeOf(pathname: string): { product: string; apiPath: string } | undefined {
	if (CLASSIC.test(pathname)) return { product: 'api', apiPath: pathname };
	const [, first, ...rest] = pathname.split('/');
	if (!EMULATED_PRODUCTS.some((product) => product.name === first)) return undefined;
	const apiPath = `/${rest.join('/')}`;
	if (first === 'api' && !CLASSIC.test(apiPath)) return undefined;
	return { product: first, apiPath };
}

/**
 * Puts in place a record of a product beyond the classic API that Twilio makes on its own (an
 * execution's steps, a flow's revisions), for a path of its description (see `seedThrough`).
 */
export function seedProductRecord(
	target: SeedTarget,
	product: string,
	template: string,
	path: Record<string, string> = {},
	fields: TwilioRecord = {},
): SeededRecord {
	return seedThrough(engineOf(product), target, template, path, fields);
}
