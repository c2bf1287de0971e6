import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createStores } from './app/stores';
import { StoresProvider } from './app/stores-context';
import { applyTheme, currentThemeChoice, rememberedTheme } from './stores/theme-store';
import './styles/theme.css';
import './styles/app.css';

applyTheme(rememberedTheme());
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  applyTheme(currentThemeChoice());
});

// The composition root: the only place that reads the host's bridge.
const stores = createStores(window.shallot);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoresProvider stores={stores}>
        <App />
      </StoresProvider>
    </StrictMode>,
  );
}
