import type { ResourceDeclaration } from '../../../declarations/complete';
import { collectionOf, standardOperations } from '../../../declarations/standard';
import { MESSAGING_V1 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const messagingServiceResource = (): ResourceDeclaration => ({
	value: 'messagingService',
	name: 'Messaging Service',
	description:
		'Messaging Services: a pool of senders with shared settings, which messages can be sent through',
	parameters: {
		Sid: {
			displayName: 'Messaging Service SID',
			description: 'The Messaging Service, MG followed by 32 hexadecimal characters',
		},
		InboundRequestUrl: {
			description:
				"URL Twilio calls when a message reaches one of the service's senders; empty stops inbound messages from being handled",
		},
		InboundMethod: { description: 'HTTP method Twilio uses to call Inbound Request URL' },
		FallbackUrl: {
			description: 'URL Twilio calls when Inbound Request URL fails or answers with an error',
		},
		StatusCallback: {
			displayName: 'Status Callback URL',
			description: 'URL Twilio calls with the status changes of messages sent through the service',
		},
		StickySender: {
			description: 'Whether a recipient always gets messages from the same sender of the pool',
		},
		MmsConverter: {
			description:
				'Whether an MMS to a recipient who cannot get MMS goes as SMS with a link to the media',
		},
		SmartEncoding: {
			description:
				'Whether Twilio replaces Unicode characters that have a GSM-7 look-alike, so messages cost fewer segments',
		},
		ScanMessageContent: {
			description:
				"Whether Twilio scans the messages' content for fraud: as the account says (inherit), or on or off",
		},
		FallbackToLongCode: {
			description:
				'Whether messages fall back from a short code to a long code (obsolete at Twilio: it has no effect)',
		},
		AreaCodeGeomatch: {
			description:
				'Whether a sender with the area code of the recipient is chosen, where the pool has one (US and Canada)',
		},
		ValidityPeriod: {
			description:
				'Seconds a message may wait in the queue before Twilio gives up on it (36,000 by default)',
			min: 1,
			max: 36_000,
		},
		SynchronousValidation: {
			description: 'Whether Twilio validates messages synchronously (reserved by Twilio)',
		},
		Usecase: { description: 'What the service is used for', values: 'listed' },
		UseInboundWebhookOnNumber: {
			description:
				"Whether each number's own SMS URL handles its inbound messages instead of Inbound Request URL",
		},
	},
	operations: [
		...standardOperations(
			{ one: 'a messaging service', many: 'messaging services' },
			collectionOf(MESSAGING_V1, MESSAGING_V1.ListService),
			{
				create: {
					description:
						'Create a Messaging Service; the output holds its SID (MG…), which Message → Send takes as Messaging Service SID',
				},
				update: { description: "Change a Messaging Service's name, URLs or sender settings" },
				delete: { description: 'Delete a Messaging Service; its numbers stay on the account' },
			},
		),
		{
			value: 'getUseCases',
			name: 'Get Use Cases',
			action: 'Get the use cases of messaging services',
			description:
				'List the use cases a Messaging Service can be created with, with their descriptions',
			spec: MESSAGING_V1.FetchUsecase,
		},
		{
			value: 'getDeactivations',
			name: 'Get Deactivated Numbers',
			action: 'Get the US numbers deactivated on a day',
			description:
				"Get where to download the list of US numbers carriers deactivated on a day (the output's redirect_to), to stop messaging them",
			spec: MESSAGING_V1.FetchDeactivation,
			parameters: {
				Date: {
					description: 'The day the numbers were deactivated (the day before today by default)',
				},
			},
		},
	],
});
