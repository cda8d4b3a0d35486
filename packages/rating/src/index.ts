export { RATING_NS } from './locales/namespace.js';
