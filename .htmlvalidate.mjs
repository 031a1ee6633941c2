// html-validate over every page of the built site (`npm run check:html`). A .mjs file rather than
// .htmlvalidate.json so that each rule turned off or narrowed carries its reason beside it.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki's two-theme colours, KaTeX's glyph metrics and Mermaid's SVG are style attributes by design,
    // and ours only carry colours and sizes from the data (model colours, bar widths).
    'no-inline-style': 'off',
    // Astro's compressed output leaves a space before some line breaks; no author writes it.
    'no-trailing-whitespace': 'off',
    // The model picker, the claims filters and the cost calculator update live and never submit.
    'wcag/h32': 'off',
    // role="region" (with a name and tabindex) makes a wide table's scroll box reachable by keyboard;
    // it wraps the table and is no section of the document.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // The model picker's checkboxes share the name "models", as a multi-valued field does in HTML
    // (?models=a&models=b); the rule checks it once the form is no longer hidden until a script runs.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
