// What only the app page (web/index.html) has besides the elements: the language and colour theme selectors. The
// embed demo and embedding pages never load this.
import '../src/ui/elements/lang-select/lang-select.define.js';
import '../src/ui/elements/theme-select/theme-select.define.js';
