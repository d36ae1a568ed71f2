/** Rejection debriefs: pure logic (themes, actions, the feedback note, insights). */
export * from './types';
export * from './themes';
export * from './actions';
export * from './note';
export * from './insights';
export { plainReading } from './plain-text';
