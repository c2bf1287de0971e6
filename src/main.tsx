import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTheme, useThemeStore } from './stores/theme-store';
import './styles/theme.css';
import './styles/app.css';

applyTheme(useThemeStore.getState().choice);
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  applyTheme(useThemeStore.getState().choice);
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
