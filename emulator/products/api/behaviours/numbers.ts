import { json } from '../../../answer';
import { notFound } from '../../../errors';
import { matchesFilters, ownedPhoneNumbers } from './availablePhoneNumbers';
import { purchasedNumber } from './incomingPhoneNumbers';
import { present } from '../../../engine/records';
import type { Behaviour, CollectionConfig, GenericContext } from '../../../engine/types';
import { accountUri } from './common';

/**
 * The phone-number type a purchase through IncomingPhoneNumbers/Local, /Mobile or /TollFree gives
 * the number (`type`, "The phone number type" in the description; the values are the emulator's).
 */
const TYPES = { Local: 'local', Mobile: 'mobile', TollFree: 'toll-free' } as const;

/**
 * Buying a number of one type: the purchase is the IncomingPhoneNumbers resource's own (the same
 * checks, the same pool of numbers for sale), and the number is listed with the account's numbers.
 */
function purchase(type: keyof typeof TYPES): Behaviour {
	return {
		handle(context: GenericContext) {
			const collectionUri = accountUri(context, '/IncomingPhoneNumbers');
			const record = purchasedNumber({ ...context, collectionUri });
			record.type = TYPES[type];
			context.store.add(collectionUri, record);
			return json(context.operation.status, present(record, context.schema));
		},
	};
}

export const numberBehaviours: Record<string, Behaviour> = {
	CreateIncomingPhoneNumberLocal: purchase('Local'),
	CreateIncomingPhoneNumberMobile: purchase('Mobile'),
	CreateIncomingPhoneNumberTollFree: purchase('TollFree'),
};

const numbersOfType = (type: keyof typeof TYPES): CollectionConfig => ({
	view: { source: '/Accounts/{AccountSid}/IncomingPhoneNumbers', where: { type: TYPES[type] } },
});

/**
 * Numbers for sale of the types the fixed pool does not have (Mobile, National, SharedCost, Voip,
 * MachineToMachine): those a test put in place with seedRecord, less the numbers an account owns,
 * with the Local list's filters. A country with none of the type answers 404, as the pool's
 * countries do for a type they lack.
 */
const numbersForSale: CollectionConfig = {
	source(context) {
		const all = context.collection.list();
		if (all.length === 0) throw notFound(context.apiPath);
		const owned = ownedPhoneNumbers(context);
		return all.filter(
			(record) => !owned.has(String(record.phone_number)) && matchesFilters(record, context.params),
		);
	},
};

export const numberCollections: Record<string, CollectionConfig> = {
	...Object.fromEntries(
		['Mobile', 'National', 'SharedCost', 'Voip', 'MachineToMachine'].map((type) => [
			`/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/${type}`,
			numbersForSale,
		]),
	),
	'/Accounts/{AccountSid}/IncomingPhoneNumbers/Local': numbersOfType('Local'),
	'/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile': numbersOfType('Mobile'),
	'/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree': numbersOfType('TollFree'),
	/** An address's dependent phone numbers are the account's numbers that use it (`address_sid`). */
	'/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers': {
		view: {
			source: '/Accounts/{AccountSid}/IncomingPhoneNumbers',
			where: { address_sid: '{AddressSid}' },
		},
	},
};
