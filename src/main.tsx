import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createStores } from './app/stores';
import { StoresProvider } from './app/stores-context';
import { asRendererBridge } from './bridge/bridge';
import { pageTransport } from './bridge/transport';
import { guardUnload } from './stores/unload-guard';
import { applyTheme, currentThemeChoice, rememberedTheme } from './stores/theme-store';
import './styles/theme.css';
import './styles/app.css';
import './styles/messenger.css';
import './styles/chat.css';
import './styles/groups.css';
import './styles/attachments.css';
import './styles/search-backup.css';

applyTheme(rememberedTheme());
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  applyTheme(currentThemeChoice());
});

// The composition root: the only place that reads the host's bridge.
const transport = pageTransport();
const stores = createStores(asRendererBridge(window.shallot), { transport });
// Only a browser tab asks "leave this page?"; Electron's window would silently refuse to close.
guardUnload(window, stores, () => transport.state() !== 'unknown');

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
