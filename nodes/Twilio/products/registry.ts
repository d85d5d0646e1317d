import { apiProduct } from './api';
import { contentProduct } from './content';
import { conversationsProduct } from './conversations';
import { eventsProduct } from './events';
import { intelligenceProduct } from './intelligence';
import type { ProductFolder } from './folder';
import { lookupsProduct } from './lookups';
import { messagingProduct } from './messaging';
import { monitorProduct } from './monitor';
import { studioProduct } from './studio';
import { verifyProduct } from './verify';

/**
 * Every Twilio product the package reaches, one folder each (`products/{name}/`: identity, digest,
 * resources). Adding a product is a folder, a line here, and its node's folder under nodes/; a test
 * checks that each is wired everywhere.
 */
export const PRODUCTS: readonly ProductFolder[] = [
	apiProduct,
	lookupsProduct,
	verifyProduct,
	contentProduct,
	messagingProduct,
	studioProduct,
	monitorProduct,
	eventsProduct,
	intelligenceProduct,
	conversationsProduct,
];
