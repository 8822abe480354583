import { css } from 'lit';

/** <itp-lesson>: the stepper, the prediction form and its feedback, the teacher's panel, the worksheet (print). */
export default css`
  .with-nav {
    display: grid;
    grid-template-columns: minmax(11rem, 15rem) minmax(0, 1fr);
    gap: var(--itp-space-xl);
    align-items: start;
  }
  .lesson-list .narrow {
    display: none;
  }
  @container (max-width: 40rem) {
    .with-nav {
      grid-template-columns: minmax(0, 1fr);
    }
    .lesson-list .wide {
      display: none;
    }
    .lesson-list .narrow {
      display: block;
      flex: 1 1 12rem;
    }
    .lesson-list h2 {
      margin: 0;
    }
    .lesson-list {
      display: flex;
      flex-wrap: wrap;
      gap: var(--itp-space-m) var(--itp-space-xl);
      align-items: center;
    }
  }
  .lesson-list ol,
  .stepper ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .lesson-list li button {
    width: 100%;
    text-align: left;
    margin: var(--itp-space-2xs) 0;
  }
  .lesson-list button[aria-current='page'],
  .stepper button[aria-current='step'] {
    background: var(--itp-accent, #0b5cad);
    border-color: var(--itp-accent, #0b5cad);
    color: #fff;
  }
  .done-count {
    margin: 0 0 var(--itp-space-s);
  }
  .lesson-list .state {
    font-size: var(--itp-font-size-s);
  }
  .stepper ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-s);
  }
  .stepper button {
    display: inline-flex;
    gap: var(--itp-space-s);
    align-items: center;
    min-width: 2.75rem;
    min-height: 2.75rem;
  }
  @container (max-width: 30rem) {
    /* On a phone the step titles would wrap into a tall list: numbers only (the heading names the step). */
    .stepper .step-title {
      display: none;
    }
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: 3px solid var(--itp-focus, #c85a00);
  }
  .predict fieldset {
    flex-direction: column;
    gap: var(--itp-space-s);
  }
  .predict legend {
    font-weight: 600;
  }
  .tag {
    display: inline-block;
    font-size: var(--itp-font-size-s);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 0 var(--itp-space-s);
    border-radius: 0.6rem;
    background: var(--itp-accent, #0b5cad);
    color: #fff;
  }
  .choice {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: var(--itp-space-m);
    min-height: 2.75rem;
    padding: var(--itp-space-s) var(--itp-space-s);
    border: 1px solid var(--itp-border, #c8c8d0);
    border-radius: var(--itp-radius, 4px);
    cursor: pointer;
  }
  .choice input {
    margin: 0;
    flex: none;
  }
  .choice span {
    flex: 1 1 auto;
    min-width: 0;
  }
  .feedback:empty {
    display: none;
  }
  .feedback {
    margin: var(--itp-space-m) 0;
    padding: var(--itp-space-s) var(--itp-space-l);
    border-left: 5px solid;
    border-radius: var(--itp-radius, 4px);
  }
  .feedback p {
    margin: var(--itp-space-xs) 0;
  }
  /* Right and wrong differ by icon and words as well as colour (colour-blind-safe blue and orange). */
  .feedback.right {
    border-color: #0072b2;
    background: #e8f2fa;
  }
  .feedback.wrong {
    border-color: #d55e00;
    background: #fcefe6;
  }
  .observe,
  .explain,
  .summary,
  .instructor {
    margin-top: var(--itp-space-l);
  }
  .story {
    border-left: 4px solid var(--itp-border, #c8c8d0);
    padding-left: var(--itp-space-m);
  }
  .stories {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-s);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-m);
    margin: var(--itp-space-l) 0;
  }
  .pager button {
    min-height: 2.75rem;
  }
  .score {
    font-weight: 600;
  }
  .instructor {
    border: 1px dashed var(--itp-border, #8a8a95);
    border-radius: var(--itp-radius, 4px);
    padding: var(--itp-space-s) var(--itp-space-l);
  }
  .link-form {
    display: grid;
    gap: var(--itp-space-s);
    justify-items: start;
  }
  .link {
    overflow-wrap: anywhere;
    margin: var(--itp-space-xs) 0;
  }
  .worksheet .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-xl) var(--itp-space-3xl);
  }
  .worksheet .boxes {
    list-style: none;
    padding-left: var(--itp-space-m);
  }
  /* A choice that wraps lines up under its text, not under its box. */
  .worksheet .boxes li {
    padding-left: 1.3em;
    text-indent: -1.3em;
  }
  .worksheet .lines span {
    display: block;
    height: 1.8rem;
    border-bottom: 1px solid #8a8a95;
  }
  .worksheet .ws-steps > li {
    break-inside: avoid;
  }
  /* "Print a worksheet" renders the worksheet for print only and hides the lesson from print; printing the
     page otherwise (Ctrl+P) prints the lesson as it is. */
  @media screen {
    .print-only {
      display: none;
    }
  }
  @media print {
    .screen-only {
      display: none;
    }
  }
`;
