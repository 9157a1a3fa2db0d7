/**
 * What the screen needs of a board's evidence beyond its records, loaded with the first board
 * that has any (`useEvidenceParts`): the marks, the hover words, the zones' resampling.
 */
export { evidenceMarks, describeN } from '../../evidence/evidenceMarks';
export { evidenceHints } from '../../evidence/evidenceHints';
export { describeStability, stabilityWord } from '../../evidence/describeStability';
export { stabilityChannel } from '../zones/stabilityChannel';
export { EvidenceLayer } from './EvidenceLayer';
