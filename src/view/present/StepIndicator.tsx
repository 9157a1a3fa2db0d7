import { useActions, useApp } from '../../store/useStore';
import { revealSteps } from '../../store/revealSteps';

/** Where the story is: one button per reveal step, the current one marked; → / PageDown go on. */
export function StepIndicator() {
  const actions = useActions();
  const step = useApp((s) => s.session.revealStep);
  return (
    <nav className="reveal-steps" aria-label="Reveal steps">
      <p className="reveal-now" aria-live="polite">
        Step {step + 1} of {revealSteps.length}: {revealSteps[step]!.name}
      </p>
      <ol>
        {revealSteps.map((s, i) => (
          <li key={s.layer}>
            <button
              type="button"
              className={i <= step ? 'reveal-dot shown' : 'reveal-dot'}
              aria-current={i === step ? 'step' : undefined}
              aria-label={`Step ${i + 1}: ${s.name}`}
              title={`${s.name} (← → or Page Up / Page Down)`}
              onClick={() => actions.setRevealStep(i)}
            />
          </li>
        ))}
      </ol>
    </nav>
  );
}
