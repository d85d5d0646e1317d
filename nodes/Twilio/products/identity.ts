/**
 * What identifies one Twilio product, declared in its folder's `product.ts`: plain data, read by
 * the digest generator (which finds the folders), the transport (through each operation's product),
 * the emulator, the nodes, the README's tables and the coverage tests.
 */
export interface ProductIdentity {
	/**
	 * The first label of Twilio's host for it (`verify` of verify.twilio.com): its name everywhere.
	 */
	name: string;
	/** How people name it: "Verify". */
	title: string;
	/** Twilio's OpenAPI description of it, in `openapi/`. */
	openApi: string;
	/** The name its digest (`digest.ts`, generated) exports. */
	digest: string;
	/** The node that offers it: its name in n8n (`twilioVerify`) and its folder under nodes/. */
	node: { name: string; folder: string; displayName: string };
}

/**
 * A product's identity from what differs: its name (its host's first label), the version of its
 * OpenAPI description (`v2` of `twilio_verify_v2.json`), its title and its node's display name
 * ("Twilio Verify", whose folder is `TwilioVerify` and name `twilioVerify`). Its node offers every
 * operation of the description.
 */
export function productIdentity(
	name: string,
	version: string,
	title: string,
	displayName: string,
): ProductIdentity {
	const folder = displayName.replace(/ /g, '');
	return {
		name,
		title,
		openApi: `twilio_${name}_${version}.json`,
		digest: `${name}_${version}`.toUpperCase(),
		node: { name: `${folder[0].toLowerCase()}${folder.slice(1)}`, folder, displayName },
	};
}
