/** Renders a view inside the app's StoresProvider, with stores built on a fake bridge. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createStores } from '../../src/app/stores';
import { StoresProvider } from '../../src/app/stores-context';
import type { FakeBridge } from './fake-bridge';

export function renderWith(bridge: FakeBridge, view: ReactElement) {
  const stores = createStores(bridge, { theme: () => undefined, writeText: () => Promise.resolve() });
  return { stores, ...render(<StoresProvider stores={stores}>{view}</StoresProvider>) };
}
