import type { GapSettings } from '../../model/types';
import { ranges } from '../../model/rules';
import { useActions, useApp } from '../../store/useStore';
import { CommitInput } from '../CommitInput';

const percentText = (v: number) => String(Math.round(v * 1000) / 10);

/** The gap-finder's three settings, each one undo step. */
export function GapSettingsForm() {
  const actions = useActions();
  const { coverage, threshold, maxZones } = useApp((s) => s.doc.board.gapSettings);
  const setSettings = (changes: Partial<GapSettings>) => actions.dispatch({ type: 'setGapSettings', changes });
  return (
    <fieldset className="gap-settings">
      <legend>Gap-finder</legend>
      <label>
        <span>Coverage radius <small>(% of the map's width a product serves)</small></span>
        <CommitInput label="Coverage radius" type="number" min={1} max={100 * ranges.coverage.max} step={1} value={percentText(coverage)}
          onCommit={(text) => setSettings({ coverage: Number(text) / 100 })} />
      </label>
      <p className="hint coverage-meaning">
        A product serves people within about {percentText(coverage)} % of the map's width; demand farther from every product counts as unmet.
      </p>
      <label>
        <span>Drawn region <small>(% of each zone's own peak)</small></span>
        <CommitInput label="Threshold" type="number" min={1} max={100 * ranges.threshold.max} step={5} value={percentText(threshold)}
          onCommit={(text) => setSettings({ threshold: Number(text) / 100 })} />
      </label>
      <label>
        <span>Number of zones</span>
        <CommitInput label="Number of zones" type="number" min={ranges.maxZones.min} max={ranges.maxZones.max} step={1} value={String(maxZones)}
          onCommit={(text) => setSettings({ maxZones: Number(text) })} />
      </label>
    </fieldset>
  );
}
