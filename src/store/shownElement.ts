export { shownElement } from '../pipeline/shownElement';
