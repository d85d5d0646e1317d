import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const tokenResource = (): ResourceDeclaration => ({
	value: 'token',
	name: 'Network Traversal Token',
	description: 'Short-lived STUN and TURN credentials for WebRTC clients',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a network traversal token',
			description:
				"Create STUN/TURN credentials: the output's ice_servers go into a WebRTC client's configuration",
			spec: API_V2010.CreateToken,
			parameters: {
				Ttl: {
					description: 'How many seconds the credentials stay valid (86,400, a day, by default)',
					min: 1,
					max: 86_400,
				},
			},
		},
	],
});
