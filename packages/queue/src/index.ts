export { QUEUE_NS } from './locales/namespace.js';
