import { NodeOperationError, type IDataObject, type IHookFunctions } from 'n8n-workflow';

import { FieldValueError } from '../engine/types';
import { toIncomingNumberReference } from '../fields/incomingPhoneNumber';
import { findIncomingPhoneNumber, updateIncomingPhoneNumber } from './numbers';
import { CREDENTIAL_NAME, TwilioClient } from '../transport/client';
import { findEvent, recordField, type NumberSetting, type NumberWebhookSettings } from './events';
import { assertNumberGetsItsMessages } from './messagingService';

/** Where the trigger keeps, in the workflow's static data, what it changed on a number. */
const STATIC_DATA_KEY = 'numberWebhook';

/** What the trigger changed on a number, saved with the workflow so any n8n process can undo it. */
interface RememberedChange {
	numberSid: string;
	phoneNumber: string;
	/** The URL the trigger set. */
	webhookUrl: string;
	settings: { url: NumberSetting; method: NumberSetting; label: string };
	/** The number's values before, by setting; absent when they were not known. */
	previous?: Partial<Record<NumberSetting, string>>;
}

/** The number settings this node manages, or undefined when the user pastes the URL into Twilio. */
function managedSettings(context: IHookFunctions): NumberWebhookSettings | undefined {
	const event = findEvent(context.getNodeParameter('event') as string);
	if (event?.webhook.on !== 'phoneNumber') return undefined;
	return context.getNodeParameter('webhookSetup', 'manual') === 'phoneNumber'
		? event.webhook.settings
		: undefined;
}

function webhookUrlOf(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url)
		throw new NodeOperationError(context.getNode(), 'n8n gave no webhook URL for this node');
	return url;
}

/**
 * Refuses to activate when no request could ever pass the signature check: Twilio signs with the
 * account's Auth Token, which an API-key credential holds only if the user entered it.
 */
async function assertSignaturesCheckable(context: IHookFunctions): Promise<void> {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	if (options.skipSignatureCheck === true) return;
	const credentials = await context.getCredentials(CREDENTIAL_NAME);
	if (String(credentials.authToken ?? '').trim()) return;
	throw new NodeOperationError(
		context.getNode(),
		"The credential has no Auth Token to check Twilio's webhook signatures",
		{
			description:
				'Twilio signs webhooks with the account\'s Auth Token, never with an API key. Enter it in the credential\'s "Auth Token (for Webhook Signatures)" field.',
		},
	);
}

async function findPickedNumber(
	context: IHookFunctions,
	client: TwilioClient,
): Promise<IDataObject> {
	let reference;
	try {
		reference = toIncomingNumberReference(context.getNodeParameter('phoneNumber'));
	} catch (error) {
		const problem = error instanceof FieldValueError ? error.message : 'could not be read';
		throw new NodeOperationError(context.getNode(), `Phone Number ${problem}`);
	}
	return await findIncomingPhoneNumber(client, context.getNode(), reference);
}

function valueOf(number: IDataObject, setting: NumberSetting): string {
	const value = number[recordField(setting)];
	return value === null || value === undefined ? '' : String(value);
}

/**
 * True when a URL is another webhook of the same n8n: same origin and base path as this node's
 * URL, but not one of this node's own endpoints (production or test).
 */
export function isOtherN8nWebhook(
	url: string,
	ownUrl: string,
	webhookId: string | undefined,
): boolean {
	if (!url || !URL.canParse(url)) return false;
	const other = new URL(url);
	const own = new URL(ownUrl);
	if (other.origin !== own.origin || url === ownUrl) return false;
	const tail = webhookId ? `/${webhookId}/` : undefined;
	if (tail && other.pathname.includes(tail)) return false;
	// The node's path is {base}{endpoint}/{webhookId}/webhook; any URL under {base} belongs to this
	// n8n.
	const endpoint = tail ? own.pathname.slice(0, own.pathname.indexOf(tail)) : own.pathname;
	const base = endpoint.slice(0, endpoint.lastIndexOf('/') + 1);
	return other.pathname.startsWith(base);
}

/**
 * checkExists: true when there is nothing to set, or the number already sends this event here.
 * n8n asks it before every activation (and test listening), so it also refuses a number whose
 * URL Twilio would not call (a Messaging Service takes its messages).
 */
export async function numberWebhookExists(context: IHookFunctions): Promise<boolean> {
	await assertSignaturesCheckable(context);
	const settings = managedSettings(context);
	if (!settings) return true;
	const client = await TwilioClient.connect(context);
	const number = await findPickedNumber(context, client);
	if (settings.takenByMessagingService) await assertNumberGetsItsMessages(context, client, number);
	return (
		valueOf(number, settings.url) === webhookUrlOf(context) &&
		valueOf(number, settings.method) === 'POST'
	);
}

/**
 * create: points the number's URL at this node's webhook. What was there before is kept in the
 * workflow's static data, to be restored by `disconnectNumberWebhook`.
 */
export async function connectNumberWebhook(context: IHookFunctions): Promise<boolean> {
	const settings = managedSettings(context);
	if (!settings) return true;
	const node = context.getNode();
	const webhookUrl = webhookUrlOf(context);
	const client = await TwilioClient.connect(context);
	const number = await findPickedNumber(context, client);
	const phoneNumber = String(number.phone_number);
	const staticData = context.getWorkflowStaticData('node');
	let remembered = staticData[STATIC_DATA_KEY] as RememberedChange | undefined;
	if (
		remembered &&
		(remembered.numberSid !== number.sid || remembered.settings.url !== settings.url)
	) {
		// The node was switched to another number or event without being deactivated: undo the old
		// change first.
		await restore(context, client, remembered);
		remembered = undefined;
	}

	const routedBy = settings.overriddenBy.find((field) => number[field]);
	if (routedBy) {
		throw new NodeOperationError(
			node,
			`Twilio does not use the URL of ${phoneNumber}: the number's ${routedBy} is set`,
			{
				description: `While the number is connected to ${String(number[routedBy])}, Twilio ignores its "${settings.label}" URL. Remove that in the Twilio Console, or paste this trigger's URL there (Webhook Setup → Paste the URL Into Twilio Myself).`,
			},
		);
	}
	const currentUrl = valueOf(number, settings.url);
	let previous: RememberedChange['previous'];
	if (remembered && (currentUrl === remembered.webhookUrl || currentUrl === webhookUrl)) {
		previous = remembered.previous;
	} else if (currentUrl === webhookUrl) {
		previous = undefined;
	} else if (isOtherN8nWebhook(currentUrl, webhookUrl, node.webhookId)) {
		// n8n shows the message alone in its toast: it says which URL has the number and what frees it.
		throw new NodeOperationError(
			node,
			`${phoneNumber} already sends "${settings.label}" to another workflow of this n8n (${currentUrl}): deactivate that workflow to free the number, or pick another number`,
			{ description: "Or change the number's URL in the Twilio Console, then try again." },
		);
	} else {
		previous = { [settings.url]: currentUrl, [settings.method]: valueOf(number, settings.method) };
	}

	await updateIncomingPhoneNumber(client, String(number.sid), {
		[settings.url]: webhookUrl,
		[settings.method]: 'POST',
	});
	const change: RememberedChange = {
		numberSid: String(number.sid),
		phoneNumber,
		webhookUrl,
		settings: { url: settings.url, method: settings.method, label: settings.label },
		...(previous ? { previous } : {}),
	};
	staticData[STATIC_DATA_KEY] = change as unknown as IDataObject;
	return true;
}

/** delete: puts back what the number had before, unless someone has changed it since. */
export async function disconnectNumberWebhook(context: IHookFunctions): Promise<boolean> {
	const staticData = context.getWorkflowStaticData('node');
	const remembered = staticData[STATIC_DATA_KEY] as RememberedChange | undefined;
	if (!remembered) return true;
	const client = await TwilioClient.connect(context);
	await restore(context, client, remembered);
	delete staticData[STATIC_DATA_KEY];
	return true;
}

async function restore(
	context: IHookFunctions,
	client: TwilioClient,
	change: RememberedChange,
): Promise<void> {
	const { numberSid, phoneNumber, settings } = change;
	const found = await findIncomingPhoneNumber(client, context.getNode(), { sid: numberSid }).catch(
		(error: unknown) => {
			if ((error as { httpCode?: string }).httpCode === '404') return undefined;
			throw error;
		},
	);
	const where = `${phoneNumber} (${numberSid})`;
	if (!found) {
		context.logger.warn(
			`Twilio Connector Trigger: ${where} no longer exists in the account; nothing to restore`,
		);
		return;
	}
	const currentUrl = valueOf(found, settings.url);
	if (currentUrl !== change.webhookUrl) {
		context.logger.warn(
			`Twilio Connector Trigger: left "${settings.label}" of ${where} as it is: it was changed to ${currentUrl || '(empty)'} after the trigger set it to ${change.webhookUrl}`,
		);
		return;
	}
	if (!change.previous) {
		context.logger.warn(
			`Twilio Connector Trigger: left "${settings.label}" of ${where} pointing at ${currentUrl}: its earlier value was not recorded`,
		);
		return;
	}
	await updateIncomingPhoneNumber(client, numberSid, change.previous as Record<string, string>);
}
