// Selects with search and date fields go through Tulay's own components (renderer/ui/
// SearchableSelect.tsx and DateField.tsx): Mantine's searchable Select let Enter submit the form,
// and the browser's date input took four Tabs to leave. This rule keeps the raw ones out.

/** @type {Record<string, string>} Mantine components that take `searchable`, by export name. */
const SEARCHABLE = { Select: 'SearchableSelect', MultiSelect: 'SearchableMultiSelect' };
const DATE_PICKERS = new Set(['DateInput', 'DatePickerInput', 'DateTimePicker']);
const SHARED_FILES = /renderer\/ui\/(SearchableSelect|DateField)\.tsx$/;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Use the shared SearchableSelect and DateField components.' },
    schema: [],
    messages: {
      searchable:
        'Keyboard (docs/architecture.md): use {{shared}} from renderer/ui/SearchableSelect.tsx, not a searchable Mantine {{name}} (Enter there submits the form).',
      dateInput:
        'Keyboard (docs/architecture.md): type dates in DateField from renderer/ui/DateField.tsx, not {{what}} (four Tabs to leave, the calendar first).',
    },
  },
  create(context) {
    if (SHARED_FILES.test(context.filename.replaceAll('\\', '/'))) return {};
    /** Local names of Mantine's Select and MultiSelect in this file. */
    const selects = new Map();
    return {
      ImportDeclaration(node) {
        for (const spec of node.specifiers) {
          if (spec.type !== 'ImportSpecifier' || spec.imported.type !== 'Identifier') continue;
          const name = spec.imported.name;
          if (node.source.value === '@mantine/core' && name in SEARCHABLE) {
            selects.set(spec.local.name, name);
          }
          if (node.source.value === '@mantine/dates' && DATE_PICKERS.has(name)) {
            context.report({ node: spec, messageId: 'dateInput', data: { what: name } });
          }
        }
      },
      JSXOpeningElement(node) {
        if (node.name.type !== 'JSXIdentifier') return;
        const attribute = (name) =>
          node.attributes.find((a) => a.type === 'JSXAttribute' && a.name.name === name);
        const mantine = selects.get(node.name.name);
        if (mantine && attribute('searchable')) {
          context.report({
            node,
            messageId: 'searchable',
            data: { name: mantine, shared: SEARCHABLE[mantine] },
          });
        }
        const type = attribute('type');
        if (type?.value?.type === 'Literal' && type.value.value === 'date') {
          context.report({ node, messageId: 'dateInput', data: { what: 'type="date"' } });
        }
      },
    };
  },
};
