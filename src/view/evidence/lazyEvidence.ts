import { lazy } from 'react';

/** Evidence on the map (ellipses, placements, arrows): loaded with the first board that has evidence; one lazy object, so the exports never wait for it again. */
export const LazyEvidenceLayer = lazy(() => import('./EvidenceLayer').then((module) => ({ default: module.EvidenceLayer })));
/** The same, as the screen's map draws it: a layer of its own. */
export const LazyEvidenceSvg = lazy(() => import('./EvidenceLayer').then((module) => ({ default: module.EvidenceSvg })));
/** "Show uncertainty" and the wave and segment pickers. */
export const LazyEvidenceControls = lazy(() => import('./EvidenceControls').then((module) => ({ default: module.EvidenceControls })));
/** Each zone's peak over resamples. */
export const LazyPeakClouds = lazy(() => import('../zones/PeakClouds').then((module) => ({ default: module.PeakClouds })));
