// Preview servers for the browser tests: the real build (inject('baseURL')) and a test
// build that adds the fixture lessons, such as one full of payloads (inject('fixturesURL')).
import type { TestProject } from 'vitest/node';
import { buildFixtures, startPreview } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    fixturesURL: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPreview();
  // If the fixture build or its server fails, stop the first server rather than orphan it.
  const fixtures = await (async () => startPreview(process.cwd(), buildFixtures()))().catch(async (e: unknown) => {
    await server.stop();
    throw e;
  });
  project.provide('baseURL', server.url);
  project.provide('fixturesURL', fixtures.url);
  return async () => {
    await server.stop();
    await fixtures.stop();
  };
}
