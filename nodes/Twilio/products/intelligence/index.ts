import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { intelligence } from './product';
import {
	customOperatorResource,
	operatorAttachmentResource,
	operatorResource,
	operatorTypeResource,
	prebuiltOperatorResource,
} from './resources/operator';
import { intelligenceServiceResource } from './resources/service';
import {
	operatorResultResource,
	sentenceResource,
	transcriptResource,
} from './resources/transcript';

export const intelligenceProduct: ProductFolder = {
	...intelligence,
	lists: Object.values(lists),
	resources: [
		transcriptResource,
		sentenceResource,
		operatorResultResource,
		intelligenceServiceResource,
		operatorResource,
		prebuiltOperatorResource,
		customOperatorResource,
		operatorTypeResource,
		operatorAttachmentResource,
	],
};
