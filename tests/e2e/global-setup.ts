// One preview server for all browser tests; its URL reaches tests through inject('baseURL').
import type { TestProject } from 'vitest/node';
import { startPreview } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPreview();
  project.provide('baseURL', server.url);
  return server.stop;
}
