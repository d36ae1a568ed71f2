import { render } from 'preact';
import '../ui/styles/theme.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
