// The one module script a page needs: registers every itp- element (guarded). The app (index.html) and the
// embed demo (embed.html) both load it; the worker and the wasm are fetched from the same folder on first use.
import '../src/elements.js';
