import { useOnboardingStore } from '../../stores/onboarding-store';
import { CheckScreen } from './CheckScreen';
import { CreateScreen } from './CreateScreen';
import { NameScreen } from './NameScreen';
import { RestoreScreen } from './RestoreScreen';
import { WelcomeScreen } from './WelcomeScreen';

export function Onboarding() {
  const step = useOnboardingStore((s) => s.step);
  switch (step) {
    case 'welcome':
      return <WelcomeScreen />;
    case 'create':
      return <CreateScreen />;
    case 'check':
      return <CheckScreen />;
    case 'restore':
      return <RestoreScreen />;
    case 'name':
      return <NameScreen />;
  }
}
