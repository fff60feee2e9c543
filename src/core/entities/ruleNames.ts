// Rule-based person / organization / place recogniser. PLACEHOLDER: owned by the entities module's author.
import type { NameRecognizer } from '../types';

export const ruleNameRecognizer: NameRecognizer = () => [];
