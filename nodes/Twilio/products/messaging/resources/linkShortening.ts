import type { ResourceDeclaration } from '../../../declarations/complete';
import { MESSAGING_V1 } from '../digest';

/**
 * Link shortening and click tracking (Twilio's Link Shortening guides): links in messages of the
 * Messaging Services attached to a domain of the account's own are shortened on it; the domain
 * needs its DNS pointed at Twilio and a TLS certificate, uploaded or managed by Twilio.
 */
export const linkShorteningDomainResource = (): ResourceDeclaration => ({
	value: 'linkShorteningDomain',
	name: 'Link Shortening Domain',
	description:
		"Domains of the account's own that the links in messages are shortened on, with click tracking",
	parameters: {
		DomainSid: {
			description:
				'The domain, DN followed by 32 hexadecimal characters (Twilio Console, Link Shortening)',
		},
		MessagingServiceSid: {
			description: 'The Messaging Service (MG…) whose messages have their links shortened',
		},
		TlsCert: {
			displayName: 'TLS Certificate',
			description:
				"The domain's TLS certificate and its private key, in PEM format, with which Twilio serves HTTPS on the domain",
			password: true,
			rows: 6,
		},
		FallbackUrl: {
			description: 'Where a request for a link Twilio does not know goes, such as your home page',
		},
		CallbackUrl: {
			description: 'Where Twilio posts a click event each time a recipient opens a shortened link',
		},
		ContinueOnFailure: {
			description:
				'Whether messages are still sent, with their links as written, when shortening fails',
		},
		DisableHttps: {
			displayName: 'Disable HTTPS',
			description: 'Whether the shortened links are written without https:// in the messages',
		},
	},
	operations: [
		{
			value: 'getConfig',
			name: 'Get Config',
			action: 'Get the config of a link shortening domain',
			description:
				"Get a domain's settings: fallback URL, click callback and what happens on a failure",
			spec: MESSAGING_V1.FetchDomainConfig,
		},
		{
			value: 'updateConfig',
			name: 'Update Config',
			action: 'Update the config of a link shortening domain',
			description: "Change a domain's fallback URL, click callback or failure settings",
			spec: MESSAGING_V1.UpdateDomainConfig,
		},
		{
			value: 'validateDns',
			name: 'Validate DNS',
			action: 'Validate the DNS of a link shortening domain',
			description:
				"Check that the domain's DNS points at Twilio; the output says whether it does and why not",
			spec: MESSAGING_V1.FetchDomainDnsValidation,
		},
		{
			value: 'getCertificate',
			name: 'Get Certificate',
			action: 'Get the certificate of a link shortening domain',
			description:
				"Get the state of the domain's TLS certificate: its validity and the domain it names",
			spec: MESSAGING_V1.FetchDomainCertV4,
		},
		{
			value: 'setCertificate',
			name: 'Set Certificate',
			action: 'Set the certificate of a link shortening domain',
			description: 'Upload the TLS certificate and private key Twilio serves the domain with',
			spec: MESSAGING_V1.UpdateDomainCertV4,
		},
		{
			value: 'deleteCertificate',
			name: 'Delete Certificate',
			action: 'Delete the certificate of a link shortening domain',
			description:
				'Remove the TLS certificate uploaded for the domain; its links then need another',
			spec: MESSAGING_V1.DeleteDomainCertV4,
		},
		{
			value: 'requestManagedCertificate',
			name: 'Request Managed Certificate',
			action: 'Request a managed certificate for a link shortening domain',
			description: 'Let Twilio obtain and renew the TLS certificate of the domain',
			spec: MESSAGING_V1.UpdateRequestManagedCert,
		},
		{
			value: 'addMessagingService',
			name: 'Add Messaging Service',
			action: 'Add a messaging service to a link shortening domain',
			description: "Shorten the links in a Messaging Service's messages on the domain",
			spec: MESSAGING_V1.CreateLinkshorteningMessagingService,
		},
		{
			value: 'removeMessagingService',
			name: 'Remove Messaging Service',
			action: 'Remove a messaging service from a link shortening domain',
			description: "Stop shortening the links of a Messaging Service's messages on the domain",
			spec: MESSAGING_V1.DeleteLinkshorteningMessagingService,
		},
		{
			value: 'getOfMessagingService',
			name: 'Get Domain of Messaging Service',
			action: 'Get the link shortening domain of a messaging service',
			description: "Get which domain a Messaging Service's links are shortened on",
			spec: MESSAGING_V1.FetchLinkshorteningMessagingServiceDomainAssociation,
		},
		{
			value: 'getConfigOfMessagingService',
			name: 'Get Config of Messaging Service',
			action: 'Get the link shortening config of a messaging service',
			description: 'Get the link shortening settings of the domain a Messaging Service uses',
			spec: MESSAGING_V1.FetchDomainConfigMessagingService,
		},
	],
});
