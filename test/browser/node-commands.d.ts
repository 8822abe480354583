// Types of the Node-side browser commands (implemented in test/helpers/browser-commands.ts).
import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** SHA-256 (hex) of `itp-sim run` JSON output for this scenario, computed in Node. */
    nodeResultSha256(scenarioJson: string): Promise<string>;
  }
}
