import { loadFramework } from '../domain/criteria/load-framework';

// The only place that reaches into criteria/: Vite bundles the files, the domain loader checks them.
const modules = import.meta.glob<unknown>(
  ['../../criteria/*.json', '../../criteria/history/*.json', '!../../criteria/schema.json'],
  { eager: true, import: 'default' },
);

const files = Object.fromEntries(
  Object.entries(modules).map(([path, content]) => [path.slice('../../criteria/'.length), content]),
);

export const bundledFramework = loadFramework(files);
