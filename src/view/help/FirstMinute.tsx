import { useActions, useApp } from '../../store/useStore';
import { useLibrary } from '../LibraryContext';
import { Welcome } from './Welcome';

/** The welcome over the map while the session asks for it (a first visit, or "Show the welcome again"). */
export function FirstMinute() {
  const actions = useActions();
  const library = useLibrary();
  const welcome = useApp((s) => s.session.welcome);
  if (!welcome) return null;
  return (
    <Welcome
      onStart={() => {
        actions.setWelcome(false);
        void library.create('blank');
      }}
      onClose={() => actions.setWelcome(false)}
    />
  );
}
