/**
 * The colour tokens every itp- element draws with, one place for all. Each public `--itp-*` custom property a
 * host page may set (docs on each class) wins; otherwise the default follows the page's `color-scheme`
 * through `light-dark()`: an app or host page with `color-scheme: light dark` follows the system setting, one
 * with `color-scheme: dark` is dark, and a page that says nothing stays light (embedding changes nothing).
 * Elements read only the private `--_itp-*` names below, never a colour literal, so a theme is complete.
 *
 * Figures (SVG drawings, uPlot canvases) keep light "paper" in the dark theme: their data colours (Okabe–Ito,
 * viridis) and ink are chosen for a light ground, and a chart on paper reads the same in both themes.
 *
 * Windows high contrast (`forced-colors: active`): the browser replaces colours with the learner's system
 * colours; the tokens map to those system colours (Canvas, CanvasText, Highlight…), pressed and primary buttons
 * keep a visible state (Highlight), and figures opt out (forced-color-adjust: none) so their data colours, which
 * carry meaning, stay — on their own light paper.
 *
 * Dark values: text and controls at least 7:1 on the dark ground (estimate from WCAG contrast formula, checked by
 * axe in the e2e tests); the accent keeps the light theme's hue.
 */
import { css } from 'lit';

export const themeTokens = css`
  :host {
    --_itp-fg: var(--itp-fg, light-dark(#1b1b1f, #ececf1));
    --_itp-bg: var(--itp-bg, light-dark(#ffffff, #18181c));
    --_itp-surface: light-dark(#f6f6f8, #24242b);
    --_itp-muted: var(--itp-muted, light-dark(#55555f, #b9b9c6));
    --_itp-accent: var(--itp-accent, light-dark(#0b5cad, #7cc0ff));
    --_itp-on-accent: light-dark(#ffffff, #0d0d12);
    --_itp-border: var(--itp-border, light-dark(#8a8a95, #8e8e9c));
    --_itp-rule: var(--itp-border, light-dark(#c8c8d0, #4b4b57));
    --_itp-focus: var(--itp-focus, light-dark(#c85a00, #ffab5e));
    --_itp-error: var(--itp-error, light-dark(#a4001d, #ff95a5));
    --_itp-warn: var(--itp-warn, light-dark(#7a5100, #f2c46b));
    --_itp-warn-line: var(--itp-warn, light-dark(#946200, #f2c46b));
    --_itp-tip-bg: light-dark(#1b1b1f, #ececf1);
    --_itp-tip-fg: light-dark(#ffffff, #1b1b1f);
    --_itp-paper: light-dark(transparent, #f4f4f6);
    --_itp-shade: light-dark(rgb(0 0 0 / 18%), rgb(0 0 0 / 60%));
  }
  /* The paper is resolved on the figure itself (dark or light) … */
  svg,
  .plot {
    background-color: var(--_itp-paper);
  }
  /* … and inside it every token resolves to its light value: dark ink on the light paper. */
  svg *,
  .plot > * {
    color-scheme: light;
  }
  .plot > * {
    color: var(--_itp-fg);
  }
  @media (forced-colors: active) {
    :host {
      --_itp-fg: CanvasText;
      --_itp-bg: Canvas;
      --_itp-surface: Canvas;
      --_itp-muted: CanvasText;
      --_itp-accent: Highlight;
      --_itp-on-accent: HighlightText;
      --_itp-border: CanvasText;
      --_itp-rule: CanvasText;
      --_itp-focus: Highlight;
      --_itp-error: CanvasText;
      --_itp-warn: CanvasText;
      --_itp-warn-line: CanvasText;
      --_itp-tip-bg: CanvasText;
      --_itp-tip-fg: Canvas;
    }
    button[aria-pressed='true'],
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
    svg,
    .plot {
      forced-color-adjust: none;
      background-color: #ffffff;
      color: #1b1b1f;
      color-scheme: light;
    }
  }
`;
