import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { renderCriteriaJsonSchema } from '../src/domain/criteria/criteria-json-schema';

const target = fileURLToPath(new URL('../criteria/schema.json', import.meta.url));
writeFileSync(target, renderCriteriaJsonSchema());
console.log(`wrote ${target}`);
