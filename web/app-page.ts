// What only the app page (web/index.html) has besides the elements: the colour theme selector. The embed demo and
// embedding pages never load this.
import '../src/ui/elements/theme-select/theme-select.define.js';
