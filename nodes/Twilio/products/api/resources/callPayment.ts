import type { ResourceDeclaration } from '../../../declarations/complete';
import { API_V2010 } from '../digest';

/** Declared in a function: the node builds its catalog on first use, not when n8n loads it. */
export const callPaymentResource = (): ResourceDeclaration => ({
	value: 'callPayment',
	name: 'Call Payment',
	description: 'Card or bank payments a caller enters on the keypad during a call (TwiML Pay)',
	operations: [
		{
			value: 'start',
			name: 'Start',
			action: 'Start a payment on a call',
			description:
				'Start a payment session on a call in progress, through one of your Pay connectors',
			spec: API_V2010.CreatePayments,
			parameters: {
				StatusCallback: {
					displayName: 'Status Callback URL',
					description:
						'URL Twilio calls with each step of the payment (what the caller entered, the result)',
				},
				PaymentConnector: {
					description:
						'The unique name of the Pay connector that processes the payment (Default by default)',
				},
				PaymentMethod: { description: 'Card payment (credit-card) or bank account (ACH debit)' },
				ChargeAmount: {
					description:
						'The amount to charge, below 1,000,000; leave empty or 0 to only tokenize the card',
				},
				Currency: {
					description: 'The currency of Charge Amount, as an ISO 4217 code (USD by default)',
					placeholder: 'USD',
				},
				Description: { description: 'What the payment is for, passed to the payment processor' },
				Input: {
					description:
						'How the caller enters the details: dtmf (the keypad), the only input Twilio takes',
					values: ['dtmf'],
				},
				MinPostalCodeLength: {
					description: 'How many digits the postal code the caller enters must have',
					min: 1,
					max: 20,
				},
				Parameter: {
					description:
						'Settings for the payment processor, as a JSON object (needed for ACH payments)',
				},
				PostalCode: { description: 'Whether the caller must enter a postal code (on by default)' },
				SecurityCode: {
					description: "Whether the caller must enter the card's security code (on by default)",
				},
				Timeout: {
					description: 'Seconds Twilio waits for the caller to press the next key (5 by default)',
					min: 1,
					max: 600,
				},
				TokenType: {
					description:
						'Whether the processor returns a token for one charge (one-time) or for later ones',
				},
				ValidCardTypes: {
					description:
						'The card brands accepted, separated by spaces (visa mastercard amex by default)',
					placeholder: 'visa mastercard amex',
				},
				RequireMatchingInputs: {
					description:
						'Details the caller must enter twice, separated by commas: payment-card-number, expiration-date, security-code, postal-code',
				},
				Confirmation: {
					description:
						'Whether the caller hears the last digits of the card and confirms (1) or cancels (2)',
				},
				BankAccountType: { description: 'The kind of bank account, for ACH payments' },
			},
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a payment on a call',
			description:
				'Ask the caller for one payment detail, or complete or cancel the payment session',
			spec: API_V2010.UpdatePayments,
			parameters: {
				Sid: {
					displayName: 'Payment SID',
					description: 'The payment session, PK followed by 32 hexadecimal characters',
				},
				StatusCallback: {
					displayName: 'Status Callback URL',
					description: 'URL Twilio calls with the result of this step',
				},
				Status: {
					description:
						'Complete submits the payment to the processor; Cancel ends it without charging',
				},
				// The caller would be asked for the detail a second time.
				Capture: { description: 'The payment detail the caller is asked for now', actsAgain: true },
			},
		},
	],
});
