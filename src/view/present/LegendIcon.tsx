import type { LegendKind } from '../io/slide/slideModel';

/** A legend's shape in a 24 × 24 box centred on 0, 0 (the rail draws it in HTML, the slide in its SVG). */
export function LegendIcon({ kind }: { kind: LegendKind }) {
  switch (kind) {
    case 'product':
      return <circle r="9" fill="#0072b2" stroke="#000" strokeWidth="1.5" />;
    case 'concept':
      return <circle r="9" fill="#00805e" stroke="#000" strokeWidth="1.5" />;
    case 'persona':
      return (
        <>
          <circle r="12" fill="#d55e00" fillOpacity="0.18" />
          <path d="M0,-8L8,0L0,8L-8,0Z" fill="#d55e00" stroke="#000" strokeWidth="1.5" />
          <path d="M0,-3.4L3.4,0L0,3.4L-3.4,0Z" fill="#fff" />
        </>
      );
    case 'zone':
      return (
        <>
          <path d="M-11,-3C-10,-11 6,-12 10,-5C13,2 6,11 -2,10C-9,9 -12,4 -11,-3Z" fill="#e69f00" fillOpacity="0.45" stroke="#8a5a00" strokeWidth="1.5" />
          <circle r="6.5" fill="#1d2330" />
          <text textAnchor="middle" dominantBaseline="central" fontSize="9" fontWeight="700" fill="#fff">1</text>
        </>
      );
    case 'note':
      return (
        <>
          <rect x="-10" y="-8" width="20" height="16" rx="2" fill="#fff3a8" stroke="#b39b00" strokeWidth="1.5" />
          <path d="M-6,-3H6M-6,1H6M-6,5H2" stroke="#6b5c00" strokeWidth="1.3" />
        </>
      );
    case 'whiteSpace':
      return (
        <>
          <circle r="10.5" fill="none" stroke="#333" strokeWidth="1.5" strokeDasharray="3.5 2.5" />
          <text textAnchor="middle" dominantBaseline="central" fontSize="11" fontWeight="700" fontStyle="italic" fill="#333">A</text>
        </>
      );
  }
}
