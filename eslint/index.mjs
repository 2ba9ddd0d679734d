// The local ESLint plugin `tulay`: project rules that no published plugin knows (the layers and
// the translated UI text of docs/architecture.md, the shared keyboard-safe inputs).
import importBoundaries from './rules/import-boundaries.mjs';
import noLiteralUiText from './rules/no-literal-ui-text.mjs';
import sharedInputs from './rules/shared-inputs.mjs';

export default {
  meta: { name: 'eslint-plugin-tulay', version: '0.1.0' },
  rules: {
    'import-boundaries': importBoundaries,
    'no-literal-ui-text': noLiteralUiText,
    'shared-inputs': sharedInputs,
  },
};
