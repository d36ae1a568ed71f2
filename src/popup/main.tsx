import { render } from 'preact';
import '../ui/styles/theme.css';
import './popup.css';
import { Popup } from './Popup';
import { browserServices } from './browser-services';

render(<Popup services={browserServices} />, document.getElementById('app')!);
