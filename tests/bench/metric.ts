// Building a scenario's figures: a value with its unit and, where one is set, its target.
import type { Metric, Target } from './types';

export const ms = (value: number, target?: Target): Metric => ({
  value,
  unit: 'ms',
  target,
});

export const figure = (value: number, unit: Metric['unit'], target?: Target): Metric => ({
  value,
  unit,
  target,
});
