// Dexie in unit tests runs on an in-memory IndexedDB.
import 'fake-indexeddb/auto';
