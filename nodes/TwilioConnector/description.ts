import type { INodeProperties, NodeHint } from 'n8n-workflow';

import { buildHints, buildProperties, buildSubtitle } from '../Twilio/editor/description';
import { catalog } from '../Twilio/products';

/*
 * The action node's editor properties, hints and canvas subtitle, built from the catalog. `npm run
 * build` writes this module into dist as the data it produces (gulpfile.js), so that loading the
 * node in n8n parses one JSON text instead of building the catalog; a package test checks the two
 * agree.
 */

export const nodeProperties: INodeProperties[] = buildProperties(catalog());

export const nodeHints: NodeHint[] = buildHints(catalog());

export const nodeSubtitle: string = buildSubtitle(catalog());
