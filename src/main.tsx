import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTheme, currentThemeChoice, rememberedTheme } from './stores/theme-store';
import './styles/theme.css';
import './styles/app.css';

applyTheme(rememberedTheme());
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  applyTheme(currentThemeChoice());
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
