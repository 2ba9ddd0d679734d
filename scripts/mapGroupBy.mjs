// Vitest 5's reporter uses Map.groupBy, which Node 20 lacks: without this a failing test's
// summary is replaced by "Map.groupBy is not a function", and the reporters after it never
// hear that the run ended. Imported first by vitest.config.mts.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value(items, key) {
      const groups = new Map();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}
