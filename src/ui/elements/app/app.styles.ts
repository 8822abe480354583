import { css } from 'lit';

export default css`
  header {
    border-bottom: 1px solid var(--_itp-rule);
    margin-bottom: 0.5rem;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0.3rem 0;
  }
  .disclaimer {
    border-left: 4px solid var(--_itp-accent);
    padding-left: 0.6rem;
    margin: 0.3rem 0 0.6rem;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    list-style: none;
    padding: 0;
    margin: 0.4rem 0;
  }
  .cases h2 {
    font-size: 1rem;
    margin: 0.4rem 0 0;
  }
  .share {
    border-top: 1px solid var(--_itp-rule);
    margin-top: 1rem;
  }
  .share form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  input[type='text'] {
    border: 1px solid var(--_itp-border);
    border-radius: 4px;
    padding: 0.2rem 0.35rem;
    max-width: 100%;
  }
  .sources {
    border-top: 1px solid var(--itp-border, #c8c8d0);
    margin-top: 1rem;
  }
  .sources summary h2 {
    display: inline;
  }
  .sources li {
    margin: 0.25rem 0;
  }
  @media print {
    nav,
    .share {
      display: none;
    }
  }
`;
