// The teaching app: registers the elements; the default scenario starts running as soon as they connect.
import '../src/elements.js';
