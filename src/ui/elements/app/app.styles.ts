import { css } from 'lit';

export default css`
  header {
    border-bottom: 1px solid var(--_itp-rule);
    margin-bottom: var(--itp-space-m);
  }
  h1 {
    font-size: var(--itp-font-size-2xl);
    margin: var(--itp-space-s) 0;
  }
  .disclaimer {
    border-left: 4px solid var(--_itp-accent);
    padding-left: var(--itp-space-m);
    margin: var(--itp-space-s) 0 var(--itp-space-m);
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-s);
    list-style: none;
    padding: 0;
    margin: var(--itp-space-s) 0;
  }
  .cases h2 {
    font-size: var(--itp-font-size-m);
    margin: var(--itp-space-s) 0 0;
  }
  .share {
    border-top: 1px solid var(--_itp-rule);
    margin-top: var(--itp-space-xl);
  }
  .share form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-m);
    align-items: center;
  }
  input[type='text'] {
    border: 1px solid var(--_itp-border);
    border-radius: 4px;
    padding: var(--itp-space-xs) var(--itp-space-s);
    max-width: 100%;
  }
  .sources {
    border-top: 1px solid var(--itp-border, #c8c8d0);
    margin-top: var(--itp-space-xl);
  }
  .sources summary h2 {
    display: inline;
  }
  .sources li {
    margin: var(--itp-space-xs) 0;
  }
  @media print {
    nav,
    .share {
      display: none;
    }
  }
`;
