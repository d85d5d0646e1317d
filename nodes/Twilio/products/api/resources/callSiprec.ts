import type { ResourceDeclaration } from '../../../declarations/complete';
import { customParameters } from '../../../fields/customParameters';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const callSiprecResource = (): ResourceDeclaration => ({
	value: 'callSiprec',
	name: 'Call SIPREC',
	description: "A call's audio forked to a SIPREC recorder through a SIPREC connector",
	operations: [
		{
			value: 'start',
			name: 'Start',
			action: 'Start a SIPREC session on a call',
			description: "Start sending a call's audio to the recorder of a SIPREC connector",
			spec: API_V2010.CreateSiprec,
			parameters: {
				ConnectorName: {
					description: 'The unique name of the SIPREC connector installed from the Marketplace',
				},
			},
			optionalFields: {
				collection: 'additionalFields',
				fields: [
					customParameters({ description: 'Name/value pairs Twilio passes on to the recorder' }),
				],
			},
		},
		{
			value: 'stop',
			name: 'Stop',
			action: 'Stop a SIPREC session on a call',
			description: 'Stop a SIPREC session of a call, by its SID or its name',
			spec: API_V2010.UpdateSiprec,
			parameters: {
				Sid: {
					displayName: 'SIPREC SID or Name',
					description: 'The SIPREC session (SR…), or the name it was started with',
				},
				Status: { description: 'Stopped stops the session' },
			},
		},
	],
});
