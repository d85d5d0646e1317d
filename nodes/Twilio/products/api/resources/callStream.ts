import { webSocketUrl } from '../../../fields/basic';
import type { ResourceDeclaration } from '../../../declarations/complete';
import { customParameters } from '../../../fields/customParameters';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const callStreamResource = (): ResourceDeclaration => ({
	value: 'callStream',
	name: 'Call Stream',
	description: "A call's audio streamed live to your WebSocket server",
	operations: [
		{
			value: 'start',
			name: 'Start',
			action: 'Start streaming a call',
			description: "Start sending a call's audio to a WebSocket server (wss://)",
			spec: API_V2010.CreateStream,
			// The spec types Url as any URI; Twilio streams only to wss:// (see webSocketUrl).
			fields: [
				webSocketUrl({
					name: 'url',
					displayName: 'URL',
					twilioName: 'Url',
					required: true,
					description: 'The WebSocket server the audio goes to, a wss:// URL',
				}),
			],
			optionalFields: {
				collection: 'additionalFields',
				fields: [
					customParameters({
						description:
							'Name/value pairs Twilio sends to the WebSocket server in its start message',
					}),
				],
			},
		},
		{
			value: 'stop',
			name: 'Stop',
			action: 'Stop streaming a call',
			description: 'Stop a stream of a call, by its SID or its name',
			spec: API_V2010.UpdateStream,
			parameters: {
				Sid: {
					displayName: 'Stream SID or Name',
					description: 'The stream (MZ…), or the name it was started with',
				},
				Status: { description: 'Stopped stops the stream' },
			},
		},
	],
});
