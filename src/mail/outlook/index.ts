/** The Outlook on the web mail script (registered only after the opt-in; built as mail-outlook.js). */
import { startMail } from '../run';
import { outlookReader } from './read';

startMail(outlookReader);
