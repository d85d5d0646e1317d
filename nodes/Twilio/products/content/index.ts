import type { ProductFolder } from '../folder';
import * as lists from './lists';
import { content } from './product';
import { contentTemplateResource } from './resources/contentTemplate';

export const contentProduct: ProductFolder = {
	...content,
	lists: Object.values(lists),
	resources: [contentTemplateResource],
};
