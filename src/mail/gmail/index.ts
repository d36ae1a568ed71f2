/** The Gmail mail script (registered only after the opt-in; built as its own file, mail-gmail.js). */
import { startMail } from '../run';
import { gmailReader } from './read';

startMail(gmailReader);
