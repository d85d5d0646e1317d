import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { SidKind } from '../transport/sid';
import type { HttpMethod } from '../transport/wire';
import type { Product, OpenApiOperation } from './openApi';

/**
 * Where a Twilio parameter travels. `none` is a setting of the node itself (such as which file to
 * download): read and checked like any field, never sent.
 */
export type ParameterLocation = 'path' | 'query' | 'body' | 'header' | 'none';

/**
 * One Twilio parameter as it goes on the wire: a list value repeats the key. A field that fills
 * several parameters (numbered name/value pairs) gives them as `entries`.
 */
export type WireValue = string | string[] | WireEntries;

interface WireEntries {
	entries: Array<[name: string, value: string]>;
}

/**
 * Thrown by a field when a value cannot be sent; the engine turns it into a
 * NodeOperationError naming the field and the item.
 */
export class FieldValueError extends Error {}

/**
 * What reading a value may depend on besides the value: the workflow's time zone, for a time
 * written without one.
 */
export interface ReadContext {
	/**
	 * An IANA name such as Europe/Berlin: the workflow's Settings → Timezone, else the n8n
	 * instance's.
	 */
	timeZone: string;
}

/**
 * One user-facing parameter of an operation and the Twilio parameter it fills.
 * Declared once by a builder in `fields/`, placed by the operation that uses it.
 */
export interface FieldDefinition {
	/** The n8n property (without displayOptions: the engine adds them for the operation). */
	property: INodeProperties;
	/**
	 * Twilio's name for the parameter, e.g. `StatusCallback` or `DateSent<` (a `none` field's own
	 * name).
	 */
	twilioName: string;
	/** Further spec parameters the field fills, when it sends `entries` (`Parameter1.Name`, …). */
	covers?: readonly string[];
	/** The `{Name}` placeholder it fills when it travels in the path. */
	location?: ParameterLocation;
	/**
	 * Turns what n8n resolved (string, number, boolean, date, expression result…) into
	 * the wire value, or undefined when the field is left empty. Throws FieldValueError.
	 */
	toWire(value: unknown, context: ReadContext): WireValue | undefined;
	/**
	 * Sending this field makes the request act again when repeated (a call's new instructions start
	 * over, an announcement plays again): the request is then never retried once Twilio may have
	 * received it, whatever the operation's `retry`.
	 */
	actsAgain?: true;
	/**
	 * Twilio clears the value when the parameter is sent empty (`SmsUrl=`): in an update, the field
	 * added to Update Fields and left empty is sent empty.
	 */
	clearable?: true;
}

/** Where an operation keeps its optional fields in the editor. */
export type OptionalCollectionName = 'additionalFields' | 'updateFields' | 'filters';

/** Whether repeating an operation after a 5xx, timeout or dropped connection is harmless. */
export type OperationRetry =
	/**
	 * A read, a delete, or an update of an existing SID: repeating it changes nothing more (see
	 * `actsAgain`).
	 */
	| 'idempotent'
	/**
	 * Creates something (message, call, purchase…): never repeated once Twilio may have received it.
	 */
	| 'creates'
	/**
	 * A read that Twilio bills per request for some of its values (Lookup's data packages): never
	 * repeated once Twilio may have received it when `billedFor` names what the item pays for.
	 */
	| PaidRead;

interface PaidRead {
	/**
	 * What the item's request is billed for, such as "Data Packages line_type_intelligence", or
	 * undefined when it is free.
	 */
	billedFor: (values: ItemValues) => string | undefined;
}

/** The parameters of one item, read and checked, keyed by n8n parameter name. */
export type ItemValues = Record<string, WireValue | undefined>;

/**
 * An operation Twilio has removed: it still sends the documented request and explains the answer.
 */
export interface Retirement {
	/** What happened, in one sentence. */
	reason: string;
	/** What to use instead. */
	instead: string;
}

/** A list operation's paging: Twilio's wrapper key for the records. */
interface ListSettings {
	key: string;
	/**
	 * For lookups by a name or number: the error message when nothing matches. The item then
	 * fails (or, with Continue On Fail, gives an error item) instead of giving no output.
	 */
	notFound?: (values: ItemValues) => string;
}

/**
 * A file Twilio serves beside a record's JSON: a recording's audio, a transcription's text or XML.
 */
/** A file of the record at a path of Twilio's API, which may redirect to Twilio's storage. */
export interface FileAtPath {
	/**
	 * The record's path without extension, e.g. `/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}`;
	 * `{Sid}` is the record's own SID.
	 */
	path: string;
	/** The kind of SID a record must carry before it goes into the path. */
	sidKind: SidKind;
	/**
	 * Ends the path and names the file, e.g. `mp3` → `RE….mp3`; absent when the file is at the path
	 * itself.
	 */
	extension?: string;
	/**
	 * The file's content type, or the record's field that gives it (a message media's
	 * `content_type`).
	 */
	mimeType: string | { field: string };
}

/**
 * A file at the address a field of the record holds: a pre-signed URL on Twilio's storage
 * (Voice Intelligence's `media_url`), fetched without the credential.
 */
interface FileAtAddress {
	addressField: string;
	extension: string;
	mimeType: string;
}

/**
 * The files a record lists (a conversation message's `media`: each with its SID, content type and
 * file name), each described by a JSON on another host of Twilio that holds a pre-signed address
 * of its content (the Media Content Service). The description is read with the credential, the
 * content without it; each file goes in the binary property `{listField}_{n}`, from 0.
 */
export interface ListedFiles {
	listField: string;
	/** The SID each listed file carries, `{Sid}` of the description's path. */
	sidKind: SidKind;
	/** Where each file's description is. */
	product: Product;
	path: string;
	/**
	 * The path's other placeholders: the record's field that holds each, and the SID it must be.
	 */
	placeholders: Record<string, { field: string; kind: SidKind }>;
	/**
	 * A record to read where the record lacks a placeholder's field (a message of the default
	 * Conversation Service does not name the service; its conversation does), with the same
	 * placeholders in its path. Read once per item.
	 */
	lackingFrom?: { product: Product; path: string };
	/** The description's field of the content's pre-signed address, dotted (`links.content`). */
	addressField: string;
}

/** Where the file the item asked for is: see `OperationDefinition.file`. */
export type FileRendering = FileAtPath | FileAtAddress | ListedFiles;

/**
 * One operation of the node: method, path, fields and how its answer becomes items.
 * The engine builds the editor properties, the request and the output from this alone.
 */
export interface OperationDefinition {
	/** The n8n `operation` value, e.g. `send`. Part of saved workflows: never rename. */
	value: string;
	/** Shown in the operation list, e.g. `Send`. */
	name: string;
	/** Shown to users and AI agents, e.g. `Send a message`. */
	action: string;
	description: string;
	/**
	 * The operations of Twilio's OpenAPI description this one sends: usually one; two where a path
	 * function picks between them (a recording's transcriptions, or the account's).
	 */
	spec: readonly OpenApiOperation[];
	/**
	 * Spec parameters the operation does not offer, each with the reason (documentation, checked by a
	 * test).
	 */
	excluded?: Record<string, string>;
	/** Spec parameters filled by a field of another Twilio name, e.g. `{ Sid: 'AccountSid' }`. */
	fills?: Record<string, string>;
	/** The host's product: `api` for the classic API. */
	product: Product;
	method: HttpMethod;
	/**
	 * The path from the host, with `{AccountSid}` and `{Name}` placeholders filled by path fields,
	 * e.g. `/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`.
	 */
	path: string | ((values: ItemValues) => string);
	retry: OperationRetry;
	/** Required fields, shown at the top level. */
	fields?: FieldDefinition[];
	/**
	 * The fields of the operation's Options collection that are read like any field: the account to
	 * act on and the request settings. Filled in for every operation by the catalog (`resources/`).
	 */
	options?: FieldDefinition[];
	/** Optional fields, in a collection named after what the operation does. */
	optionalFields?: { collection: OptionalCollectionName; fields: FieldDefinition[] };
	/** Set for list operations: adds Return All / Limit and follows Twilio's pages. */
	list?: ListSettings;
	/**
	 * False when Options → Account SID does not apply: the path names no account (`/Accounts.json`)
	 * or a required field gives it. Otherwise `{AccountSid}` is that option or the credential's
	 * account.
	 */
	accountOption?: false;
	/**
	 * Checks between fields (e.g. exactly one of Url / Application SID / TwiML); returns a message or
	 * undefined.
	 */
	check?: (values: ItemValues) => string | undefined;
	/** Set when Twilio retired the operation. */
	retired?: Retirement;
	/**
	 * Turns Twilio's answer into items when the default (JSON as one item, list as items, `{ deleted,
	 * sid }` after a DELETE) does not fit.
	 */
	output?: (response: IDataObject, values: ItemValues) => IDataObject | IDataObject[];
	/**
	 * The file to add to every output record as binary data (property `data`), chosen from the item's
	 * values, e.g. a recording's MP3. Costs one GET per record; undefined adds none.
	 */
	file?: (values: ItemValues) => FileRendering | undefined;
	/**
	 * Twilio's success answer is a redirect whose JSON body is the result (an add-on payload's data:
	 * 307 with `redirect_to`): the output, not an error. Set from the spec's documented 3xx answer.
	 */
	answersWithRedirect?: true;
	/** Editor notice shown above the operation's fields. */
	notice?: string;
	/**
	 * Where Twilio's behaviour surprises: a word before the operation runs, and one about what a run
	 * did.
	 */
	hint?: OperationHint;
}

/**
 * `before` is shown in the editor while the operation is set up. `after` reads the records a run
 * produced (all items) and says what happens next, e.g. the code to enter on a verification call.
 */
export interface OperationHint {
	before?: string;
	after?: (records: IDataObject[]) => string | undefined;
}

/** One Twilio resource, e.g. Message, with its operations. */
export interface ResourceDefinition {
	/** The n8n `resource` value, e.g. `message`. Never rename. */
	value: string;
	name: string;
	description?: string;
	operations: OperationDefinition[];
}
