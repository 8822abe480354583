/** One shared client per page, so that every element on a page uses the same worker. */
import { SimulationClient } from './simulation-client.js';

let shared: SimulationClient | null = null;

export function getDefaultClient(): SimulationClient {
  shared ??= new SimulationClient();
  return shared;
}
