import type { ProductFolder } from '../folder';
import { content } from './product';
import { contentTemplateResource } from './resources/contentTemplate';

export const contentProduct: ProductFolder = { ...content, resources: [contentTemplateResource] };
