import { render } from 'preact';
import { App } from './app';
import { registerServiceWorker } from './sw/register';
import './styles.css';
import './projector.css';
import './print.css';
import './planner-form.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
