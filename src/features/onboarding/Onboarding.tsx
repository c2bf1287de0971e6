import { RestoreBackupScreen } from '../backup/RestoreBackupScreen';
import { CheckScreen } from './CheckScreen';
import { CreateScreen } from './CreateScreen';
import { NameScreen } from './NameScreen';
import { RestoreScreen } from './RestoreScreen';
import { RestoreSyncScreen } from './RestoreSyncScreen';
import { WelcomeScreen } from './WelcomeScreen';
import { useOnboarding } from '../../app/stores-context';

export function Onboarding() {
  const step = useOnboarding((s) => s.step);
  switch (step) {
    case 'welcome':
      return <WelcomeScreen />;
    case 'create':
      return <CreateScreen />;
    case 'check':
      return <CheckScreen />;
    case 'restore':
      return <RestoreScreen />;
    case 'restore-backup':
      return <RestoreBackupScreen />;
    case 'name':
      return <NameScreen />;
    case 'syncing':
      return <RestoreSyncScreen />;
  }
}
