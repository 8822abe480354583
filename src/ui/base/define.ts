/**
 * Guarded registration (Shoelace habit): defining a tag twice — two copies of the bundle on one host page —
 * is not an error; the first definition wins.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
