import { css } from 'lit';

/** <itp-lesson>: the stepper, the prediction form and its feedback, the teacher's panel, the worksheet (print). */
export default css`
  .with-nav {
    display: grid;
    grid-template-columns: minmax(11rem, 15rem) minmax(0, 1fr);
    gap: 1rem;
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
      gap: 0.5rem 1rem;
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
    margin: 0.15rem 0;
  }
  .lesson-list button[aria-current='page'],
  .stepper button[aria-current='step'] {
    background: var(--itp-accent, #0b5cad);
    border-color: var(--itp-accent, #0b5cad);
    color: #fff;
  }
  .done-count {
    margin: 0 0 0.3rem;
  }
  .lesson-list .state {
    font-size: 0.85rem;
  }
  .stepper ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
  .stepper button {
    display: inline-flex;
    gap: 0.35rem;
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
    gap: 0.35rem;
  }
  .predict legend {
    font-weight: 600;
  }
  .tag {
    display: inline-block;
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 0 0.4rem;
    border-radius: 0.6rem;
    background: var(--itp-accent, #0b5cad);
    color: #fff;
  }
  .choice {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.3rem 0.4rem;
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
    margin: 0.6rem 0;
    padding: 0.4rem 0.8rem;
    border-left: 5px solid;
    border-radius: var(--itp-radius, 4px);
  }
  .feedback p {
    margin: 0.2rem 0;
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
    margin-top: 0.8rem;
  }
  .story {
    border-left: 4px solid var(--itp-border, #c8c8d0);
    padding-left: 0.6rem;
  }
  .stories {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.8rem 0;
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
    padding: 0.4rem 0.8rem;
  }
  .link-form {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
  }
  .link {
    overflow-wrap: anywhere;
    margin: 0.2rem 0;
  }
  .worksheet .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
  }
  .worksheet .boxes {
    list-style: none;
    padding-left: 0.5rem;
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
