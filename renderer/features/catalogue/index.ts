// The Catalogue feature's public face: its page.
export { CataloguePage } from './CataloguePage';
