import vectors from '../fixtures/twilio-signature-vectors.json';

export interface FormVector {
	authToken: string;
	url: string;
	params: Record<string, string>;
	signature: string;
}

export interface JsonVector {
	authToken: string;
	url: string;
	jsonBody: string;
	signature: string;
}

/**
 * Signature vectors of form requests, computed with Twilio's library; the first is Twilio's
 * documented example.
 */
export const formVectors = vectors.cases.filter(
	(vector) => 'params' in vector,
) as unknown as FormVector[];

/** The vector of a JSON request signed through `bodySHA256`. */
export const jsonVector = vectors.cases.find(
	(vector) => 'jsonBody' in vector,
) as unknown as JsonVector;
