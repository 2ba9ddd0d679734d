// The Catalogue feature's public face: its page.
export { CataloguePage } from './CataloguePage';
// Settings → Sync → "Publish our commitment".
export { PublishPanel } from './publish/PublishPanel';
