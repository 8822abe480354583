/**
 * The size tokens every itp- element lays out with, beside the colour tokens (theme.ts): one type scale and one
 * spacing scale, so that the views share a rhythm instead of each picking its own rem values. Each is a public
 * custom property a host page may set on an element (a rule outside the shadow root wins over `:host`).
 *
 * Type scale: body text is 1rem (the reader's own browser setting, so zoom and larger text work); steps of about
 * 1.15×, the ratio of a "minor third"-like scale kept small because the views are dense (estimate: chosen by eye
 * on the screenshots at 1280 and 360 px, not from a reference). Nothing a learner must read is below 0.75rem.
 *
 * Spacing scale: eight steps from a hairline gap to a section break, in rem so that they grow with the text.
 */
import { css } from 'lit';

export const sizeTokens = css`
  :host {
    --itp-font-size-xs: 0.75rem;
    --itp-font-size-s: 0.875rem;
    --itp-font-size-m: 1rem;
    --itp-font-size-l: 1.1rem;
    --itp-font-size-xl: 1.25rem;
    --itp-font-size-2xl: 1.5rem;
    --itp-space-2xs: 0.15rem;
    --itp-space-xs: 0.25rem;
    --itp-space-s: 0.35rem;
    --itp-space-m: 0.5rem;
    --itp-space-l: 0.75rem;
    --itp-space-xl: 1rem;
    --itp-space-2xl: 1.5rem;
    --itp-space-3xl: 2rem;
  }
`;
