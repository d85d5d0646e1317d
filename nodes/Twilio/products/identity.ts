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
	/**
	 * The operations the node offers, when not every one of the description: the key of
	 * `openapi/beyond-scope.json` that lists them.
	 */
	scope?: string;
	/** The node that offers it: its name in n8n (`twilioVerify`) and its folder under nodes/. */
	node: { name: string; folder: string; displayName: string };
}
