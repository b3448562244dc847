// Placeholder until the stores land (issue 4).
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { GraphStore } from './GraphStore';

export function createStore(_config: Config, _logger?: Logger): GraphStore {
  throw new Error('no store implemented yet');
}
