import { memo } from 'react';
import type { ItemKind } from '../../model/types';

interface Props {
  readonly kind: ItemKind;
  readonly colour: string;
  /** Disc radius or diamond half-diagonal, px. */
  readonly radius: number;
  readonly selected: boolean;
  /** A concept (a product to be): a disc inside a dashed ring, never mistaken for a product on the market. */
  readonly concept?: boolean;
}

/** Products are solid discs; personas are diamonds with a white core — shape, not only colour. */
export const MarkerShape = memo(function MarkerShape({ kind, colour, radius, selected, concept = false }: Props) {
  const ring = radius + Math.max(4, radius * 0.35);
  return (
    <>
      {selected && <circle className="selection-ring" r={ring} />}
      <circle className="focus-ring" r={ring + 3} />
      {kind === 'product' ? (
        <>
          {concept && <circle className="concept-ring" r={radius + 3.5} stroke={colour} />}
          <circle className="marker-shape" r={radius} fill={colour} />
        </>
      ) : (
        <>
          <path className="marker-shape" d={diamond(radius)} fill={colour} />
          <path className="persona-core" d={diamond(radius * 0.42)} />
        </>
      )}
    </>
  );
});

function diamond(r: number): string {
  return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
}
