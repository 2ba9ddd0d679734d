// Rejects literal words in JSX text and in user-visible JSX attributes: every string a person
// reads must come from i18n `t('…')` so that each desk sees it in its own language
// (docs/architecture.md, i18n).

const DEFAULT_ATTRIBUTES = [
  'label',
  'title',
  'placeholder',
  'aria-label',
  'alt',
  'description',
  'error',
];
const LETTER = /\p{L}/u;

/** The text of a string literal or of a template literal without expressions, else null. */
function literalText(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0].value.cooked ?? node.quasis[0].value.raw;
  }
  return null;
}

/** String literals that an expression can evaluate to (`a ? 'Yes' : 'No'`, `x ?? 'None'`). */
function* valueLiterals(node) {
  if (node.type === 'ConditionalExpression') {
    yield* valueLiterals(node.consequent);
    yield* valueLiterals(node.alternate);
  } else if (node.type === 'LogicalExpression') {
    yield* valueLiterals(node.left);
    yield* valueLiterals(node.right);
  } else if (literalText(node) !== null) {
    yield node;
  }
}

function attributeName(node) {
  return node.name.type === 'JSXNamespacedName'
    ? `${node.name.namespace.name}:${node.name.name.name}`
    : node.name.name;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Require user-visible JSX text to come from i18n t()' },
    schema: [
      {
        type: 'object',
        properties: { attributes: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
        additionalProperties: false,
      },
    ],
    messages: {
      text: "Literal text '{{text}}' in JSX: take it from i18n with t('feature.area.key') (docs/architecture.md, i18n).",
      attribute:
        "Literal text '{{text}}' in the `{{name}}` attribute: take it from i18n with t('feature.area.key') (docs/architecture.md, i18n).",
    },
  },
  create(context) {
    const attributes = new Set(context.options[0]?.attributes ?? DEFAULT_ATTRIBUTES);
    const shown = (text) => {
      const trimmed = text.trim().replace(/\s+/g, ' ');
      return trimmed.length > 40 ? `${trimmed.slice(0, 37)}...` : trimmed;
    };

    function checkExpression(expression, report) {
      for (const literal of valueLiterals(expression)) {
        const text = literalText(literal);
        if (LETTER.test(text)) report(literal, shown(text));
      }
    }

    return {
      JSXText(node) {
        if (LETTER.test(node.value)) {
          context.report({ node, messageId: 'text', data: { text: shown(node.value) } });
        }
      },
      // A string placed as a child, `<p>{'Hello'}</p>`, is shown exactly like JSX text.
      'JSXElement > JSXExpressionContainer, JSXFragment > JSXExpressionContainer'(node) {
        if (node.expression.type === 'JSXEmptyExpression') return;
        checkExpression(node.expression, (literal, text) =>
          context.report({ node: literal, messageId: 'text', data: { text } }),
        );
      },
      JSXAttribute(node) {
        const name = attributeName(node);
        if (!attributes.has(name) || node.value === null) return;
        const value =
          node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        if (value.type === 'JSXEmptyExpression') return;
        checkExpression(value, (literal, text) =>
          context.report({ node: literal, messageId: 'attribute', data: { text, name } }),
        );
      },
    };
  },
};
