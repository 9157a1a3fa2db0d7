import { lazy } from 'react';

/** Evidence on the screen's map (ellipses, placements, arrows), a layer of its own: loaded with the first board that has evidence. */
export const LazyEvidenceSvg = lazy(() => import('./EvidenceLayer').then((module) => ({ default: module.EvidenceSvg })));
/** "Show uncertainty" and the wave and segment pickers. */
export const LazyEvidenceControls = lazy(() => import('./EvidenceControls').then((module) => ({ default: module.EvidenceControls })));
/** Each zone's peak over resamples. */
export const LazyPeakClouds = lazy(() => import('../zones/PeakClouds').then((module) => ({ default: module.PeakClouds })));
