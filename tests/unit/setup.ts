// Node unit tests of pure data logic run on fake-indexeddb; UI and real-database tests run
// in Chromium (tests/browser).
import 'fake-indexeddb/auto';
