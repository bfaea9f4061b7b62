import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './i18n.js'; // before any component renders: the language and the page's direction
import './styles/base.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/finder.css';
import './styles/classroom.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
